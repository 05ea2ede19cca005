// The reference printed next to "events off changes the winner": how often two unrelated matches
// name different winners, 1 − Σ p² over the winners seen.
import { describe, expect, it } from "vitest";
import { differentWinnerChance } from "../../tools/balance/draws";

describe("chance that two unrelated matches name different winners", () => {
  it("is zero when one faction always wins", () => {
    expect(differentWinnerChance(["tsmc", "tsmc", "tsmc"])).toBe(0);
  });

  it("is three quarters when four factions win equally often", () => {
    expect(differentWinnerChance(["tesla", "tsmc", "samsung", "china"])).toBeCloseTo(0.75, 12);
  });

  it("counts a match nobody won as an outcome of its own", () => {
    // p = ½ tesla, ¼ china, ¼ none: 1 − (¼ + 1/16 + 1/16) = 5/8.
    expect(differentWinnerChance(["tesla", "tesla", "china", null])).toBeCloseTo(0.625, 12);
  });

  it("is zero for no matches", () => {
    expect(differentWinnerChance([])).toBe(0);
  });
});
