// Termination for material breach: once one side of a contract has fallen short TERMINATION_BREACHES
// deliveries running (a seller without the goods, a buyer without the cash), the other side may end
// it without paying damages, and a bot does when today's market beats the contract's price.
import { describe, expect, it } from "vitest";
import {
  applyOrder, botDecisions, breakFeeNow, previewOrder, publicView, TERMINATION_BREACHES, type Contract, type GameState,
} from "../../shared/index";
import { BREACH_NEWS_EVERY } from "../../shared/data/limits";
import { t } from "../../shared/i18n";
import { runContracts } from "../../shared/rules/month/contracts";
import { keepingCost, worthBreaking } from "../../shared/bots/keep-or-break";
import { quietMatch } from "./helpers";

function withContract(good: "wafer" | "hbm", price: number): { state: GameState; c: Contract } {
  const s = quietMatch();
  s.month = 20;
  const c: Contract = {
    id: "cx", seller: "samsung", buyer: "tesla", good, perMonth: 10, price, months: 12, status: "active",
    offeredBy: "tesla", offeredMonth: 3, startMonth: 10, endedMonth: null, endedBy: null, delivered: 0, shortfall: 0, breaches: 0, breachedBy: null, breachRun: 0,
  };
  s.contracts = [c];
  s.factions.samsung.logicWaferPremium = 1;
  s.markets[good].price = price;
  return { state: s, c };
}

/** One month's deliveries with the seller holding `sellerStock` and the buyer `buyerCash`. */
function deliver(state: GameState, sellerStock: number, buyerCash = 1e6): void {
  state.factions.samsung.logicWafers = sellerStock;
  state.factions.samsung.hbm = sellerStock;
  state.factions.tesla.cash = buyerCash;
  runContracts(state);
}

describe("termination for material breach", () => {
  it("counts the deliveries one side has missed running, and a full delivery clears the count", () => {
    const { state, c } = withContract("wafer", 20);
    deliver(state, 4);
    deliver(state, 4);
    expect(c).toMatchObject({ breachedBy: "samsung", breachRun: 2, breaches: 2 });
    // Both sides hear of it, with the count: the one in breach, and the one it may let walk away.
    expect(state.eventLog.filter((e) => e.id === "contract-breach").at(-1)).toMatchObject({ faction: "samsung", params: { good: "wafer", short: 6, with: "tesla", run: 2 } });
    expect(state.eventLog.filter((e) => e.id === "contract-missed").at(-1)).toMatchObject({ faction: "tesla", params: { good: "wafer", short: 6, by: "samsung", run: 2 } });
    deliver(state, 50);
    expect(c).toMatchObject({ breachedBy: null, breachRun: 0, breaches: 2 });
    // A buyer without the cash is the one in breach, and the count starts again with it.
    deliver(state, 4);
    deliver(state, 50, 0);
    expect(c).toMatchObject({ breachedBy: "tesla", breachRun: 1, breaches: 4 });
  });

  it(`a shortfall that goes on is news in its first ${TERMINATION_BREACHES} months, then every ${BREACH_NEWS_EVERY}, to both sides`, () => {
    const { state, c } = withContract("hbm", 600);
    c.months = 24;
    for (let i = 0; i < 13; i++) deliver(state, 0);
    expect(c.breachRun).toBe(13);
    const runs = (id: string) => state.eventLog.filter((e) => e.id === id).map((e) => e.params?.run);
    expect(runs("contract-breach")).toEqual([1, 2, 3, 6, 12]);
    expect(runs("contract-missed")).toEqual([1, 2, 3, 6, 12]);
  });

  it("the news says how many more missed months let the other side walk away, in both languages", () => {
    const p = { by: "Samsung", good: "HBM", short: 10, unit: "k stacks" };
    expect(t("en", "news.contract-missed", { ...p, run: 1, left: 2 })).toContain("the first month; 2 more running and you may end it without paying");
    expect(t("en", "news.contract-missed", { ...p, run: 2, left: 1 })).toContain("2 months running; one more and you may end it");
    expect(t("en", "news.contract-missed", { ...p, run: 6, left: 0 })).toContain("6 months running; you may now end it without paying");
    expect(t("zh-TW", "news.contract-breach", { ...p, with: "特斯拉", run: 1, left: 2 })).toContain("再連續 2 個月，特斯拉就可以終止合約");
    expect(t("zh-TW", "news.contract-breach", { ...p, with: "特斯拉", run: 3, left: 0 })).toContain("特斯拉現在可以終止合約");
  });

  it(`after ${TERMINATION_BREACHES} misses running the other side walks away for nothing; the side in breach still pays`, () => {
    const { state, c } = withContract("wafer", 20);
    for (let i = 0; i < TERMINATION_BREACHES - 1; i++) deliver(state, 0);
    expect(breakFeeNow(state, c, "tesla")).toBeGreaterThan(0);
    deliver(state, 0);
    expect(breakFeeNow(state, c, "tesla")).toBe(0);
    expect(breakFeeNow(state, c, "samsung")).toBeGreaterThan(0);
    expect(publicView(state, "tesla").contracts[0]).toMatchObject({ breachedBy: "samsung", breachRun: TERMINATION_BREACHES, breakFee: { buyer: 0 } });

    const preview = previewOrder(state, "tesla", { type: "breakContract", contractId: "cx" });
    expect(preview.ok && preview.effects.map((e) => e.key)).toContain("preview.contract.terminate");
    const tesla0 = state.factions.tesla.cash;
    const samsung0 = state.factions.samsung.cash;
    expect(applyOrder(state, "tesla", { type: "breakContract", contractId: "cx" })).toBeNull();
    expect(c.status).toBe("broken");
    expect(state.factions.tesla.cash).toBe(tesla0);
    expect(state.factions.samsung.cash).toBe(samsung0);
    const e = state.eventLog.find((x) => x.id === "contract-terminated")!;
    expect(e).toMatchObject({ faction: "samsung", params: { by: "tesla", good: "wafer", short: TERMINATION_BREACHES } });
  });
});

