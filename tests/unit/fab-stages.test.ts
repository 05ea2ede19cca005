// Fabs: permitting → shell → tool install → ramp, in that order; tools gate the install; ramp learns yield.
import { describe, expect, it } from "vitest";
import { FACTIONS, INSTALL_MONTHS, SHELL_MONTHS, VOLUME_YIELD, type GameState } from "../../shared/index";
import { deliverAllTools, fabById, foundFab, putInRamp, quietMatch, tick } from "./helpers";

function collapse(xs: string[]): string[] {
  return xs.filter((x, i) => i === 0 || xs[i - 1] !== x);
}

describe("fab stages", () => {
  it("a greenfield fab goes permitting → shell → install → ramp → volume, each for its drawn months", () => {
    let { state, id } = foundFab(quietMatch(4), "tsmc", "taiwan", "N3", 10);
    deliverAllTools(fabById(state, id)); // isolate construction from the vendors' queues
    const { shellMonths, installMonths } = fabById(state, id);
    expect(shellMonths).toBeGreaterThanOrEqual(SHELL_MONTHS.min);
    expect(shellMonths).toBeLessThanOrEqual(SHELL_MONTHS.max);
    expect(installMonths).toBeGreaterThanOrEqual(INSTALL_MONTHS.min);
    expect(installMonths).toBeLessThanOrEqual(INSTALL_MONTHS.max);
    const stages = [fabById(state, id).stage as string];
    let rampYield: number | null = null;
    for (let i = 0; i < 80 && fabById(state, id).stage !== "volume"; i++) {
      state = tick(state);
      const fab = fabById(state, id);
      if (fab.stage === "ramp" && rampYield === null) rampYield = fab.yield;
      stages.push(fab.stage);
    }
    expect(collapse(stages)).toEqual(["permitting", "shell", "install", "ramp", "volume"]);
    const count = (s: string) => stages.filter((x) => x === s).length;
    expect(count("permitting")).toBe(3 - 1); // the month that ends permitting already shows the shell
    expect(count("shell")).toBe(shellMonths);
    expect(count("install")).toBe(installMonths);
    expect(rampYield).toBeCloseTo(FACTIONS.tsmc.rampStartYield, 9);
  });

  it("tool install cannot finish while one tool set is missing, and finishes once it arrives", () => {
    let { state, id } = foundFab(quietMatch(), "tsmc", "taiwan", "N3", 10);
    const fab = fabById(state, id);
    deliverAllTools(fab);
    fab.toolsDelivered.euv = (fab.toolsNeeded.euv ?? 0) - 1; // one EUV scanner short
    fab.stage = "install";
    fab.progress = 0;
    fab.stageMonths = fab.installMonths;
    fab.shellCostLeft = 0;
    for (let i = 0; i < 30; i++) state = tick(state);
    const stuck = fabById(state, id);
    expect(stuck.stage).toBe("install");
    expect(stuck.blocker).toBe("tools");
    expect(stuck.progress).toBeLessThan(stuck.stageMonths);
    stuck.toolsDelivered.euv = stuck.toolsNeeded.euv;
    state = tick(state);
    expect(fabById(state, id).stage).toBe("ramp");
    expect(state.eventLog.some((e) => e.id === "fab-tools-installed" && e.params?.fab === id)).toBe(true);
  });

  it("no tools at all: a fab can sit through permitting and shell but never leaves install", () => {
    let { state, id } = foundFab(quietMatch(), "tsmc", "taiwan", "N3", 10);
    for (let i = 0; i < 48; i++) state = tick(state);
    expect(fabById(state, id).stage).toBe("install");
    expect(fabById(state, id).progress).toBe(0);
  });

  it("ramp raises yield every month toward the mature yield and never past it", () => {
    let { state, id } = foundFab(quietMatch(), "tsmc", "taiwan", "N3", 10);
    putInRamp(fabById(state, id), 0, FACTIONS.tsmc.rampMonths);
    const yields: number[] = [];
    for (let i = 0; i < 30; i++) {
      state = tick(state);
      yields.push(fabById(state, id).yield);
    }
    const mature = FACTIONS.tsmc.matureYield;
    for (let i = 1; i < yields.length; i++) expect(yields[i]).toBeGreaterThanOrEqual(yields[i - 1]);
    expect(yields[1]).toBeGreaterThan(yields[0]);
    expect(yields[0]).toBeGreaterThan(FACTIONS.tsmc.rampStartYield);
    for (const y of yields) expect(y).toBeLessThanOrEqual(mature + 1e-12);
    expect(yields[yields.length - 1]).toBeCloseTo(mature, 9);
    expect(fabById(state, id).stage).toBe("volume");
  });

  it("volumeMonth is the first month yield reaches 70 % (at full staffing)", () => {
    const { state, id } = foundFab(quietMatch(), "samsung", "korea", "N3", 10);
    putInRamp(fabById(state, id), 0, FACTIONS.samsung.rampMonths);
    let firstAt70: number | null = null;
    let s: GameState = state;
    for (let i = 0; i < 40; i++) {
      const month = s.month;
      s = tick(s);
      const fab = fabById(s, id);
      if (firstAt70 === null && fab.yield >= VOLUME_YIELD - 1e-9) firstAt70 = month;
      if (firstAt70 === null) expect(fab.volumeMonth).toBeNull();
    }
    expect(firstAt70).not.toBeNull();
    expect(fabById(s, id).volumeMonth).toBe(firstAt70);
  });

  it("a fab short of engineers in ramp does not count as in volume even at 70 % yield", () => {
    let { state, id } = foundFab(quietMatch(), "tesla", "texas", "N3", 50);
    putInRamp(fabById(state, id), FACTIONS.tesla.rampMonths, FACTIONS.tesla.rampMonths); // fully learned
    fabById(state, id).yield = FACTIONS.tesla.matureYield;
    state.factions.tesla.engineers = 0.1; // far below what a 50 k fab needs
    state = tick(state);
    expect(fabById(state, id).yield).toBeGreaterThanOrEqual(VOLUME_YIELD);
    expect(fabById(state, id).volumeMonth).toBeNull();
  });
});
