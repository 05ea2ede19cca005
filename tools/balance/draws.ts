// The draw-tercile test: the per-match hidden draws (a breakthrough's cost) split into the cheapest,
// middle and dearest third; a faction's win rate in each. Also: how often turning the event deck
// off changes the winner, next to how often two unrelated matches would name different winners
// (1 − Σ p², from the win rates): a figure near that one means the deck reshuffles who wins as
// much as a new seed does, one well below it that the match's start decides more than its events.
import { createMatch, RESEARCH, runMatch, type FactionId, type MatchLength, type ResearchId } from "../../shared/index";

export interface DrawTerciles {
  faction: FactionId;
  program: ResearchId;
  /** Win rate in the cheapest, middle and dearest third of the draw. */
  winRate: [number, number, number];
  /** Largest over smallest tercile win rate (Infinity when a tercile never wins). */
  ratio: number;
}

/** The one-off breakthroughs that decide a faction's arc (the milestones that need them). */
const DECISIVE: Array<{ faction: FactionId; program: ResearchId }> = [
  { faction: "samsung", program: "hbm-qualification" },
  { faction: "china", program: "domestic-euv" },
];

export interface Draws {
  terciles: DrawTerciles[];
  /** Share of seeds whose winner changes when the event deck is off. */
  eventsChangeWinner: number;
  /** Chance that two unrelated matches name different winners, from the win rates with events on. */
  unrelatedDiffer: number;
}

/** 1 − Σ p² over the winners seen (no winner counts as one more outcome). */
export function differentWinnerChance(winners: ReadonlyArray<FactionId | null>): number {
  const counts = new Map<FactionId | null, number>();
  for (const w of winners) counts.set(w, (counts.get(w) ?? 0) + 1);
  let same = 0;
  for (const c of counts.values()) same += (c / winners.length) ** 2;
  return winners.length > 0 ? 1 - same : 0;
}

/** One match's hidden draws (each decisive programme's cost over its nominal) and its winner. */
export interface DrawRow {
  seed: number;
  winner: FactionId | null;
  draws: Record<string, number>;
}

const keyOf = (d: { faction: FactionId; program: ResearchId }) => `${d.faction}:${d.program}`;

/** A match's hidden draws, read from its start: each decisive programme's cost over its nominal. */
export function drawsOf(months: MatchLength, seed: number): Record<string, number> {
  const start = createMatch({ seed, months });
  const draws: Record<string, number> = {};
  for (const d of DECISIVE) draws[keyOf(d)] = start.factions[d.faction].research[d.program].cost / RESEARCH[d.program].cost;
  return draws;
}

/** Each decisive programme's faction's win rate by third of its draw, over these matches: from one
 *  run, or pooled over several seed sets (a third of 100 matches is 33 of them, and its win rate
 *  moves by ±8 points between runs, enough to read 1.4× as 2×). */
export function tercilesOf(rows: readonly DrawRow[]): DrawTerciles[] {
  return DECISIVE.map(({ faction, program }) => {
    const key = keyOf({ faction, program });
    const sorted = [...rows].sort((a, b) => a.draws[key] - b.draws[key] || a.seed - b.seed);
    // Thirds as even as the count allows (4 matches: 1, 2, 1), none empty from three matches up.
    const cut = (t: number) => Math.round((t * sorted.length) / 3);
    const winRate = [0, 1, 2].map((t) => {
      const part = sorted.slice(cut(t), cut(t + 1));
      return part.length ? part.filter((r) => r.winner === faction).length / part.length : 0;
    }) as [number, number, number];
    const lo = Math.min(...winRate);
    return { faction, program, winRate, ratio: lo > 0 ? Math.max(...winRate) / lo : Infinity };
  });
}

export function drawTerciles(months: MatchLength, matches: number, seed0: number): Draws {
  const rows: DrawRow[] = [];
  let changed = 0;
  for (let i = 0; i < matches; i++) {
    const seed = seed0 + i;
    const row = { seed, winner: runMatch({ seed, months, difficulty: "normal" }).record.winner, draws: drawsOf(months, seed) };
    const quiet = runMatch({ seed, months, difficulty: "normal", events: false }).record.winner;
    if (quiet !== row.winner) changed += 1;
    rows.push(row);
  }
  return { terciles: tercilesOf(rows), eventsChangeWinner: changed / matches, unrelatedDiffer: differentWinnerChance(rows.map((r) => r.winner)) };
}
