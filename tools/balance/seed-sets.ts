// The balance on several seed sets at once: bots and markets are chaotic enough that one run of
// 200 matches moves by several points on other seeds, so a change is judged by the spread over
// sets, not by one run. Set k starts at seed0 + 5 000·k (1, 5 001, 10 001, … from seed 1).
import { DIFFICULTIES, MATCH_LENGTHS } from "../../shared/index";
import { cell, hardSeats } from "./cells";
import { ladder } from "./ladder";
import { targetMisses } from "./misses";

export const SET_STRIDE = 5000;

export interface SetResult {
  seed: number;
  cellPoints: number;
  cellsOff: number;
  hardPoints: number;
  /** Seats where easy < normal < hard fails at 120 months. */
  ladderOff: string[];
}

/** The first seed of each set. */
export function setSeeds(seed0: number, sets: number): number[] {
  return Array.from({ length: sets }, (_, k) => seed0 + SET_STRIDE * k);
}

/** Cells (every length × difficulty), the hard seat and the ladder (120 months) on one seed set. */
export function seedSet(seed: number, matches: number): SetResult {
  const cells = MATCH_LENGTHS.flatMap((m) => DIFFICULTIES.map((d) => cell(m, d, matches, seed)));
  const hard = hardSeats(120, matches, seed);
  const misses = targetMisses({ cells, hardSeat: { winRate: hard } });
  const normal = cells.find((c) => c.months === 120 && c.difficulty === "normal")!.winRate;
  return { seed, cellPoints: misses.cellPoints, cellsOff: misses.cellsOff, hardPoints: misses.hardPoints, ladderOff: ladder(120, matches, seed, hard, normal).outOfOrder };
}

/** Mean, least and most of a figure over the sets. */
export function spread(xs: number[]): { mean: number; min: number; max: number } {
  return { mean: xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length), min: Math.min(...xs), max: Math.max(...xs) };
}
