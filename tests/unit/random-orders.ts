// Random and malformed orders for the fuzzer and the preview test: plausible orders with random
// but well-typed fields (many still refused by the rules), and the same broken in every way.
import { EVENT_IDS, FACTION_IDS, GOODS, NODE_IDS, REGION_IDS, RESEARCH_IDS, SITE_IDS, TOOL_LINE_IDS, TURBINE_MAKERS, VENDOR_IDS, type GameState } from "../../shared/index";

export type Rng = () => number;
export const pick = <T,>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
/** Log-uniform amounts, from tiny to the schema's maximum. */
const amount = (r: Rng, max = 1_000_000) => Math.min(max, Math.exp(r() * Math.log(max)));

export const ISSUERS: unknown[] = [...FACTION_IDS, ...FACTION_IDS, "teacher", "intel", null, 7, undefined, { id: "tsmc" }];
const NASTY: unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0, 1e308, -1e308, 2.5, "7", "", null, undefined, {}, [], true, "__proto__"];

function idFrom(r: Rng, ids: string[]): string {
  return r() < 0.85 && ids.length > 0 ? pick(r, ids) : pick(r, ["fab1", "fab999", "t1", "c1", "x", "constructor"]);
}

/** Funding set to repeat every month, now and then (the engine then gives it again each month). */
const monthly = (r: Rng) => (r() < 0.3 ? { everyMonth: true } : {});

/** A plausible order with random but well-typed fields (many will still be refused by the rules). */
export function randomOrder(r: Rng, s: GameState): Record<string, unknown> {
  const fab = () => idFrom(r, s.fabs.map((f) => f.id));
  const contract = () => idFrom(r, s.contracts.map((c) => c.id));
  switch (int(r, 0, 30)) {
    case 0: return { type: "buildFab", site: pick(r, SITE_IDS), node: pick(r, NODE_IDS), capacity: int(r, 5, 150), ...(r() < 0.3 ? { multipatterning: r() < 0.5 } : {}) };
    case 1: return { type: "expandFab", fabId: fab(), capacity: int(r, 5, 100) };
    case 2: return { type: "setOvertime", fabId: fab(), on: r() < 0.7 };
    case 3: return { type: "orderTools", fabId: fab(), line: pick(r, TOOL_LINE_IDS), quantity: int(r, 1, 500) };
    case 4: return { type: "orderToolKit", fabId: fab() };
    case 5: return { type: "prepay", orderId: idFrom(r, s.toolOrders.map((o) => o.id)) };
    case 6: return { type: "fundVendor", vendor: pick(r, VENDOR_IDS), amount: amount(r), ...monthly(r) };
    case 7: return { type: "buildPower", source: pick(r, ["grid", "solar"]), region: pick(r, REGION_IDS), gw: amount(r, 100) };
    case 8: return { type: "orderTurbines", maker: pick(r, TURBINE_MAKERS), gw: amount(r, 50) };
    case 9: return { type: "launch", count: int(r, 1, r() < 0.8 ? 5 : 1000) };
    case 10: return { type: "fundLaunches", amount: amount(r), ...monthly(r) };
    case 11: return { type: "deployEdge", units: amount(r, 100_000) };
    case 12: return { type: "fundResearch", program: pick(r, RESEARCH_IDS), amount: amount(r, 1000), ...monthly(r) };
    case 13: return { type: "hire", engineers: r() * 3, phds: r() * 2 };
    case 14: return { type: "borrow", amount: amount(r) };
    case 15: return { type: "repay", amount: amount(r) };
    case 16: return { type: "spotTrade", good: pick(r, GOODS), side: pick(r, ["buy", "sell"]), quantity: amount(r), ...(r() < 0.5 ? { limitPrice: amount(r, 5000) } : {}) };
    case 17: return { type: "setProcurement", good: pick(r, GOODS), perMonth: r() < 0.2 ? 0 : amount(r, 5000), maxPrice: amount(r, 5000) };
    case 18: return { type: "setHbmShare", share: r() };
    case 19: return { type: "offerContract", to: pick(r, FACTION_IDS), side: pick(r, ["buy", "sell"]), good: pick(r, GOODS), perMonth: amount(r, 5000), price: amount(r, 5000), months: int(r, 1, 120) };
    case 20: return { type: "acceptContract", contractId: contract() };
    case 21: return { type: "declineContract", contractId: contract() };
    case 22: return { type: "cancelContract", contractId: contract() };
    case 23: return { type: "lobby", direction: pick(r, ["tighten", "loosen"]), amount: amount(r, 5000), ...monthly(r) };
    case 24: return { type: "fundCasting", maker: pick(r, TURBINE_MAKERS), amount: amount(r), ...monthly(r) };
    case 25: return { type: "poach", from: pick(r, FACTION_IDS), engineers: r() * 0.5, phds: r() * 0.3 };
    case 27: return { type: "breakContract", contractId: contract() };
    case 26: return { type: "supplyDeal", good: pick(r, ["hbm", "wafer", "dram"]), perMonth: int(r, -10, 3000), months: int(r, 6, 72) };
    case 28: {
      // A stop naming a budget that may or may not run (or naming none where one is needed).
      const of = pick(r, ["fundResearch", "lobby", "fundVendor", "fundCasting", "fundLaunches"]);
      return { type: "stopFunding", of, ...(r() < 0.8 ? { program: pick(r, RESEARCH_IDS), vendor: pick(r, VENDOR_IDS), maker: pick(r, TURBINE_MAKERS) } : {}) };
    }
    // China's curb on solar exports, given or lifted (by anyone: only China's may pass).
    case 29: return { type: "curbSolarExports", on: r() < 0.6 };
    default: return { type: "injectEvent", eventId: pick(r, EVENT_IDS) };
  }
}

/** The same, broken: a field replaced by something nasty, a field dropped, or the type garbled. */
export function malformedOrder(r: Rng, s: GameState): unknown {
  const o = randomOrder(r, s);
  const keys = Object.keys(o);
  const k = pick(r, keys);
  switch (int(r, 0, 4)) {
    case 0: return { ...o, [k]: pick(r, NASTY) };
    case 1: {
      const c = { ...o };
      delete c[pick(r, keys.filter((x) => x !== "type").concat("type"))];
      return c;
    }
    case 2: return { ...o, type: pick(r, ["", "BUILDFAB", "hack", "__proto__", 42, null]) };
    case 3: return pick(r, NASTY);
    default: return JSON.stringify(o);
  }
}
