// Fuzz: thousands of random and malformed orders from random issuers over 60-month matches, alongside the bots.
// Nothing may throw, and every month the invariants hold: cash accounted, no negative stock,
// no tool delivered twice or beyond need, prices between floor and cap.
import { describe, expect, it } from "vitest";
import {
  botOrders, createMatch, EVENT_IDS, FACTION_IDS, FACTIONS, GOODS, LIMITING_FACTORS, MARKETS, NODE_IDS, REFUSAL_CODES, REGION_IDS,
  RESEARCH_IDS, SITE_IDS, step, t, TOOL_LINE_IDS, TURBINE_MAKERS, VENDOR_IDS, type GameState,
} from "../../shared/index";
import { mulberry32 } from "./helpers";

type Rng = () => number;
const pick = <T,>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
/** Log-uniform amounts, from tiny to the schema's maximum. */
const amount = (r: Rng, max = 1_000_000) => Math.min(max, Math.exp(r() * Math.log(max)));

const ISSUERS: unknown[] = [...FACTION_IDS, ...FACTION_IDS, "teacher", "intel", null, 7, undefined, { id: "tsmc" }];
const NASTY: unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0, 1e308, -1e308, 2.5, "7", "", null, undefined, {}, [], true, "__proto__"];

function idFrom(r: Rng, ids: string[]): string {
  return r() < 0.85 && ids.length > 0 ? pick(r, ids) : pick(r, ["fab1", "fab999", "t1", "c1", "x", "constructor"]);
}

/** A plausible order with random but well-typed fields (many will still be refused by the rules). */
function randomOrder(r: Rng, s: GameState): Record<string, unknown> {
  const fab = () => idFrom(r, s.fabs.map((f) => f.id));
  const contract = () => idFrom(r, s.contracts.map((c) => c.id));
  switch (int(r, 0, 24)) {
    case 0: return { type: "buildFab", site: pick(r, SITE_IDS), node: pick(r, NODE_IDS), capacity: int(r, 5, 150), ...(r() < 0.3 ? { multipatterning: r() < 0.5 } : {}) };
    case 1: return { type: "expandFab", fabId: fab(), capacity: int(r, 5, 100) };
    case 2: return { type: "setOvertime", fabId: fab(), on: r() < 0.7 };
    case 3: return { type: "orderTools", fabId: fab(), line: pick(r, TOOL_LINE_IDS), quantity: int(r, 1, 500) };
    case 4: return { type: "orderToolKit", fabId: fab() };
    case 5: return { type: "prepay", orderId: idFrom(r, s.toolOrders.map((o) => o.id)) };
    case 6: return { type: "fundVendor", vendor: pick(r, VENDOR_IDS), amount: amount(r) };
    case 7: return { type: "buildPower", source: pick(r, ["grid", "solar"]), region: pick(r, REGION_IDS), gw: amount(r, 100) };
    case 8: return { type: "orderTurbines", maker: pick(r, TURBINE_MAKERS), gw: amount(r, 50) };
    case 9: return { type: "launch", count: int(r, 1, r() < 0.8 ? 5 : 1000) };
    case 10: return { type: "fundLaunches", amount: amount(r) };
    case 11: return { type: "deployEdge", units: amount(r, 100_000) };
    case 12: return { type: "fundResearch", program: pick(r, RESEARCH_IDS), amount: amount(r, 1000) };
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
    case 23: return { type: "lobby", direction: pick(r, ["tighten", "loosen"]), amount: amount(r, 5000) };
    default: return { type: "injectEvent", eventId: pick(r, EVENT_IDS) };
  }
}

