// The interaction matrix: each seat idled (does nothing) or doubled (starts with twice the
// cash), and China's seat curbing its solar exports from the first month (its one lever aimed at
// the others; the normal bot plays the rest), the three normal bots around it; how much each other faction's output moves against
// four normal bots on the same seeds, over a window of months. Five windows, after the phases of
// Tesla's arc in normal-bot matches: months 7–18, when logic binds it (its opening warehouse is
// powered and its own fab is years off, so the wafers it can buy or book decide its compute);
// 19–36, when power and memory take turns and the opening contracts deliver; the year to month 48
// (where issue 12 first measured it, while power binds Tesla); 49–72, when the makers' new fabs come
// on line; and from month 73 to the end (what a rival founded in the first years puts out: a fab
// takes about five years, so a choice made in 2026 shows in another faction's output only then).
// Windows are cut to the match's length. A match that ends early (an instant win) is compared with
// its baseline only over the months both ran: otherwise a change that ends matches sooner would
// read as lost output.
import { botDecisions, FACTION_IDS, idlePlayer, runMatch, type FactionId, type GameState, type MatchLength, type Order } from "../../shared/index";
import { outputOf } from "./output";

export interface Window { from: number; to: number }
const WINDOW_STARTS = [7, 19, 37, 49, 73];

/** The windows a match of this length has: each from its start to the next window's, the last to the final month. */
export function windowsFor(months: number): Window[] {
  const last = months - 1;
  const out: Window[] = [];
  for (let i = 0; i < WINDOW_STARTS.length && WINDOW_STARTS[i] <= last; i++) {
    const next = WINDOW_STARTS[i + 1];
    out.push({ from: WINDOW_STARTS[i], to: next === undefined ? last : Math.min(last, next - 1) });
  }
  return out;
}

export const VARIANTS = ["idle", "doubled", "curbs"] as const;
type Variant = (typeof VARIANTS)[number];
/** The seats each variant changes: every seat is idled and doubled; only China can curb. */
export const VARIANT_SEATS: Record<Variant, readonly FactionId[]> = { idle: FACTION_IDS, doubled: FACTION_IDS, curbs: ["china"] };
type Row = Record<FactionId, number>;
/** Every seat's row for idle and doubled; only China's for curbs. */
export type Matrix = Record<"idle" | "doubled", Record<FactionId, Row>> & { curbs: Partial<Record<FactionId, Row>> };

/** The normal bot, plus the curb on solar exports from the first month it can give it. */
function curbingPlayer(state: GameState, id: FactionId): Order[] {
  const orders = botDecisions(state, id, "normal").map((d) => d.order);
  if (state.solarCurbSince === null) orders.push({ type: "curbSolarExports", on: true });
  return orders;
}
type Series = Record<FactionId, number[]> & { winner: FactionId | null };

/** Each faction's output in each month from `first` that the match reached (index 0 = first): one run serves every window. */
function outputSeries(months: MatchLength, seed: number, changed: FactionId | null, variant: Variant, first: number, last: number): Series {
  const series = Object.fromEntries(FACTION_IDS.map((f) => [f, [] as number[]])) as unknown as Series;
  const observe = (s: GameState) => {
    // The match is played to its end for its winner; the output series stops where it always has,
    // before the last month's play (whose state would repeat the last month's label).
    if (s.month < first || s.month > last || s.endedMonth === months - 1) return;
    for (const f of FACTION_IDS) series[f].push(outputOf(s, f));
  };
  const players = changed && variant === "idle" ? { [changed]: idlePlayer } : changed && variant === "curbs" ? { [changed]: curbingPlayer } : undefined;
  const setup = changed && variant === "doubled"
    ? (s: GameState) => { s.factions[changed].cash *= 2; }
    : undefined;
  series.winner = runMatch({ seed, months, difficulty: "normal" }, { players, setup, observe }).record.winner;
  return series;
}

/** Total output with the change over total output without it, less one, each match counted over
 *  the months both of its runs reached. */
