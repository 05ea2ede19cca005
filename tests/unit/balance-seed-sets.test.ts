// The balance on several seed sets: each set starts 5 000 seeds after the last, its distance is the
// balance tool's for the same matches, and the spread reads the mean and range right.
import { describe, expect, it } from "vitest";
import { DIFFICULTIES, MATCH_LENGTHS } from "../../shared/index";
import { cell, hardSeats } from "../../tools/balance/cells";
import { targetMisses } from "../../tools/balance/misses";
import { seedSet, setSeeds, spread } from "../../tools/balance/seed-sets";

describe("balance on seed sets", () => {
  it("sets start at seed, seed + 5 000, seed + 10 000 …", () => {
    expect(setSeeds(1, 3)).toEqual([1, 5001, 10001]);
    expect(setSeeds(7, 1)).toEqual([7]);
  });

  it("a set's distance is the balance tool's on the same matches", () => {
    const matches = 3;
    const cells = MATCH_LENGTHS.flatMap((m) => DIFFICULTIES.map((d) => cell(m, d, matches, 5001)));
    const misses = targetMisses({ cells, hardSeat: { winRate: hardSeats(120, matches, 5001) } });
    const set = seedSet(5001, matches);
    expect(set.seed).toBe(5001);
    expect(set.cellPoints).toBeCloseTo(misses.cellPoints, 9);
    expect(set.cellsOff).toBe(misses.cellsOff);
    expect(set.hardPoints).toBeCloseTo(misses.hardPoints, 9);
  });

  it("the spread is the mean and the range", () => {
    expect(spread([10, 20, 60])).toEqual({ mean: 30, min: 10, max: 60 });
  });
});
