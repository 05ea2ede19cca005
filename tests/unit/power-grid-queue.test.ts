// Power: grid interconnects come out of a regional queue at a limited rate, first come first served (docs/design.md §6).
import { describe, expect, it } from "vitest";
import { applyOrder, checkOrder, GRID_COST_PER_GW, GRID_NPC_SHARE, GRID_RELEASE_PER_MONTH } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

const usRelease = GRID_RELEASE_PER_MONTH.us * (1 - GRID_NPC_SHARE.us);

describe("grid queue", () => {
  it("a request is paid up front and connected at the region's monthly release", () => {
    const s0 = quietMatch();
    const g0 = s0.factions.tesla.gridGW;
    let s = tick(s0, [{ issuer: "tesla", order: { type: "buildPower", source: "grid", region: "us", gw: 1 } }]);
    expect(s.factions.tesla.gridGW).toBeCloseTo(g0 + usRelease, 9);
    const copy = structuredClone(s0);
    expect(applyOrder(copy, "tesla", { type: "buildPower", source: "grid", region: "us", gw: 1 })).toBeNull();
    expect(s0.factions.tesla.cash - copy.factions.tesla.cash).toBeCloseTo(GRID_COST_PER_GW, 6);
    const monthsToFill = Math.ceil(1 / usRelease);
    for (let i = 1; i < monthsToFill - 1; i++) s = tick(s);
    expect(s.factions.tesla.gridGW).toBeLessThan(g0 + 1);
    for (let i = 0; i < 3; i++) s = tick(s);
    expect(s.factions.tesla.gridGW).toBeCloseTo(g0 + 1, 9);
    expect(s.power.filter((p) => p.source === "grid")).toHaveLength(0);
  });

  it("a later request waits until the earlier one is connected", () => {
    let s = tick(quietMatch(), [
      { issuer: "tesla", order: { type: "buildPower", source: "grid", region: "us", gw: 0.5 } },
      { issuer: "tesla", order: { type: "buildPower", source: "grid", region: "us", gw: 0.5 } },
    ]);
    const [first, second] = s.power.filter((p) => p.source === "grid");
    expect(first.gw).toBeCloseTo(0.5 - usRelease, 9);
    expect(second.gw).toBe(0.5);
    s = tick(s);
    const left = s.power.filter((p) => p.source === "grid");
    expect(left.length).toBe(2);
    expect(left[1].gw).toBe(0.5);
  });

  it("China's grid releases faster than the US's, and each side builds only in its own regions", () => {
    expect(GRID_RELEASE_PER_MONTH.china * (1 - GRID_NPC_SHARE.china)).toBeGreaterThan(usRelease);
    const s = quietMatch();
    expect(checkOrder(s, "china", { type: "buildPower", source: "grid", region: "us", gw: 1 })?.code).toBe("not-allowed");
    expect(checkOrder(s, "tesla", { type: "buildPower", source: "grid", region: "china", gw: 1 })?.code).toBe("not-allowed");
    expect(checkOrder(s, "tsmc", { type: "buildPower", source: "grid", region: "taiwan", gw: 1 })?.code).toBe("not-allowed");
  });
});
