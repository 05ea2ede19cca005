// The balance on several seed sets at once: bots and markets are chaotic enough that one run of
// 200 matches moves by several points on other seeds, so a change is judged by the spread over
// sets, not by one run. Set k starts at seed0 + 5 000·k (1, 5 001, 10 001, … from seed 1).
import { DIFFICULTIES, FACTION_IDS, MATCH_LENGTHS, type Difficulty, type FactionId, type MatchLength } from "../../shared/index";
import { cell, hardSeats, type Rates } from "./cells";
import { drawsOf, tercilesOf, type DrawRow, type DrawTerciles } from "./draws";
import { ladder, type Ladder } from "./ladder";
import { openingTest } from "./opening";
import { targetMisses } from "./misses";

export const SET_STRIDE = 5000;

export interface SetResult {
  seed: number;
  cellPoints: number;
  cellsOff: number;
  hardPoints: number;
  /** Seats where easy < normal < hard fails, with the length ("samsung@60"). */
  ladderOff: string[];
  /** Each cell's win rates, to see which cells miss on every set and which only on some. */
  cells: Array<{ months: MatchLength; difficulty: Difficulty; winRate: Rates }>;
  /** The ladder's win rates (easy, normal and hard seat against three normal bots) at each length asked
   *  for: the hard seat is its top rung. */
  ladders: Array<{ months: MatchLength } & Pick<Ladder, "easy" | "normal" | "hard">>;
  /** Each normal-bot match's hidden draws and winner at each length asked for (120 months unless
   *  asked): the draw terciles pooled over the sets rest on every set's matches. */
  draws: Array<{ months: MatchLength; rows: DrawRow[] }>;
  /** The month-0 all-in at each length asked for (none unless asked): each faction's win rate as the
   *  all-in seat against three normal bots, next to the all-normal cell's. */
  openings: Array<{ months: MatchLength; normal: Rates; allIn: Rates }>;
}

/** The first seed of each set. */
export function setSeeds(seed0: number, sets: number): number[] {
  return Array.from({ length: sets }, (_, k) => seed0 + SET_STRIDE * k);
}

/** Cells (every length × difficulty), and the hard seat and the ladder at each of `ladderMonths`
 *  (120 months unless asked: each length costs four hard and four easy seats of `matches` matches),
 *  on one seed set. The hard-seat distance sums over those lengths. The draw terciles' rows at
 *  `drawMonths` come from the all-normal cells' matches; the all-in at `openingMonths` costs four
 *  seats and a booking Tesla of `matches` matches a length. */
export function seedSet(seed: number, matches: number, ladderMonths: readonly MatchLength[] = [120], drawMonths: readonly MatchLength[] = [120], openingMonths: readonly MatchLength[] = []): SetResult {
  // The draw terciles read the all-normal cells' own matches: each one's draws and winner.
  const draws = drawMonths.map((months) => ({ months, rows: [] as DrawRow[] }));
  const cells = MATCH_LENGTHS.flatMap((m) => DIFFICULTIES.map((d) => {
    const rows = d === "normal" ? draws.find((x) => x.months === m)?.rows : undefined;
    return cell(m, d, matches, seed, undefined, rows && ((s, winner) => rows.push({ seed: s, winner, draws: drawsOf(m, s) })));
  }));
  const ladders = ladderMonths.map((months) => {
    const normal = cells.find((c) => c.months === months && c.difficulty === "normal")!.winRate;
    const { easy, hard, outOfOrder } = ladder(months, matches, seed, hardSeats(months, matches, seed), normal);
    return { months, easy, normal, hard, outOfOrder };
  });
  const misses = targetMisses({ cells, hardSeats: ladders.map((l) => ({ winRate: l.hard })) });
  return {
    seed, cellPoints: misses.cellPoints, cellsOff: misses.cellsOff, hardPoints: misses.hardPoints,
    ladderOff: ladders.flatMap((l) => l.outOfOrder.map((f) => `${f}@${l.months}`)),
    cells: cells.map((c) => ({ months: c.months, difficulty: c.difficulty, winRate: c.winRate })),
    ladders: ladders.map(({ months, easy, normal, hard }) => ({ months, easy, normal, hard })),
    draws,
    openings: openingMonths.map((months) => {
      const normal = cells.find((c) => c.months === months && c.difficulty === "normal")!.winRate;
      return { months, normal, allIn: openingTest(months, matches, seed, normal).allIn };
    }),
  };
}

/** The all-in's gain over the normal bot (points of win rate, as a fraction) for each faction at each
 *  length the sets measured it: mean, least and most over the sets. */
export function openingSpreads(results: SetResult[]): Array<{ months: MatchLength; gain: Record<FactionId, Spread> }> {
  if (results.length === 0) return [];
  return results[0].openings.map((o, i) => ({
    months: o.months,
    gain: Object.fromEntries(FACTION_IDS.map((f) => [f, spread(results.map((r) => r.openings[i].allIn[f] - r.openings[i].normal[f]))])) as Record<FactionId, Spread>,
  }));
}

/** The draw terciles at each length the sets measured them: pooled over every set's matches, and
 *  each set's own ratio (least and most) to show how far one set of `matches` strays. */
export function drawSpreads(results: SetResult[]): Array<{ months: MatchLength; matches: number; pooled: DrawTerciles[]; ratio: Record<string, Spread> }> {
  if (results.length === 0) return [];
  return results[0].draws.map((d, i) => {
    const perSet = results.map((r) => tercilesOf(r.draws[i].rows));
    const pooled = tercilesOf(results.flatMap((r) => r.draws[i].rows));
    const ratio = Object.fromEntries(pooled.map((t, k) => [`${t.faction}:${t.program}`, spread(perSet.map((p) => p[k].ratio))]));
    return { months: d.months, matches: results.reduce((s, r) => s + r.draws[i].rows.length, 0), pooled, ratio };
  });
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

export type LadderSpread = Record<FactionId, Record<"easy" | "normal" | "hard", Spread>>;

/** Each seat's ladder (easy / normal / hard) over the sets, at each length the sets measured it. */
export function ladderSpreads(results: SetResult[]): Array<{ months: MatchLength; seats: LadderSpread }> {
  if (results.length === 0) return [];
  return results[0].ladders.map((l, i) => ({
    months: l.months,
    seats: Object.fromEntries(FACTION_IDS.map((f) => [f, {
      easy: spread(results.map((r) => r.ladders[i].easy[f])),
      normal: spread(results.map((r) => r.ladders[i].normal[f])),
      hard: spread(results.map((r) => r.ladders[i].hard[f])),
    }])) as LadderSpread,
  }));
}

/** Mean, least and most of a figure over the sets. */
export function spread(xs: number[]): { mean: number; min: number; max: number } {
  return { mean: xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length), min: Math.min(...xs), max: Math.max(...xs) };
}
