// Power: turbine blade and vane castings are the turbine makers' bottleneck (a few casters, booked for
// years); a deploying faction's money for a maker's casting line raises that maker's output for every
// buyer, after the line is built (docs/design.md §6).
import { describe, expect, it } from "vitest";
import { CASTING_FUNDING_DELAY, CASTING_GW_PER_BILLION, checkOrder, previewOrder, stateHash } from "../../shared/index";
import { turbineReadyMonth } from "../../shared/rules/orders/power";
import { quietMatch, tick } from "./helpers";

const fund = { type: "fundCasting", maker: "ge", amount: 5_000 } as const;

describe("funding turbine blade castings", () => {
  it("raises the maker's output from the delay on, and not before; other makers are untouched", () => {
    let funded = tick(quietMatch(), [{ issuer: "tesla", order: fund }]);
    let control = tick(quietMatch());
    for (let m = 1; m <= CASTING_FUNDING_DELAY + 2; m++) {
      const month = funded.month;
      funded = tick(funded);
      control = tick(control);
      const extra = funded.turbines.ge.outputPerMonth - control.turbines.ge.outputPerMonth;
      if (month < CASTING_FUNDING_DELAY) expect(extra, `month ${month}`).toBe(0);
      else expect(extra, `month ${month}`).toBeCloseTo(CASTING_GW_PER_BILLION * 5, 9);
      expect(funded.turbines.siemens.outputPerMonth).toBe(control.turbines.siemens.outputPerMonth);
    }
  });

  it("costs its amount, and a rival's later turbine order is served sooner too", () => {
    const s0 = quietMatch();
    let funded = tick(s0, [{ issuer: "tesla", order: fund }]);
    let control = tick(s0);
    expect(control.factions.tesla.cash - funded.factions.tesla.cash).toBeCloseTo(5_000, 6);
    for (let m = 0; m < CASTING_FUNDING_DELAY + 1; m++) {
      funded = tick(funded);
      control = tick(control);
    }
    // China did not pay, and its 5 GW from GE still comes sooner: the casting line serves every buyer.
    expect(turbineReadyMonth(funded, "ge", 5)).toBeLessThan(turbineReadyMonth(control, "ge", 5));
  });

  it("the preview names the maker, the extra output and the month, and costs what applying spends", () => {
    const s = quietMatch();
    const p = previewOrder(s, "tesla", fund);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.cost).toBe(5_000);
    const line = p.effects.find((e) => e.key === "preview.casting.more");
    expect(line?.params).toMatchObject({ maker: { text: "maker.ge" }, more: { gw: CASTING_GW_PER_BILLION * 5 }, month: { month: s.month + CASTING_FUNDING_DELAY } });
  });

  it("is refused, changing nothing, to a foundry, to a sanctioned China, to a faction without the cash, and to malformed input", () => {
    const s = quietMatch();
    const before = stateHash(s);
    expect(checkOrder(s, "tsmc", fund)?.code).toBe("not-allowed");
    expect(checkOrder(s, "teacher", fund)?.code).toBe("not-allowed");
    expect(checkOrder({ ...s, sanctionLevel: 2 }, "china", fund)?.code).toBe("sanctioned");
    expect(checkOrder(s, "china", fund)).toBeNull();
    expect(checkOrder(s, "tesla", { ...fund, amount: s.factions.tesla.cash + 1 })?.code).toBe("not-affordable");
    expect(checkOrder(s, "tesla", { ...fund, maker: "rolls-royce" })?.code).toBe("malformed");
    expect(checkOrder(s, "tesla", { ...fund, amount: -1 })?.code).toBe("malformed");
    expect(stateHash(s)).toBe(before);
  });
});
