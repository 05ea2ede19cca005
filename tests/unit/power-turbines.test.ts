// Power: gas turbines arrive after the maker's backlog plus build time (docs/design.md §6).
import { describe, expect, it } from "vitest";
import { CASTING_FUNDING_DELAY, CASTING_GW_PER_BILLION, TURBINE_BUILD_MONTHS, TURBINES, previewOrder } from "../../shared/index";
import { monthsOfOutput } from "../../shared/model/turbine-queue";
import { quietMatch, tick } from "./helpers";

describe("gas turbines", () => {
  it("1 GW from GE is ready after GE's backlog is worked off plus the build, not a month earlier", () => {
    const s0 = quietMatch();
    const backlog = s0.turbines.ge.backlogGW;
    const expected = Math.ceil((backlog + 1) / TURBINES.ge.outputPerMonth) + TURBINE_BUILD_MONTHS;
    let s = tick(s0, [{ issuer: "tesla", order: { type: "orderTurbines", maker: "ge", gw: 1 } }]);
    const project = s.power.find((p) => p.source === "turbine")!;
    expect(project.readyMonth).toBe(expected);
    expect(expected).toBeGreaterThan(48); // the backlog runs to ~2030
    while (s.month < expected) {
      expect(s.factions.tesla.turbineGW).toBe(0);
      s = tick(s);
    }
    s = tick(s);
    expect(s.factions.tesla.turbineGW).toBeCloseTo(1, 9);
  });

  it("an order joins the maker's backlog, so the next order waits longer", () => {
    const s = tick(quietMatch(), [
      { issuer: "tesla", order: { type: "orderTurbines", maker: "mhi", gw: 10 } },
      { issuer: "china", order: { type: "orderTurbines", maker: "mhi", gw: 1 } },
    ]);
    const [a, b] = s.power.filter((p) => p.source === "turbine");
    expect(s.turbines.mhi.backlogGW).toBeGreaterThan(quietMatch().turbines.mhi.backlogGW + 10);
    expect(b.readyMonth!).toBeGreaterThan(a.readyMonth!);
    const alone = tick(quietMatch(), [{ issuer: "china", order: { type: "orderTurbines", maker: "mhi", gw: 1 } }]);
    expect(b.readyMonth!).toBeGreaterThan(alone.power.find((p) => p.source === "turbine")!.readyMonth!);
  });

  it("a turbine-delay event pushes deliveries back", () => {
    const s1 = tick(quietMatch(), [{ issuer: "tesla", order: { type: "orderTurbines", maker: "siemens", gw: 1 } }]);
    const before = s1.power.find((p) => p.source === "turbine")!.readyMonth!;
    const s2 = tick(s1, [{ issuer: "teacher", order: { type: "injectEvent", eventId: "turbine-delay" } }]);
    expect(s2.power.find((p) => p.source === "turbine")!.readyMonth!).toBeGreaterThan(before);
  });

  it("blade castings funded now bring forward the turbines already on order, a rival's too", () => {
    const orders = [
      { issuer: "tesla" as const, order: { type: "orderTurbines" as const, maker: "mhi" as const, gw: 2 } },
      { issuer: "china" as const, order: { type: "orderTurbines" as const, maker: "mhi" as const, gw: 1 } },
    ];
    const ready = (s: ReturnType<typeof tick>) => s.power.filter((p) => p.source === "turbine").map((p) => p.readyMonth!);
    const queued = tick(quietMatch(), orders);
    let plain = tick(queued);
    let funded = tick(queued, [{ issuer: "tesla", order: { type: "fundCasting", maker: "mhi", amount: 10_000 } }]);
    // The dates count the new casting line from the month it comes in: both orders waiting in MHI's
    // queue come sooner, and the date shown at once is the date kept.
    const [teslaPlain, chinaPlain] = ready(plain);
    const [teslaFunded, chinaFunded] = ready(funded);
    expect(teslaFunded).toBeLessThan(teslaPlain - 3);
    expect(chinaFunded).toBeLessThan(chinaPlain - 3);
    while (funded.month <= CASTING_FUNDING_DELAY + 2) {
      funded = tick(funded);
      plain = tick(plain);
    }
    expect(ready(funded)).toEqual([teslaFunded, chinaFunded]);
    // Unfunded, the date is the one promised at the order.
    expect(ready(plain)).toEqual(ready(queued));
    // And the turbines do come online on the earlier dates (China's order stands behind Tesla's).
    while (funded.month <= teslaFunded) funded = tick(funded);
    expect(funded.factions.tesla.turbineGW).toBeCloseTo(2, 9);
    expect(funded.factions.china.turbineGW).toBe(0);
    while (funded.month <= chinaFunded) funded = tick(funded);
    expect(funded.factions.china.turbineGW).toBeCloseTo(1, 9);
    expect(funded.month).toBeLessThan(chinaPlain);
  });

  it("a maker's queue is worked off at its output, faster from the month a funded casting line comes in", () => {
    const maker = { backlogGW: 0, outputPerMonth: 2 };
    expect(monthsOfOutput(maker, 10, 0)).toBe(5);
    expect(monthsOfOutput(maker, 10.5, 0)).toBe(6);
    // 2 GW a month in months 0–1, then 4: 2 + 2 + 4 + 4 ≥ 10 by the end of month 3.
    expect(monthsOfOutput({ ...maker, castingPipeline: [[2, 2]] }, 10, 0)).toBe(4);
    // The same line counted from later in the queue's life: months 5 and on all at 4.
    expect(monthsOfOutput({ ...maker, castingPipeline: [[2, 2]] }, 10, 5)).toBe(3);
    // A maker that makes nothing gives a finite (very late) answer, not a hang.
    expect(monthsOfOutput({ backlogGW: 0, outputPerMonth: 0 }, 1, 0)).toBe(1200);
  });

  it("the order's preview names the casting lines its date counts, and only when there are some", () => {
    const order = { type: "orderTurbines" as const, maker: "mhi" as const, gw: 1 };
    const effects = (s: ReturnType<typeof tick>) => {
      const p = previewOrder(s, "tesla", order);
      return p.ok ? p.effects : [];
    };
    const plain = quietMatch();
    expect(effects(plain).map((e) => e.key)).toEqual(["preview.turbine.backlog"]);
    const funded = tick(quietMatch(), [{ issuer: "china", order: { type: "fundCasting", maker: "mhi", amount: 5_000 } }]);
    const castings = effects(funded).find((e) => e.key === "preview.turbine.castings");
    expect(castings?.params).toEqual({ more: { gw: CASTING_GW_PER_BILLION * 5 }, month: { month: CASTING_FUNDING_DELAY } });
    // Another maker's queue is not sped up by MHI's castings.
    const ge = previewOrder(funded, "tesla", { ...order, maker: "ge" });
    expect(ge.ok && ge.effects.map((e) => e.key)).toEqual(["preview.turbine.backlog"]);
  });
});
