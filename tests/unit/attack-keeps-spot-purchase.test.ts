// A supply deal and the standing spot purchase of the same good share one list. The attack on
// memory or logic (the HUD's advice, and every bot's) resizes the standing purchase only: it read
// the first entry of the good, so once a deal stood first, it "raised" the spot purchase to the
// deal's size and cut a larger one down to it. A Tesla that booked outside HBM then starved of it.
import { describe, expect, it } from "vitest";
import { attackOrders, checkOrder, type GameState, type Order } from "../../shared/index";
import { diesGap, stacksGap, wafersFor } from "../../shared/advice/sizing";
import { quietMatch } from "./helpers";

/** The standing purchase and the deal, k stacks or k wafers a month: the deal smaller, as a player's first one is. */
const SPOT = { hbm: 3000, wafer: 30 };
const DEAL = { hbm: 400, wafer: 5 };

/** Tesla short of HBM for its dies (memory binds), holding an outside deal listed before its standing purchase. */
function teslaWithDealFirst(good: "hbm" | "wafer"): GameState {
  const s = quietMatch();
  const f = s.factions.tesla;
  f.cash = 400_000;
  f.logicWafers = 600;
  f.logicWaferYield = 0.75;
  f.hbm = 0;
  f.procurement = [
    { good, perMonth: DEAL[good], maxPrice: 900, untilMonth: 40, fixedPrice: 900, fromMonth: 0 },
    { good, perMonth: SPOT[good], maxPrice: good === "hbm" ? 1800 : 44 },
  ];
  return s;
}

function procurementOrders(orders: Order[], good: string): Array<Extract<Order, { type: "setProcurement" }>> {
  return orders.filter((o): o is Extract<Order, { type: "setProcurement" }> => o.type === "setProcurement" && o.good === good);
}

describe("the attack resizes the standing spot purchase, never a supply deal", () => {
  it("memory: more HBM on the spot market starts from the standing purchase, not the deal", () => {
    const s = teslaWithDealFirst("hbm");
    const { orders } = attackOrders(s, "tesla", "memory");
    // The dies wait for HBM: the standing 3 000 a month plus the gap (the deal already counts in it).
    const gap = stacksGap(s, "tesla");
    expect(gap).toBeGreaterThan(100);
    expect(procurementOrders(orders, "hbm")).toEqual([expect.objectContaining({ perMonth: Math.round(SPOT.hbm + gap) })]);
    for (const o of orders) expect(checkOrder(s, "tesla", o)).toBeNull();
  });

  it("logic: more wafers on the spot market starts from the standing purchase, not the deal", () => {
    const s = teslaWithDealFirst("wafer");
    s.factions.tesla.logicWafers = 0;
    s.factions.tesla.hbm = 200_000;
    const gap = wafersFor(diesGap(s, "tesla"));
    expect(gap).toBeGreaterThan(10);
    const { orders } = attackOrders(s, "tesla", "logic");
    expect(procurementOrders(orders, "wafer")).toEqual([expect.objectContaining({ perMonth: Math.round(SPOT.wafer + gap) })]);
  });

  it("a pile of HBM halves the standing purchase even with a deal listed first", () => {
    const s = teslaWithDealFirst("hbm");
    const f = s.factions.tesla;
    f.logicWafers = 0;
    f.hbm = 500_000;
    f.flows.acceleratorsMade = 10;
    const trims = procurementOrders(attackOrders(s, "tesla", "logic").orders, "hbm");
    expect(trims).toEqual([expect.objectContaining({ perMonth: SPOT.hbm / 2 })]);
  });
});
