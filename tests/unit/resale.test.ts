// HBM or wafers sold on are a resale: they were counted when their maker sold them, so they count in
// no one's sales again. Before, Tesla selling on the HBM Samsung delivered made Samsung's HBM share
// fall, Samsung buying SK hynix's stacks and selling them on made it rise, and TSMC could buy wafers
// to raise its share of leading-edge demand.
import { describe, expect, it } from "vitest";
import { applyOrder, type Contract, type FactionId, type GameState } from "../../shared/index";
import { runContracts } from "../../shared/rules/month/contracts";
import { runMarkets } from "../../shared/rules/month/markets";
import { leadingEdgeSold } from "../../shared/model/leading-edge";
import { quietMatch } from "./helpers";

/** An HBM contract in force since month 2: `perMonth` k stacks at $600 (or wafers at $20 k). */
function hbmContract(seller: FactionId, buyer: FactionId, perMonth: number, good: "hbm" | "wafer" = "hbm"): Contract {
  return {
    id: "cx", seller, buyer, good, perMonth, price: good === "hbm" ? 600 : 20, months: 12, status: "active",
    offeredBy: buyer, offeredMonth: 1, startMonth: 2, endedMonth: null, endedBy: null, delivered: 0, shortfall: 0, breaches: 0, breachedBy: null, breachRun: 0,
  };
}

/** One month's deliveries and markets, as the step runs them (flows start from zero). */
function month(s: GameState): void {
  for (const f of Object.values(s.factions)) Object.assign(f.flows, { hbmSold: 0, wafersSold: 0, wafersResold: 0 });
  runContracts(s);
  runMarkets(s);
}

describe("HBM resale", () => {
  it("Tesla selling on contract HBM earns the money but adds nothing to world HBM sales", () => {
    const s = quietMatch();
    s.month = 10;
    s.contracts = [hbmContract("samsung", "tesla", 100)];
    s.factions.samsung.hbm = 500;
    s.factions.tesla.hbm = 0;
    s.factions.tesla.procurement = []; // (its starting supply deal would deliver too)
    month(s);
    // Samsung's contract delivery is its own HBM sold; Tesla now holds 100 stacks it bought.
    expect(s.factions.samsung.flows.hbmSold).toBeGreaterThanOrEqual(100);
    expect(s.factions.tesla.hbmBought).toBeCloseTo(100, 9);

    const cash0 = s.factions.tesla.cash;
    expect(applyOrder(s, "tesla", { type: "spotTrade", good: "hbm", side: "sell", quantity: 100 })).toBeNull();
    s.contracts = [];
    month(s);
    expect(s.factions.tesla.hbm).toBeCloseTo(0, 9);
    expect(s.factions.tesla.cash).toBeGreaterThan(cash0);
    expect(s.factions.tesla.flows.hbmSold).toBe(0);
    expect(s.factions.tesla.hbmBought).toBe(0);
  });

  it("Samsung buying stacks and selling them on gains no HBM share", () => {
    const s = quietMatch();
    s.month = 10;
    // China's own HBM, delivered to Samsung under contract (sales to China are controlled, from it are not).
    s.contracts = [hbmContract("china", "samsung", 200)];
    const samsung = s.factions.samsung;
    s.factions.china.hbm = 500;
    samsung.hbm = 0;
    samsung.flows.hbmMade = 0;
    month(s);
    // China's delivery counts as China's HBM sold; Samsung, a maker, sells its whole stock at once, and
    // none of it is Samsung's own.
    expect(s.factions.china.flows.hbmSold).toBeCloseTo(200, 9);
    expect(samsung.flows.hbmSold).toBe(0);
    expect(samsung.flows.salesValue).toBeGreaterThan(0);
    expect(samsung.hbmBought).toBeCloseTo(samsung.hbm, 9);
  });

  it("TSMC selling on wafers it bought raises neither its wafers sold nor its leading-edge share", () => {
    const s = quietMatch();
    s.month = 10;
    s.contracts = [hbmContract("samsung", "tsmc", 50, "wafer")];
    s.factions.samsung.logicWafers = 200;
    const tsmc = s.factions.tsmc;
    // This month TSMC made 100 k leading-edge wafers of its own.
    tsmc.logicWafers = 100;
    tsmc.logicWaferYield = 0.8;
    tsmc.flows.logicWafersMade = 100;
    tsmc.flows.leadingEdgeWafersMade = 100;
    month(s);
    // Samsung's delivery is its own wafers sold (with the rest of its stock, on the spot market).
    // TSMC, a maker, sells its whole stock, the bought wafers first; what the market took beyond
    // them is its own, and only that counts as sold and toward its leading-edge share.
    expect(s.factions.samsung.flows.wafersSold).toBeGreaterThanOrEqual(50);
    expect(s.factions.samsung.flows.wafersResold).toBe(0);
    const sold = 150 - tsmc.logicWafers;
    expect(sold).toBeGreaterThan(100);
    expect(tsmc.flows.wafersResold).toBeCloseTo(50, 9);
    expect(tsmc.flows.wafersSold).toBeCloseTo(sold - 50, 9);
    expect(leadingEdgeSold(tsmc)).toBeCloseTo(sold - 50, 9);
    expect(tsmc.logicWafersBought).toBe(0);
  });
});