export function relativeChange(pairs: Array<{ changed: number[]; base: number[] }>): number {
  let moved = 0;
  let was = 0;
  for (const p of pairs) {
    const both = Math.min(p.changed.length, p.base.length);
    for (let m = 0; m < both; m++) { moved += p.changed[m]; was += p.base[m]; }
  }
  return was > 0 ? moved / was - 1 : 0;
}

/** How many of these runs (series from month `first`) were still going at the window's first month. */
export function runsReaching(runs: Array<{ length: number }>, first: number, w: Window): number {
  return runs.filter((r) => r.length > w.from - first).length;
}

export interface Interaction {
  /** The matrix for each window of windowsFor(months), in that order, with how many of the baseline
   *  matches reached the window: a window most matches never reach (they ended in an instant win)
   *  rests on the few that did, and its figures swing with them. */
  windows: Array<{ matrix: Matrix; reached: number }>;
  /** China's win rate in the same matches played by the normal bot and by the bot that curbs: a
   *  lever that won more would be the bots' to use, one that won less nobody's. */
  chinaWins: { normal: number; curbing: number };
}

export function interactionMatrices(months: MatchLength, matches: number, seed0: number): Interaction {
  const windows = windowsFor(months);
  const first = windows[0].from;
  const last = windows[windows.length - 1].to;
  const base = Array.from({ length: matches }, (_, i) => outputSeries(months, seed0 + i, null, "idle", first, last));
  const out = windows.map(() => ({ idle: {}, doubled: {}, curbs: {} }) as Matrix);
  const chinaWins = { normal: winShare(base, "china"), curbing: 0 };
  for (const variant of VARIANTS) {
    for (const changed of VARIANT_SEATS[variant]) {
      const runs = base.map((_, i) => outputSeries(months, seed0 + i, changed, variant, first, last));
      if (variant === "curbs") chinaWins.curbing = winShare(runs, "china");
      windows.forEach((w, k) => {
        const cut = (xs: number[]) => xs.slice(w.from - first, w.to - first + 1);
        (out[k][variant] as Partial<Record<FactionId, Row>>)[changed] = Object.fromEntries(FACTION_IDS.map((f) => [f, relativeChange(runs.map((r, i) => ({ changed: cut(r[f]), base: cut(base[i][f]) })))])) as Record<FactionId, number>;
      });
    }
  }
  return { windows: out.map((matrix, k) => ({ matrix, reached: runsReaching(base.map((b) => b.tesla), first, windows[k]) })), chinaWins };
}

const winShare = (runs: Series[], id: FactionId) => (runs.length ? runs.filter((r) => r.winner === id).length / runs.length : 0);

/** For each faction, the largest move its change causes in any other faction's output. */
export function strongestEffect(m: Matrix): Record<FactionId, number> {
  return Object.fromEntries(FACTION_IDS.map((c) => [c, Math.max(
    ...VARIANTS.flatMap((v) => FACTION_IDS.filter((f) => f !== c).map((f) => Math.abs((m[v] as Partial<Record<FactionId, Row>>)[c]?.[f] ?? 0))),
  )])) as Record<FactionId, number>;
}

export type WindowResult = Window & { reached: number; strongest: Record<FactionId, number> };

/** A window fewer than half the matches reached (the others ended in an instant win): its figures
 *  rest on the few that did. */
export function thinWindow(w: { reached: number }, matches: number): boolean {
  return w.reached * 2 < matches;
}

/** For each faction, its strongest effect on another over every window that is not thin (the
 *  target asks it of any change, in any phase), and the window it was in. */
export function strongestOverWindows(windows: WindowResult[], matches: number): Record<FactionId, { effect: number; window: Window | null }> {
  const solid = windows.filter((w) => !thinWindow(w, matches));
  return Object.fromEntries(FACTION_IDS.map((f) => {
    let best: { effect: number; window: Window | null } = { effect: 0, window: null };
    for (const w of solid) if (w.strongest[f] > best.effect) best = { effect: w.strongest[f], window: { from: w.from, to: w.to } };
    return [f, best];
  })) as Record<FactionId, { effect: number; window: Window | null }>;
}
