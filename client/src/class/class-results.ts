// The class's results as the server exports them (GET /api/classrooms/:code/results.json),
// and the class-wide figures the debrief states.
import { FACTION_IDS, type FactionId, MILESTONE_IDS, type LimitingFactor } from "../../../shared/index";
import { runsOf } from "../ui/charts";

export interface MatchResult {
  matchId: string;
  month: number;
  status: string;
  winner: FactionId | null;
  dramPrice: number[];
  fabs: Array<{ owner: FactionId; node: string; site: string; startedMonth: number | null; volumeMonth: number | null }>;
  factions: Record<FactionId, { limitingFactor: LimitingFactor; score: number; milestones: Record<string, number | null>; limitingHistory: LimitingFactor[]; computeHistory: number[]; salesHistory?: number[]; students: string[]; controller: string }>;
}

export interface ClassResults {
  code: string;
  updatedAt: string;
  students: Array<{ nickname: string; match: string; faction: FactionId; milestones: Record<string, number | null>; score: number; monthsUnder: Record<string, number> }>;
  matches: MatchResult[];
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Month by month, the mean of several series (each as long as it is). */
export function meanSeries(series: number[][]): number[] {
  const len = Math.max(0, ...series.map((s) => s.length));
  return Array.from({ length: len }, (_, i) => mean(series.filter((s) => i < s.length).map((s) => s[i])));
}

/** When a milestone was reached in each match (null where it was not). */
export function milestoneMonths(r: ClassResults, faction: FactionId, index: number): Array<number | null> {
  const id = MILESTONE_IDS[faction][index];
  return r.matches.map((m) => m.factions[faction]?.milestones[id] ?? null);
}


/** Months until a seat first moved off its starting factor (its whole length if never). */
export function firstRun(history: LimitingFactor[]): number {
  return runsOf(history)[0]?.[2] ?? 0;
}

export function seatsOf(r: ClassResults): Array<{ match: number; faction: FactionId; score: number; history: LimitingFactor[]; students: string[] }> {
  return r.matches.flatMap((m, i) => FACTION_IDS.map((f) => ({ match: i, faction: f, score: m.factions[f]?.score ?? 0, history: m.factions[f]?.limitingHistory ?? [], students: m.factions[f]?.students ?? [] })));
}
