// Talent: a faction short of engineers builds slower (and its ramps learn slower).
import { describe, expect, it } from "vitest";
import { FACTIONS, MIN_STAFFING_RATE } from "../../shared/index";
import { fabById, foundFab, putInRamp, quietMatch, tick } from "./helpers";

describe("understaffing", () => {
  it("a shell advances slower when the builder is short of engineers, never below the contractors' floor", () => {
    let { state, id } = foundFab(quietMatch(), "tesla", "texas", "N2", 100);
    while (fabById(state, id).stage === "permitting") state = tick(state);
    const staffed = structuredClone(state);
    staffed.factions.tesla.engineers = 50;
    const short = structuredClone(state);
    short.factions.tesla.engineers = 0.5; // a 100 k N2 shell needs several thousand
    const p0 = fabById(state, id).progress;
    const a = tick(staffed);
    const b = tick(short);
    const full = fabById(a, id).progress - p0;
    const slow = fabById(b, id).progress - p0;
    expect(slow).toBeLessThan(full);
    expect(slow).toBeGreaterThanOrEqual(full * MIN_STAFFING_RATE - 1e-9);
    expect(fabById(b, id).blocker).toBe("talent");
  });

  it("a ramp short of engineers and PhDs learns yield slower", () => {
    const { state, id } = foundFab(quietMatch(), "tesla", "texas", "N2", 100);
    putInRamp(fabById(state, id), 0, FACTIONS.tesla.rampMonths);
    const staffed = structuredClone(state);
    staffed.factions.tesla.engineers = 50;
    staffed.factions.tesla.phds = 50;
    const short = structuredClone(state);
    short.factions.tesla.engineers = 0.5;
    short.factions.tesla.phds = 0.1;
    let a = staffed;
    let b = short;
    for (let i = 0; i < 6; i++) {
      a = tick(a);
      b = tick(b);
    }
    expect(fabById(b, id).learning).toBeLessThan(fabById(a, id).learning);
    expect(fabById(b, id).yield).toBeLessThan(fabById(a, id).yield);
    // and runs below capacity
    expect(fabById(b, id).output).toBeLessThan(fabById(a, id).output);
  });

  it("PhDs speed learning: the same engineers with more PhDs reach a higher yield", () => {
    const { state, id } = foundFab(quietMatch(), "tesla", "texas", "N2", 50);
    putInRamp(fabById(state, id), 0, FACTIONS.tesla.rampMonths);
    const many = structuredClone(state);
    many.factions.tesla.engineers = 50;
    many.factions.tesla.phds = 50;
    const few = structuredClone(state);
    few.factions.tesla.engineers = 50;
    few.factions.tesla.phds = 0;
    const a = tick(tick(many));
    const b = tick(tick(few));
    expect(fabById(a, id).learning).toBeGreaterThan(fabById(b, id).learning);
  });
});
