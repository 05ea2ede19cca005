// Each balance cell says how often its matches showed lesson 1 as the debrief judges it (Tesla bound
// by power, then logic, then memory, six months or more each), counted match by match.
import { describe, expect, it } from "vitest";
import { runMatch, sustainedSequence } from "../../shared/index";
import { cell } from "../../tools/balance/cells";

describe("lesson 1 in the balance table", () => {
  it("is the share of the cell's matches whose Tesla ran power → logic → memory", () => {
    const seeds = [7000, 7001, 7002, 7003];
    for (const difficulty of ["normal", "hard"] as const) {
      const shown = seeds.filter((seed) => sustainedSequence(runMatch({ seed, months: 60, difficulty }).record.factions.tesla.limitingFactor, ["power", "logic", "memory"])).length;
      expect(cell(60, difficulty, seeds.length, seeds[0]).lessonOne).toBeCloseTo(shown / seeds.length, 12);
    }
  });

  it("reads all-normal matches as showing it, as the lessons benchmark does", () => {
    expect(cell(60, "normal", 4, 7000).lessonOne).toBeGreaterThanOrEqual(0.75);
  });
});