describe("a bot keeps or breaks a contract on its merits", () => {
  it("keeps a contract whose damages equal what keeping it costs, even when the market has doubled", () => {
    const { state, c } = withContract("hbm", 20);
    state.markets.hbm.price = 40;
    // Samsung could sell the same HBM for twice the price, but the damages take exactly that gain.
    expect(keepingCost(state, c, "samsung")).toBeGreaterThan(0);
    expect(breakFeeNow(state, c, "samsung")).toBeCloseTo(keepingCost(state, c, "samsung"), 6);
    expect(worthBreaking(state, c, "samsung")).toBe(false);
    expect(botDecisions(state, "samsung", "normal").some((d) => d.order.type === "breakContract")).toBe(false);
  });

  it("a seller ends, for nothing, the contract of a buyer who has not paid for months, once the market pays more", () => {
    const { state, c } = withContract("hbm", 20);
    for (let i = 0; i < TERMINATION_BREACHES; i++) deliver(state, 50, 0);
    state.factions.tesla.cash = 1e6;
    // At the contract's price or below, the buyer may yet pay: the seller keeps it.
    state.markets.hbm.price = 18;
    expect(botDecisions(state, "samsung", "normal").some((d) => d.order.type === "breakContract")).toBe(false);
    state.markets.hbm.price = 30;
    for (const difficulty of ["normal", "hard"] as const) {
      const ends = botDecisions(state, "samsung", difficulty).filter((d) => d.order.type === "breakContract");
      expect(ends).toEqual([{ order: { type: "breakContract", contractId: "cx" }, reason: { key: "bot.why.contract.end", params: { n: TERMINATION_BREACHES } } }]);
    }
    // The easy bot does not watch its contracts.
    expect(botDecisions(state, "samsung", "easy").some((d) => d.order.type === "breakContract")).toBe(false);
    // The buyer, in breach, would pay the damages to walk away: no reason to.
    expect(botDecisions(state, "tesla", "normal").some((d) => d.order.type === "breakContract")).toBe(false);
    expect(c.status).toBe("active");
  });

  it("a buyer ends the contract of a seller who has not delivered for months, once the market is cheaper", () => {
    const { state } = withContract("wafer", 20);
    for (let i = 0; i < TERMINATION_BREACHES; i++) deliver(state, 0);
    state.markets.wafer.price = 22;
    expect(botDecisions(state, "tesla", "normal").some((d) => d.order.type === "breakContract")).toBe(false);
    state.markets.wafer.price = 15;
    expect(botDecisions(state, "tesla", "normal").some((d) => d.order.type === "breakContract" && d.reason.key === "bot.why.contract.end")).toBe(true);
  });
});
