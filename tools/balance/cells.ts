// The balance table: win rates by match length × bot difficulty × faction, and the
// hard-seat table (one hard bot against three normal ones). Each cell also says how often its
// matches showed lesson 1 as the debrief judges it (Tesla bound by power, then logic, then memory,
// each for six months running): the lesson should not depend on the bots' level.
import { FACTION_IDS, runMatch, sustainedSequence, type Difficulty, type FactionId, type MatchLength } from "../../shared/index";
import { median, summarizeMilestones, type MilestoneMonths, type MilestoneTable } from "./milestones";

export type Rates = Record<FactionId, number>;

export interface Cell {
  months: MatchLength;
  difficulty: Difficulty;
  matches: number;
  winRate: Rates;
  meanScore: Rates;
  /** Share of matches ended by an instant win (all three milestones), and its median month. */
  instantWins: number;
  medianEndMonth: number | null;
  /** Which milestones each faction reached, and when. */
  milestones: MilestoneTable;
  /** Share of matches whose Tesla ran power → logic → memory, six months or more each (lesson 1). */
  lessonOne: number;
}

const LESSON_ONE = ["power", "logic", "memory"] as const;

export function zeroRates(): Rates {
  return Object.fromEntries(FACTION_IDS.map((f) => [f, 0])) as Rates;
}

/** `onMatch`: told each match's seed and winner, for measures that read the same matches (the draw terciles). */
export function cell(months: MatchLength, difficulty: Difficulty, matches: number, seed0: number, seats?: Partial<Record<FactionId, Difficulty>>, onMatch?: (seed: number, winner: FactionId | null) => void): Cell {
  const winRate = zeroRates();
  const meanScore = zeroRates();
  const ends: number[] = [];
  const reached: MilestoneMonths[] = [];
  let lessonOne = 0;
  for (let i = 0; i < matches; i++) {
    const { record, state } = runMatch({ seed: seed0 + i, months, difficulty }, { seats });
    onMatch?.(seed0 + i, record.winner);
    reached.push(Object.fromEntries(FACTION_IDS.map((f) => [f, { ...state.factions[f].milestones }])) as MilestoneMonths);
    if (record.winner) winRate[record.winner] += 1 / matches;
    for (const f of FACTION_IDS) meanScore[f] += record.factions[f].score / matches;
    if (record.endedMonth !== null && record.endedMonth < months - 1) ends.push(record.endedMonth);
    if (sustainedSequence(record.factions.tesla.limitingFactor, LESSON_ONE)) lessonOne += 1 / matches;
  }
  return { months, difficulty, matches, winRate, meanScore, instantWins: ends.length / matches, medianEndMonth: median(ends), milestones: summarizeMilestones(reached), lessonOne };
}

/** Win rate of a hard bot in each seat against three normal bots. */
export function hardSeats(months: MatchLength, matches: number, seed0: number): Rates {
  const out = zeroRates();
  for (const f of FACTION_IDS) out[f] = cell(months, "normal", matches, seed0, { [f]: "hard" }).winRate[f];
  return out;
}
