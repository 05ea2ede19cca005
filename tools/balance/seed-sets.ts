// The balance on several seed sets at once: bots and markets are chaotic enough that one run of
// 200 matches moves by several points on other seeds, so a change is judged by the spread over
// sets, not by one run. Set k starts at seed0 + 5 000·k (1, 5 001, 10 001, … from seed 1).
import { DIFFICULTIES, FACTION_IDS, MATCH_LENGTHS, type Difficulty, type FactionId, type MatchLength } from "../../shared/index";
import { cell, hardSeats, type Rates } from "./cells";
import { ladder, type Ladder } from "./ladder";
import { targetMisses } from "./misses";

export const SET_STRIDE = 5000;

export interface SetResult {
  seed: number;
  cellPoints: number;
  cellsOff: number;
  hardPoints: number;
  /** Seats where easy < normal < hard fails at 120 months. */
  ladderOff: string[];
  /** Each cell's win rates, to see which cells miss on every set and which only on some. */
  cells: Array<{ months: MatchLength; difficulty: Difficulty; winRate: Rates }>;
  /** The ladder's win rates (easy, normal and hard seat against three normal bots, 120 months). */
  ladder: Pick<Ladder, "easy" | "normal" | "hard">;
}

/** The first seed of each set. */
export function setSeeds(seed0: number, sets: number): number[] {
  return Array.from({ length: sets }, (_, k) => seed0 + SET_STRIDE * k);
}

/** Cells (every length × difficulty), the hard seat and the ladder (120 months) on one seed set. */
export function seedSet(seed: number, matches: number): SetResult {
  const cells = MATCH_LENGTHS.flatMap((m) => DIFFICULTIES.map((d) => cell(m, d, matches, seed)));
  const hard = hardSeats(120, matches, seed);
  const misses = targetMisses({ cells, hardSeats: [{ winRate: hard }] });
  const normal = cells.find((c) => c.months === 120 && c.difficulty === "normal")!.winRate;
  const { easy, hard: hardRung, outOfOrder } = ladder(120, matches, seed, hard, normal);
  return {
    seed, cellPoints: misses.cellPoints, cellsOff: misses.cellsOff, hardPoints: misses.hardPoints, ladderOff: outOfOrder,
    cells: cells.map((c) => ({ months: c.months, difficulty: c.difficulty, winRate: c.winRate })),
    ladder: { easy, normal, hard: hardRung },
  };
}

export type Spread = ReturnType<typeof spread>;

/** Each cell's win rate per faction over the sets: a cell whose mean is out of range misses on most sets, not by chance. */
export function cellSpreads(results: SetResult[]): Array<{ months: MatchLength; difficulty: Difficulty; winRate: Record<FactionId, Spread> }> {
  if (results.length === 0) return [];
  return results[0].cells.map((c, i) => ({
    months: c.months,
    difficulty: c.difficulty,
    winRate: Object.fromEntries(FACTION_IDS.map((f) => [f, spread(results.map((r) => r.cells[i].winRate[f]))])) as Record<FactionId, Spread>,
  }));
}

/** Each seat's ladder (easy / normal / hard) over the sets. */
export function ladderSpreads(results: SetResult[]): Record<FactionId, Record<"easy" | "normal" | "hard", Spread>> {
  return Object.fromEntries(FACTION_IDS.map((f) => [f, {
    easy: spread(results.map((r) => r.ladder.easy[f])),
    normal: spread(results.map((r) => r.ladder.normal[f])),
    hard: spread(results.map((r) => r.ladder.hard[f])),
  }])) as Record<FactionId, Record<"easy" | "normal" | "hard", Spread>>;
}

/** Mean, least and most of a figure over the sets. */
export function spread(xs: number[]): { mean: number; min: number; max: number } {
  return { mean: xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length), min: Math.min(...xs), max: Math.max(...xs) };
}
