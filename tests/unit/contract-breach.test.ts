// Contracts: a seller who cannot deliver is in breach and pays a penalty on what it missed (docs/design.md §7).
import { describe, expect, it } from "vitest";
import { BREACH_PENALTY, CONTRACT_LEAD_MONTHS, type Contract, type GameState } from "../../shared/index";
import { runContracts } from "../../shared/rules/month/contracts";
import { quietMatch, tick } from "./helpers";

function withContract(perMonth: number, price: number, sellerStock: number): { state: GameState; c: Contract } {
  const s = quietMatch();
  s.month = 5;
  const c: Contract = {
    id: "cx", seller: "samsung", buyer: "tesla", good: "wafer", perMonth, price, months: 12, status: "active",
    offeredBy: "tesla", offeredMonth: 3, startMonth: 3, endedMonth: null, endedBy: null, delivered: 0, shortfall: 0, breaches: 0, breachedBy: null, breachRun: 0,
  };
  s.contracts = [c];
  s.factions.samsung.logicWafers = sellerStock;
  s.factions.samsung.logicWaferYield = 0.6;
  s.factions.tesla.logicWafers = 0;
  return { state: s, c };
}

describe("contract breach", () => {
  it("full delivery: goods and money change hands, no breach", () => {
    const { state } = withContract(10, 20, 50);
    const seller0 = state.factions.samsung.cash;
    const buyer0 = state.factions.tesla.cash;
    runContracts(state);
    const c = state.contracts[0];
    expect(c.breaches).toBe(0);
    expect(c.delivered).toBe(10);
    expect(state.factions.tesla.logicWafers).toBe(10);
    expect(state.factions.tesla.logicWaferYield).toBeCloseTo(0.6, 12);
    expect(state.factions.samsung.logicWafers).toBe(40);
    expect(state.factions.samsung.cash - seller0).toBeCloseTo(200, 9);
    expect(buyer0 - state.factions.tesla.cash).toBeCloseTo(200, 9);
  });

  it("short supply: what there is is delivered, the rest is a breach with a penalty paid by the seller", () => {
    const { state } = withContract(100, 20, 30);
    const seller0 = state.factions.samsung.cash;
    const buyer0 = state.factions.tesla.cash;
    runContracts(state);
    const c = state.contracts[0];
    expect(c.delivered).toBe(30);
    expect(c.shortfall).toBe(70);
    expect(c.breaches).toBe(1);
    const penalty = 70 * 20 * BREACH_PENALTY;
    expect(state.factions.samsung.cash - seller0).toBeCloseTo(30 * 20 - penalty, 9);
    expect(state.factions.tesla.cash - buyer0).toBeCloseTo(-30 * 20 + penalty, 9);
    const e = state.eventLog.find((x) => x.id === "contract-breach")!;
    expect(e.faction).toBe("samsung");
  });

  it("a buyer who cannot pay gets nothing, and the seller pays no penalty", () => {
    const { state } = withContract(10, 20, 50);
    state.factions.tesla.cash = 0;
    const seller0 = state.factions.samsung.cash;
    runContracts(state);
    expect(state.contracts[0].delivered).toBe(0);
    expect(state.contracts[0].breaches).toBe(1);
    expect(state.factions.samsung.cash).toBe(seller0);
    expect(state.eventLog.find((x) => x.id === "contract-breach")!.faction).toBe("tesla");
  });

  it("in play: a contract for more wafers than Samsung makes breaches every month, once its deliveries begin", () => {
    let s = tick(quietMatch(), [{ issuer: "tesla", order: { type: "offerContract", to: "samsung", side: "buy", good: "wafer", perMonth: 500, price: 20, months: 6 } }]);
    const id = s.contracts.at(-1)!.id;
    s = tick(s, [{ issuer: "samsung", order: { type: "acceptContract", contractId: id } }]);
    // Wafer capacity is allocated ahead: nothing is due (and nothing breached) for CONTRACT_LEAD_MONTHS.
    const start = s.contracts.find((x) => x.id === id)!.startMonth!;
    expect(start).toBe(s.month - 1 + CONTRACT_LEAD_MONTHS);
    while (s.month <= start) {
      s = tick(s);
      expect(s.contracts.find((x) => x.id === id)!.breaches).toBe(0);
    }
    for (let i = 0; i < 3; i++) {
      s = tick(s);
      expect(s.eventLog.some((e) => e.id === "contract-breach" && e.params?.contract === id)).toBe(true);
    }
    const c = s.contracts.find((x) => x.id === id)!;
    expect(c.breaches).toBe(3);
    expect(c.shortfall).toBeGreaterThan(0);
    expect(c.delivered + c.shortfall).toBeCloseTo(3 * 500, 6);
  });
});
