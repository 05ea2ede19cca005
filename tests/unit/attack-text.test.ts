// "Attack it" in words: a standing purchase that lowers the one in force reads as a cut. On seed 2
// (normal bots) memory binds Tesla in month 29 and the engine's first order trims its wafer purchase
// from 2 k to 1 k a month (dies it cannot pair with HBM); the button read "Buy 1 k wafers a month on
// the spot market", the opposite of the advice.
import { describe, expect, it } from "vitest";
import { attackOrders, runMatch, standingPurchase, type GameState, type Order } from "../../shared/index";
import { describeOrder, leadOrder } from "../../client/src/hud/attack-text";

function stateAt(seed: number, month: number): GameState {
  let at: GameState | null = null;
  runMatch({ seed, months: 120, difficulty: "normal" }, { untilMonth: month, observe: (s) => { if (s.month === month) at = structuredClone(s); } });
  if (!at) throw new Error(`month ${month} not reached`);
  return at;
}

describe("describing the engine's orders", () => {
  it("a trimmed standing purchase reads as a cut, with what it was", () => {
    const s = stateAt(2, 29);
    const tesla = s.factions.tesla;
    expect(tesla.limitingFactor).toBe("memory");
    const first = attackOrders(s, "tesla").orders[0];
    expect(first).toMatchObject({ type: "setProcurement", good: "wafer", perMonth: 1 });
    expect(standingPurchase(tesla, "wafer")?.perMonth).toBe(2);
    expect(describeOrder(first, tesla)).toBe("Cut the spot purchase of wafers to 1 k a month (from 2 k)");
  });

  it("a larger purchase, or one read without the faction, reads as buying", () => {
    const tesla = stateAt(2, 29).factions.tesla;
    const more: Order = { type: "setProcurement", good: "wafer", perMonth: 5, maxPrice: 44 };
    expect(describeOrder(more, tesla)).toBe("Buy 5 k wafers a month on the spot market");
    expect(describeOrder({ ...more, perMonth: 1 })).toBe("Buy 1 k wafers a month on the spot market");
    // A supply deal is not the standing purchase: with none standing, any amount is buying.
    expect(describeOrder({ type: "setProcurement", good: "hbm", perMonth: 10, maxPrice: 900 }, { procurement: [{ good: "hbm", perMonth: 500, maxPrice: 900, fixedPrice: 620 }] })).toBe("Buy 10 k HBM stacks a month on the spot market");
  });

  it("the button names the factor's own first order, not the purchase it halves to pay for it", () => {
    // Seed 1, month 26: power binds Tesla; the engine first halves its wafer purchase (6 k → 3 k),
    // then fits chips into cars and robots and orders turbines.
    const s = stateAt(1, 26);
    const tesla = s.factions.tesla;
    expect(tesla.limitingFactor).toBe("power");
    const orders = attackOrders(s, "tesla").orders;
    expect(orders[0]).toMatchObject({ type: "setProcurement", good: "wafer", perMonth: 3 });
    expect(leadOrder(orders, tesla)).toBe(orders[1]);
    expect(describeOrder(leadOrder(orders, tesla)!, tesla)).toMatch(/^Fit \d+ k accelerators into cars and robots/);
    // Only cuts step aside: a list of nothing but a cut is labelled with it.
    expect(leadOrder([orders[0]], tesla)).toBe(orders[0]);
  });
});
