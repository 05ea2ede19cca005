// Orders & refusals: a refused order returns { code, reason } with text in both languages, and changes nothing (docs/design.md §12).
import { describe, expect, it } from "vitest";
import { applyOrder, checkOrder, REFUSAL_CODES, stateHash, step, t, type GameState, type RefusalCode } from "../../shared/index";
import { newestFab, quietMatch, tick } from "./helpers";

interface Case {
  name: string;
  issuer: string;
  order: Record<string, unknown>;
  code: RefusalCode;
  /** Adjust a copy of the base state first. */
  prep?: (s: GameState) => void;
}

/** A world one month in: TSMC has a new fab with its kit on order, China a new N5 fab, Samsung an HBM offer to Tesla out. */
function base(): { s: GameState; tsmcFab: string; chinaFab: string; offer: string; toolOrder: string; running: string } {
  let s = tick(quietMatch(), [
    { issuer: "tsmc", order: { type: "buildFab", site: "taiwan", node: "N3", capacity: 10 } },
    { issuer: "china", order: { type: "buildFab", site: "china", node: "N5", capacity: 20 } },
    { issuer: "samsung", order: { type: "offerContract", to: "tesla", side: "sell", good: "hbm", perMonth: 100, price: 600, months: 6 } },
  ]);
  const tsmcFab = newestFab(s, "tsmc").id;
  s = tick(s, [{ issuer: "tsmc", order: { type: "orderToolKit", fabId: tsmcFab } }]);
  return {
    s, tsmcFab, chinaFab: newestFab(s, "china").id, offer: s.contracts.at(-1)!.id,
    toolOrder: s.toolOrders.find((o) => o.faction === "tsmc")!.id,
    running: s.fabs.find((f) => f.owner === "tsmc" && f.stage === "volume")!.id,
  };
}

