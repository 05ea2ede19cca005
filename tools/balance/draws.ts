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

export function drawTerciles(months: MatchLength, matches: number, seed0: number): Draws {
  const rows = [] as Array<{ seed: number; winner: FactionId | null; draws: Record<string, number> }>;
  let changed = 0;
  for (let i = 0; i < matches; i++) {
    const seed = seed0 + i;
    const start = createMatch({ seed, months });
    const draws: Record<string, number> = {};
    for (const d of DECISIVE) draws[`${d.faction}:${d.program}`] = start.factions[d.faction].research[d.program].cost / RESEARCH[d.program].cost;
    const winner = runMatch({ seed, months, difficulty: "normal" }).record.winner;
    const quiet = runMatch({ seed, months, difficulty: "normal", events: false }).record.winner;
    if (quiet !== winner) changed += 1;
    rows.push({ seed, winner, draws });
  }
  const terciles = DECISIVE.map(({ faction, program }) => {
    const key = `${faction}:${program}`;
    const sorted = [...rows].sort((a, b) => a.draws[key] - b.draws[key]);
    const third = Math.ceil(sorted.length / 3);
    const winRate = [0, 1, 2].map((t) => {
      const part = sorted.slice(t * third, (t + 1) * third);
      return part.length ? part.filter((r) => r.winner === faction).length / part.length : 0;
    }) as [number, number, number];
    const lo = Math.min(...winRate);
    return { faction, program, winRate, ratio: lo > 0 ? Math.max(...winRate) / lo : Infinity };
  });
  return { terciles, eventsChangeWinner: changed / matches, unrelatedDiffer: differentWinnerChance(rows.map((r) => r.winner)) };
}
