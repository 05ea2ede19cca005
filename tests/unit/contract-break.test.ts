// Breaking a contract in force: either side may walk away, paying the other the larger of the
// breach penalty on every delivery left and what the other side loses replacing it at today's price.
import { describe, expect, it } from "vitest";
import { applyOrder, BREACH_PENALTY, breakFee, publicView, stateHash, type Contract, type GameState } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

function withContract(price: number, market: number): { state: GameState; c: Contract } {
  const s = quietMatch();
  s.month = 20;
  const c: Contract = {
    id: "cx", seller: "samsung", buyer: "tesla", good: "wafer", perMonth: 10, price, months: 12, status: "active",
    offeredBy: "tesla", offeredMonth: 3, startMonth: 15, endedMonth: null, endedBy: null, delivered: 50, shortfall: 0, breaches: 0, breachedBy: null, breachRun: 0,
  };
  s.contracts = [c];
  s.markets.wafer.price = market;
  s.factions.samsung.logicWaferPremium = 1;
  return { state: s, c };
}

describe("breaking a contract", () => {
  it("at a steady price the breaker pays the breach penalty on what is left, to the other side", () => {
    const { state, c } = withContract(20, 20);
    const tesla0 = state.factions.tesla.cash;
    const samsung0 = state.factions.samsung.cash;
    expect(applyOrder(state, "tesla", { type: "breakContract", contractId: "cx" })).toBeNull();
    const fee = BREACH_PENALTY * 12 * 10 * 20; // 12 months × 10 k wafers × $20 k
    expect(c.status).toBe("broken");
    expect(tesla0 - state.factions.tesla.cash).toBeCloseTo(fee, 9);
    expect(state.factions.samsung.cash - samsung0).toBeCloseTo(fee, 9);
    const e = state.eventLog.find((x) => x.id === "contract-broken")!;
    expect(e.faction).toBe("samsung");
    expect(e.params).toMatchObject({ by: "tesla", good: "wafer", fee: Math.round(fee) });
  });

  it("a seller cannot break to sell dearer: it pays the buyer the market's rise on every delivery left", () => {
    const { state, c } = withContract(20, 35);
    // Selling the 120 k wafers on the spot market would bring (35 − 20) × 120 more: exactly the damages.
    expect(breakFee(c, "samsung", 35)).toBeCloseTo((35 - 20) * 120, 9);
    expect(breakFee(c, "tesla", 35)).toBeCloseTo(BREACH_PENALTY * 20 * 120, 9);
    const samsung0 = state.factions.samsung.cash;
    expect(applyOrder(state, "samsung", { type: "breakContract", contractId: "cx" })).toBeNull();
    expect(samsung0 - state.factions.samsung.cash).toBeCloseTo(1800, 9);
  });

  it("a buyer cannot break to buy cheaper: it pays the seller the market's fall", () => {
    const { c } = withContract(20, 10);
    expect(breakFee(c, "tesla", 10)).toBeCloseTo((20 - 10) * 120, 9);
    expect(breakFee(c, "samsung", 10)).toBeCloseTo(BREACH_PENALTY * 20 * 120, 9);
  });

  it("a wafer's market price is what the seller's own node mix fetches: an N2-class contract is measured against N2 prices", () => {
    const { state } = withContract(30, 20);
    state.factions.samsung.logicWaferPremium = 1.5; // the reference is N3-class at $20 k; Samsung's wafers fetch $30 k
    const tesla0 = state.factions.tesla.cash;
    expect(applyOrder(state, "tesla", { type: "breakContract", contractId: "cx" })).toBeNull();
    // No fall against $30 k: only the penalty, not (30 − 20) × 120.
    expect(tesla0 - state.factions.tesla.cash).toBeCloseTo(BREACH_PENALTY * 30 * 120, 9);
  });

  it("the public view carries each side's fee for a contract in force, and none for an offer", () => {
    const { state, c } = withContract(20, 35);
    const view = publicView(state, "tesla");
    expect(view.contracts[0].breakFee).toEqual({ buyer: Math.round(BREACH_PENALTY * 20 * 120), seller: Math.round(15 * 120) });
    c.status = "offered";
    expect(publicView(state, "tesla").contracts[0].breakFee).toBeNull();
  });

  it("a broken contract delivers nothing more", () => {
    const { state } = withContract(20, 20);
    applyOrder(state, "tesla", { type: "breakContract", contractId: "cx" });
    state.factions.samsung.logicWafers = 100;
    const after = tick(state);
    const c = after.contracts.find((x) => x.id === "cx")!;
    expect(c.status).toBe("broken");
    expect(c.delivered).toBe(50);
    expect(c.months).toBe(12);
    expect(after.eventLog.some((e) => e.id === "contract-breach" && e.params?.contract === "cx")).toBe(false);
  });

  it("refuses a third party, a contract not in force and a breaker who cannot pay, changing nothing", () => {
    const { state, c } = withContract(20, 20);
    const before = stateHash(state);
    expect(applyOrder(state, "tsmc", { type: "breakContract", contractId: "cx" })).toMatchObject({ code: "unknown-target" });
    expect(applyOrder(state, "tesla", { type: "breakContract", contractId: "nope" })).toMatchObject({ code: "unknown-target" });
    state.factions.tesla.cash = 10;
    expect(applyOrder(state, "tesla", { type: "breakContract", contractId: "cx" })).toMatchObject({ code: "not-affordable" });
    state.factions.tesla.cash = quietMatch().factions.tesla.cash;
    c.status = "offered";
    expect(applyOrder(state, "tesla", { type: "breakContract", contractId: "cx" })).toMatchObject({ code: "wrong-stage", reason: "refusal.contractNotActive" });
    c.status = "active";
    expect(stateHash(state)).toBe(before);
  });

  it("the teacher may not break a faction's contract", () => {
    const { state } = withContract(20, 20);
    expect(applyOrder(state, "teacher", { type: "breakContract", contractId: "cx" })).toMatchObject({ code: "not-allowed" });
  });
});
