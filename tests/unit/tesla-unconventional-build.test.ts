// Tesla's "competent personnel, unconventional operation": builds faster, ramps from a lower yield (docs/design.md §5, §8).
import { describe, expect, it } from "vitest";
import { FACTIONS, type GameState } from "../../shared/index";
import { deliverAllTools, fabById, quietMatch, tick } from "./helpers";

describe("Tesla's unconventional build", () => {
  function twinFabs(): { state: GameState; tesla: string; tsmc: string } {
    const s0 = quietMatch(5);
    const s1 = tick(s0, [
      { issuer: "tesla", order: { type: "buildFab", site: "arizona", node: "N3", capacity: 10 } },
      { issuer: "tsmc", order: { type: "buildFab", site: "arizona", node: "N3", capacity: 10 } },
    ]);
    const [tesla, tsmc] = [s1.fabs.filter((f) => f.owner === "tesla").at(-1)!, s1.fabs.filter((f) => f.owner === "tsmc").at(-1)!];
    // Same drawn stage lengths and every tool on site, so only the builders differ.
    tesla.shellMonths = tsmc.shellMonths = 22;
    tesla.installMonths = tsmc.installMonths = 12;
    deliverAllTools(tesla);
    deliverAllTools(tsmc);
    return { state: s1, tesla: tesla.id, tsmc: tsmc.id };
  }

  it("a Tesla shell advances faster per month than the same shell built by TSMC at the same site", () => {
    let { state, tesla, tsmc } = twinFabs();
    while (fabById(state, tesla).stage === "permitting" || fabById(state, tsmc).stage === "permitting") state = tick(state);
    const t0 = fabById(state, tesla).progress;
    const s0 = fabById(state, tsmc).progress;
    state = tick(state);
    const teslaRate = fabById(state, tesla).progress - t0;
    const tsmcRate = fabById(state, tsmc).progress - s0;
    expect(tsmcRate).toBeCloseTo(1, 9);
    expect(teslaRate).toBeCloseTo(1 / FACTIONS.tesla.buildSpeed, 9);
    expect(teslaRate).toBeGreaterThan(tsmcRate);
  });

  it("Tesla's fab reaches its ramp sooner but starts the ramp at a lower yield", () => {
    let { state, tesla, tsmc } = twinFabs();
    const entered: Record<string, { month: number; yield: number }> = {};
    for (let i = 0; i < 60 && Object.keys(entered).length < 2; i++) {
      const month = state.month;
      state = tick(state);
      for (const id of [tesla, tsmc]) {
        const fab = fabById(state, id);
        if (fab.stage === "ramp" && !entered[id]) entered[id] = { month, yield: fab.yield };
      }
    }
    expect(entered[tesla].month).toBeLessThan(entered[tsmc].month);
    expect(entered[tesla].yield).toBeCloseTo(FACTIONS.tesla.rampStartYield, 9);
    expect(entered[tsmc].yield).toBeCloseTo(FACTIONS.tsmc.rampStartYield, 9);
    expect(entered[tesla].yield).toBeLessThan(entered[tsmc].yield);
  });
});
