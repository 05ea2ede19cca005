// A class's results, one row per student: nickname, match, faction, milestones with
// months, score and months spent under each limiting factor. CSV and JSON.
import { LIMITING_FACTORS, MILESTONE_IDS, type FactionId } from "../../shared/index";
import type { ClassMatchSummary } from "./class-summary";

export interface StudentResult {
  nickname: string;
  /** The match's id (its replay is at /replay/<id>). */
  match: string;
  /** The match as the teacher's dashboard names it: "Match 1", "Match 2"… */
  matchName?: string;
  faction: FactionId;
  milestones: Record<string, number | null>;
  score: number;
  monthsUnder: Record<string, number>;
}

/** `order`: the class's match ids in the dashboard's order (its "Match 1", "Match 2"…); default: the summaries'. */
export function classResults(students: Array<{ name: string; matchId: string; faction: FactionId }>, matches: ClassMatchSummary[], order: string[] = matches.map((m) => m.matchId)): StudentResult[] {
  const byId = new Map(matches.map((m) => [m.matchId, m]));
  return students.map((s) => {
    const f = byId.get(s.matchId)?.factions[s.faction];
    const monthsUnder = Object.fromEntries(LIMITING_FACTORS.map((lf) => [lf, f ? f.limitingHistory.filter((x) => x === lf).length : 0]));
    const n = order.indexOf(s.matchId) + 1;
    return { nickname: s.name, match: s.matchId, ...(n > 0 ? { matchName: `Match ${n}` } : {}), faction: s.faction, milestones: f?.milestones ?? {}, score: f?.score ?? 0, monthsUnder };
  });
}

/**
 * A text a spreadsheet would run as a formula (= + - @, or a leading tab or CR) gets a
 * leading apostrophe: shown as text, never evaluated. (OWASP "CSV injection".)
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(v: string | number | null): string {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const s = neutralise(v === null ? "" : String(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Ids the server made (a match id may start with "-"): kept exact, since the class debrief's
 *  replay links are built from them; nobody can type a formula into them. */
const SERVER_IDS: ReadonlySet<string> = new Set(["matchId", "match", "code"]);

/** The JSON export with every text value neutralised the same way (names can be typed by anyone), ids aside. */
export function neutraliseExport(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return neutralise(value);
  if (depth > 16 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => neutraliseExport(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SERVER_IDS.has(k) && typeof v === "string" ? v : neutraliseExport(v, depth + 1)]));
}

export function resultsCsv(rows: StudentResult[]): string {
  const milestoneCols = ["milestone_1", "milestone_2", "milestone_3"];
  // "match" as the dashboard says it ("Match 1"); its id (for /replay/<id>) in the last column.
  const header = ["nickname", "match", "faction", ...milestoneCols.flatMap((c) => [c, `${c}_month`]), "score", ...LIMITING_FACTORS.map((lf) => `months_${lf}`), "match_id"];
  const lines = rows.map((r) => {
    const ids = MILESTONE_IDS[r.faction];
    const ms = ids.flatMap((id) => [id, r.milestones[id] ?? null]);
    return [r.nickname, r.matchName ?? r.match, r.faction, ...ms, r.score, ...LIMITING_FACTORS.map((lf) => r.monthsUnder[lf]), r.match].map(cell).join(",");
  });
  return [header.join(","), ...lines].join("\n") + "\n";
}