const b = base();
const CASES: Case[] = [
  { name: "Tesla builds in Taiwan", issuer: "tesla", order: { type: "buildFab", site: "taiwan", node: "N3", capacity: 20 }, code: "not-allowed" },
  { name: "the teacher builds a fab", issuer: "teacher", order: { type: "buildFab", site: "taiwan", node: "N3", capacity: 20 }, code: "not-allowed" },
  { name: "TSMC asks for multi-patterning", issuer: "tsmc", order: { type: "buildFab", site: "taiwan", node: "N3", capacity: 20, multipatterning: true }, code: "not-allowed" },
  { name: "a broke Tesla builds a fab", issuer: "tesla", order: { type: "buildFab", site: "texas", node: "N2", capacity: 100 }, code: "not-affordable", prep: (s) => { s.factions.tesla.cash = 10; } },
  { name: "an eleventh fab under construction", issuer: "tsmc", order: { type: "buildFab", site: "taiwan", node: "N3", capacity: 5 }, code: "limit-reached", prep: (s) => { for (let i = 0; i < 10; i++) applyOrder(s, "tsmc", { type: "buildFab", site: "taiwan", node: "N3", capacity: 5 }); } },
  { name: "expanding an unknown fab", issuer: "tsmc", order: { type: "expandFab", fabId: "fab999", capacity: 10 }, code: "unknown-target" },
  { name: "expanding a fab still being built", issuer: "tsmc", order: { type: "expandFab", fabId: b.tsmcFab, capacity: 10 }, code: "wrong-stage" },
  { name: "expanding someone else's fab", issuer: "samsung", order: { type: "expandFab", fabId: b.running, capacity: 10 }, code: "unknown-target" },
  { name: "overtime on a running fab", issuer: "tsmc", order: { type: "setOvertime", fabId: b.running, on: true }, code: "wrong-stage" },
  { name: "China orders ASML EUV", issuer: "china", order: { type: "orderTools", fabId: b.chinaFab, line: "asml:euv", quantity: 1 }, code: "sanctioned" },
  { name: "China over its DUV quota", issuer: "china", order: { type: "orderTools", fabId: b.chinaFab, line: "asml:duv", quantity: 40 }, code: "sanctioned" },
  { name: "TSMC orders from China's domestic makers", issuer: "tsmc", order: { type: "orderTools", fabId: b.tsmcFab, line: "domestic:dep", quantity: 1 }, code: "not-allowed" },
  { name: "TSMC orders tools already on order", issuer: "tsmc", order: { type: "orderTools", fabId: b.tsmcFab, line: "amat:dep", quantity: 1 }, code: "limit-reached" },
  { name: "a second kit", issuer: "tsmc", order: { type: "orderToolKit", fabId: b.tsmcFab }, code: "limit-reached" },
  { name: "tools for a finished fab", issuer: "tsmc", order: { type: "orderTools", fabId: b.running, line: "amat:dep", quantity: 1 }, code: "wrong-stage" },
  { name: "prepaying an unknown order", issuer: "tsmc", order: { type: "prepay", orderId: "t999" }, code: "unknown-target" },
  { name: "prepaying another's order", issuer: "samsung", order: { type: "prepay", orderId: b.toolOrder }, code: "unknown-target" },
  { name: "TSMC funds China's domestic makers", issuer: "tsmc", order: { type: "fundVendor", vendor: "domestic", amount: 100 }, code: "not-allowed" },
  { name: "a foundry builds power", issuer: "tsmc", order: { type: "buildPower", source: "grid", region: "taiwan", gw: 1 }, code: "not-allowed" },
  { name: "Tesla builds grid in China", issuer: "tesla", order: { type: "buildPower", source: "solar", region: "china", gw: 1 }, code: "not-allowed" },
  { name: "Samsung orders turbines", issuer: "samsung", order: { type: "orderTurbines", maker: "ge", gw: 1 }, code: "not-allowed" },
  { name: "TSMC launches", issuer: "tsmc", order: { type: "launch", count: 1 }, code: "not-allowed" },
  { name: "Tesla launches past its cadence", issuer: "tesla", order: { type: "launch", count: 999 }, code: "limit-reached" },
  { name: "Tesla launches an empty warehouse", issuer: "tesla", order: { type: "launch", count: 1 }, code: "no-stock", prep: (s) => { s.factions.tesla.warehouse = 0; } },
  { name: "Tesla at maximum cadence", issuer: "tesla", order: { type: "fundLaunches", amount: 100 }, code: "limit-reached", prep: (s) => { s.factions.tesla.launchCadence = 1e9; } },
  { name: "China deploys edge units", issuer: "china", order: { type: "deployEdge", units: 1 }, code: "not-allowed" },
  { name: "Tesla exceeds its edge units", issuer: "tesla", order: { type: "deployEdge", units: 99_999 }, code: "limit-reached" },
  { name: "TSMC funds China's lithography", issuer: "tsmc", order: { type: "fundResearch", program: "domestic-euv", amount: 10 }, code: "not-allowed" },
  { name: "China over the research monthly cap", issuer: "china", order: { type: "fundResearch", program: "domestic-euv", amount: 999_999 }, code: "limit-reached" },
  { name: "research already complete", issuer: "samsung", order: { type: "fundResearch", program: "hbm-qualification", amount: 10 }, code: "limit-reached", prep: (s) => { s.factions.samsung.research["hbm-qualification"].level = 1; } },
  { name: "hiring beyond the pool", issuer: "tsmc", order: { type: "hire", engineers: 50, phds: 0 }, code: "limit-reached" },
  { name: "hiring nobody", issuer: "tsmc", order: { type: "hire", engineers: 0, phds: 0 }, code: "limit-reached" },
  { name: "borrowing past the limit", issuer: "tesla", order: { type: "borrow", amount: 999_999 }, code: "limit-reached" },
  { name: "repaying with no debt", issuer: "tesla", order: { type: "repay", amount: 10 }, code: "limit-reached" },
  { name: "repaying with no cash", issuer: "tesla", order: { type: "repay", amount: 10 }, code: "not-affordable", prep: (s) => { s.factions.tesla.debt = 100; s.factions.tesla.cash = 0; } },
  { name: "China buys HBM on the spot market", issuer: "china", order: { type: "spotTrade", good: "hbm", side: "buy", quantity: 1 }, code: "sanctioned" },
  { name: "selling what you do not have", issuer: "tesla", order: { type: "spotTrade", good: "accelerator", side: "sell", quantity: 99_999 }, code: "no-stock" },
  { name: "a broke buyer on the spot market", issuer: "tesla", order: { type: "spotTrade", good: "wafer", side: "buy", quantity: 1_000 }, code: "not-affordable", prep: (s) => { s.factions.tesla.cash = 1; } },
  { name: "too many spot orders", issuer: "tesla", order: { type: "spotTrade", good: "dram", side: "buy", quantity: 1 }, code: "limit-reached", prep: (s) => { for (let i = 0; i < 50; i++) applyOrder(s, "tesla", { type: "spotTrade", good: "dram", side: "buy", quantity: 1 }); } },
  { name: "China's standing order for wafers", issuer: "china", order: { type: "setProcurement", good: "wafer", perMonth: 1, maxPrice: 30 }, code: "sanctioned" },
  { name: "HBM share without DRAM fabs", issuer: "tsmc", order: { type: "setHbmShare", share: 0.1 }, code: "not-allowed" },
  { name: "HBM share over the stacking limit", issuer: "samsung", order: { type: "setHbmShare", share: 1 }, code: "limit-reached" },
  { name: "a contract with yourself", issuer: "tesla", order: { type: "offerContract", to: "tesla", side: "buy", good: "wafer", perMonth: 1, price: 20, months: 6 }, code: "not-allowed" },
  { name: "selling accelerators to China", issuer: "tesla", order: { type: "offerContract", to: "china", side: "sell", good: "accelerator", perMonth: 1, price: 20, months: 6 }, code: "sanctioned" },
  { name: "accepting your own offer", issuer: "samsung", order: { type: "acceptContract", contractId: b.offer }, code: "not-allowed" },
  { name: "declining your own offer", issuer: "samsung", order: { type: "declineContract", contractId: b.offer }, code: "not-allowed" },
  { name: "accepting a stranger's contract", issuer: "china", order: { type: "acceptContract", contractId: b.offer }, code: "unknown-target" },
  { name: "breaking an offer not yet in force", issuer: "tesla", order: { type: "breakContract", contractId: b.offer }, code: "wrong-stage" },
  { name: "breaking a stranger's contract", issuer: "china", order: { type: "breakContract", contractId: b.offer }, code: "unknown-target" },
  { name: "cancelling the other side's offer", issuer: "tesla", order: { type: "cancelContract", contractId: b.offer }, code: "unknown-target" },
  { name: "accepting a declined offer", issuer: "tesla", order: { type: "acceptContract", contractId: b.offer }, code: "wrong-stage", prep: (s) => { applyOrder(s, "tesla", { type: "declineContract", contractId: b.offer }); } },
  { name: "China lobbies to tighten", issuer: "china", order: { type: "lobby", direction: "tighten", amount: 10 }, code: "not-allowed" },
  { name: "a faction injects an event", issuer: "tesla", order: { type: "injectEvent", eventId: "ddr-shock" }, code: "not-allowed" },
  { name: "the teacher trades", issuer: "teacher", order: { type: "spotTrade", good: "dram", side: "buy", quantity: 1 }, code: "not-allowed" },
  { name: "an unknown seat", issuer: "intel", order: { type: "borrow", amount: 10 }, code: "not-your-faction" },
  { name: "an order after the match", issuer: "tsmc", order: { type: "borrow", amount: 10 }, code: "match-over", prep: (s) => { s.status = "ended"; } },
  { name: "a malformed order", issuer: "tsmc", order: { type: "borrow", amount: -1 }, code: "malformed" },
];