/** The same, broken: a field replaced by something nasty, a field dropped, or the type garbled. */
function malformedOrder(r: Rng, s: GameState): unknown {
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

function toolsDeliveredTotal(s: GameState): number {
  return s.fabs.reduce((a, f) => a + Object.values(f.toolsDelivered).reduce((x, n) => x + (n ?? 0), 0), 0);
}
function lineDeliveredTotal(s: GameState): number {
  return Object.values(s.toolLines).reduce((a, l) => a + l.delivered, 0);
}

function checkInvariants(s: GameState, initialTools: number): string[] {
  const bad: string[] = [];
  for (const id of FACTION_IDS) {
    const f = s.factions[id];
    const expected = FACTIONS[id].cash + f.income - f.spending;
    const scale = Math.max(1, Math.abs(FACTIONS[id].cash), f.income, f.spending);
    if (!(Math.abs(f.cash - expected) < 1e-6 * scale)) bad.push(`${id} cash ${f.cash} ≠ ${expected}`);
    for (const k of ["logicWafers", "hbm", "dram", "warehouse", "poweredAccelerators", "orbitAccelerators", "edgeAccelerators", "engineers", "phds", "debt", "gridGW", "turbineGW", "solarGW"] as const) {
      const v = f[k];
      if (!Number.isFinite(v) || v < 0) bad.push(`${id}.${k} = ${v}`);
    }
    if (!Number.isFinite(f.cash)) bad.push(`${id}.cash = ${f.cash}`);
    if (!(LIMITING_FACTORS as readonly string[]).includes(f.limitingFactor)) bad.push(`${id} factor ${f.limitingFactor}`);
  }
  for (const fab of s.fabs) {
    for (const [kind, n] of Object.entries(fab.toolsDelivered)) {
      if ((n ?? 0) > (fab.toolsNeeded[kind as keyof typeof fab.toolsNeeded] ?? 0)) bad.push(`${fab.id} ${kind} delivered ${n} > needed`);
    }
    if (!Number.isFinite(fab.yield) || fab.yield < 0 || fab.yield > 1) bad.push(`${fab.id} yield ${fab.yield}`);
  }
  for (const o of s.toolOrders) if (o.delivered > o.quantity) bad.push(`order ${o.id} over-delivered`);
  if (toolsDeliveredTotal(s) - initialTools !== lineDeliveredTotal(s)) bad.push(`tools at fabs ${toolsDeliveredTotal(s) - initialTools} ≠ tools shipped ${lineDeliveredTotal(s)}`);
  for (const g of GOODS) {
    const p = s.markets[g].price;
    const d = MARKETS[g];
    if (!(p >= d.basePrice * d.floor - 1e-9 && p <= d.basePrice * d.cap + 1e-9)) bad.push(`${g} price ${p}`);
  }
  return bad;
}

function fuzz(seed: number, perMonth: number): { orders: number; refused: number; accepted: number; months: number } {
  const r = mulberry32(seed);
  let s = createMatch({ seed, months: 60 });
  const initialTools = toolsDeliveredTotal(s);
  let orders = 0;
  let refused = 0;
  while (s.status === "running") {
    const batch: Array<{ issuer: unknown; order: unknown }> = [];
    for (const id of FACTION_IDS) if (r() < 0.75) for (const order of botOrders(s, id, "normal")) batch.push({ issuer: id, order });
    for (let i = 0; i < perMonth; i++) {
      const issuer = pick(r, ISSUERS);
      batch.push({ issuer, order: r() < 0.7 ? randomOrder(r, s) : malformedOrder(r, s) });
    }
    // shuffle so bots and fuzz interleave
    for (let i = batch.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [batch[i], batch[j]] = [batch[j], batch[i]];
    }
    const month = s.month;
    const result = step(s, batch as never);
    orders += batch.length;
    refused += result.refusals.length;
    for (const x of result.refusals) {
      expect(REFUSAL_CODES).toContain(x.refusal.code);
      expect(t("en", x.refusal.reason), x.refusal.reason).not.toBe(x.refusal.reason);
    }
    s = result.state;
    const bad = checkInvariants(s, initialTools);
    expect(bad, `seed ${seed} month ${month}`).toEqual([]);
  }
  return { orders, refused, accepted: orders - refused, months: s.endedMonth! + 1 };
}

describe("fuzz", () => {
  for (const seed of [101, 202, 303]) {
    it(`seed ${seed}: 60 months of bots plus random and malformed orders — nothing throws, invariants hold`, () => {
      const stats = fuzz(seed, 70);
      expect(stats.months).toBeGreaterThan(0);
      expect(stats.orders).toBeGreaterThan(3000);
      // the fuzz must exercise the rules, not only the parser
      expect(stats.accepted).toBeGreaterThan(300);
      expect(stats.refused).toBeGreaterThan(1000);
    });
  }
});
