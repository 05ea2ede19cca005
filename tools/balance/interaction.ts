// The interaction matrix: each seat idled (does nothing) or doubled (starts with twice the
// cash), the three normal bots around it; how much each other faction's output moves against
// four normal bots on the same seeds, over a window of months. Two windows: the year to month 48
// (where issue 12 first measured it, while power binds Tesla) and months 49–72 (when logic and
// memory bind and the makers' new fabs come on line).
// A match that ends early (an instant win) is compared with its baseline only over the months
// both ran: otherwise a change that ends matches sooner would read as lost output.
import { FACTION_IDS, idlePlayer, runMatch, type FactionId, type GameState, type MatchLength } from "../../shared/index";
import { outputOf } from "./output";

export interface Window { from: number; to: number }
export const WINDOWS: readonly Window[] = [{ from: 37, to: 48 }, { from: 49, to: 72 }];

type Variant = "idle" | "doubled";
export type Matrix = Record<Variant, Record<FactionId, Record<FactionId, number>>>;
type Series = Record<FactionId, number[]>;

const FIRST = Math.min(...WINDOWS.map((w) => w.from));
const LAST = Math.max(...WINDOWS.map((w) => w.to));

/** Each faction's output in each month from FIRST that the match reached (index 0 = FIRST): one run serves every window. */
function outputSeries(months: MatchLength, seed: number, changed: FactionId | null, variant: Variant): Series {
  const series = Object.fromEntries(FACTION_IDS.map((f) => [f, [] as number[]])) as Series;
  const observe = (s: GameState) => {
    if (s.month < FIRST || s.month > LAST) return;
    for (const f of FACTION_IDS) series[f].push(outputOf(s, f));
  };
  const players = changed && variant === "idle" ? { [changed]: idlePlayer } : undefined;
  const setup = changed && variant === "doubled"
    ? (s: GameState) => { s.factions[changed].cash *= 2; }
    : undefined;
  runMatch({ seed, months, difficulty: "normal" }, { players, setup, observe, untilMonth: LAST });
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

/** The matrix for each window, in the order of WINDOWS. */
export function interactionMatrices(months: MatchLength, matches: number, seed0: number): Matrix[] {
  const base = Array.from({ length: matches }, (_, i) => outputSeries(months, seed0 + i, null, "idle"));
  const out = WINDOWS.map(() => ({ idle: {}, doubled: {} }) as Matrix);
  for (const variant of ["idle", "doubled"] as const) {
    for (const changed of FACTION_IDS) {
      const runs = base.map((_, i) => outputSeries(months, seed0 + i, changed, variant));
      WINDOWS.forEach((w, k) => {
        const cut = (xs: number[]) => xs.slice(w.from - FIRST, w.to - FIRST + 1);
        out[k][variant][changed] = Object.fromEntries(FACTION_IDS.map((f) => [f, relativeChange(runs.map((r, i) => ({ changed: cut(r[f]), base: cut(base[i][f]) })))])) as Record<FactionId, number>;
      });
    }
  }
  return out;
}

/** For each faction, the largest move its change causes in any other faction's output. */
export function strongestEffect(m: Matrix): Record<FactionId, number> {
  return Object.fromEntries(FACTION_IDS.map((c) => [c, Math.max(
    ...(["idle", "doubled"] as const).flatMap((v) => FACTION_IDS.filter((f) => f !== c).map((f) => Math.abs(m[v][c][f]))),
  )])) as Record<FactionId, number>;
}