describe("refusals", () => {
  it("the catalogue covers every refusal code", () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(REFUSAL_CODES));
  });

  for (const c of CASES) {
    it(`${c.name}: refused as ${c.code}, explained in both languages, nothing changes`, () => {
      const s = structuredClone(b.s);
      c.prep?.(s);
      const before = stateHash(s);
      const checked = checkOrder(s, c.issuer, c.order);
      expect(checked?.code).toBe(c.code);
      expect(stateHash(s)).toBe(before);
      const r = applyOrder(s, c.issuer, c.order);
      expect(r).toEqual(checked);
      expect(stateHash(s)).toBe(before);
      // the reason is an i18n key with text in both locales, every {placeholder} filled
      expect(r!.reason).toMatch(/^refusal\./);
      const en = t("en", r!.reason, r!.params);
      const zh = t("zh-TW", r!.reason, r!.params);
      expect(en).not.toBe(r!.reason);
      expect(zh).not.toBe(en);
      expect(en).not.toMatch(/\{\w+\}/);
      expect(zh).not.toMatch(/\{\w+\}/);
      // through step: the month is exactly as if the order had not been given
      const withOrder = step(s, [{ issuer: c.issuer, order: c.order }]);
      expect(withOrder.refusals).toHaveLength(1);
      expect(withOrder.refusals[0].refusal.code).toBe(c.code);
      expect(stateHash(withOrder.state)).toBe(stateHash(step(s, []).state));
    });
  }
});
