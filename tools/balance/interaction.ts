// The interaction matrix: each seat idled (does nothing) or doubled (starts with twice the
// cash), the three normal bots around it; how much each other faction's output
// over the year to month 48 moves against four normal bots on the same seeds.
import { FACTION_IDS, idlePlayer, runMatch, type FactionId, type GameState, type MatchLength } from "../../shared/index";
import { outputOf } from "./output";

const HORIZON = 48;
const WINDOW = 12;

type Variant = "idle" | "doubled";
export type Matrix = Record<Variant, Record<FactionId, Record<FactionId, number>>>;

function yearOutput(months: MatchLength, seed: number, changed: FactionId | null, variant: Variant): Record<FactionId, number> {
  const sum = Object.fromEntries(FACTION_IDS.map((f) => [f, 0])) as Record<FactionId, number>;
  const observe = (s: GameState) => {
    if (s.month <= HORIZON - WINDOW) return;
    for (const f of FACTION_IDS) sum[f] += outputOf(s, f);
  };
  const players = changed && variant === "idle" ? { [changed]: idlePlayer } : undefined;
  const setup = changed && variant === "doubled"
    ? (s: GameState) => { s.factions[changed].cash *= 2; }
    : undefined;
  runMatch({ seed, months, difficulty: "normal" }, { players, setup, observe, untilMonth: HORIZON });
  return sum;
}

export function interactionMatrix(months: MatchLength, matches: number, seed0: number): Matrix {
  const base = Object.fromEntries(FACTION_IDS.map((f) => [f, 0])) as Record<FactionId, number>;
  for (let i = 0; i < matches; i++) {
    const o = yearOutput(months, seed0 + i, null, "idle");
    for (const f of FACTION_IDS) base[f] += o[f];
  }
  const out = { idle: {}, doubled: {} } as Matrix;
  for (const variant of ["idle", "doubled"] as const) {
    for (const changed of FACTION_IDS) {
      const total = Object.fromEntries(FACTION_IDS.map((f) => [f, 0])) as Record<FactionId, number>;
      for (let i = 0; i < matches; i++) {
        const o = yearOutput(months, seed0 + i, changed, variant);
        for (const f of FACTION_IDS) total[f] += o[f];
      }
      out[variant][changed] = Object.fromEntries(FACTION_IDS.map((f) => [f, base[f] > 0 ? total[f] / base[f] - 1 : 0])) as Record<FactionId, number>;
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
