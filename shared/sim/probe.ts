// The relief probe: does the named limiting factor agree with the real engine?
// From a state, relieve each factor of a faction on a copy, play every seat with bots for
// PROBE_MONTHS, and compare the faction's objective with the unrelieved copy's.
import { FACTION_IDS, FACTIONS, type FactionId } from "../data/factions";
import { PROBE_MONTHS, PROBE_NOTHING_SHARE, PROBE_TOLERANCE } from "../data/limiting";
import { botOrders } from "../bots";
import { computeGW } from "../model/compute";
import type { GameState, LimitingFactor } from "../model/types";
import type { Difficulty } from "../protocol/options";
import { reliefsFor, relieve, type Relief } from "../rules/limiting/relieve";
import { cloneState, stepInPlace } from "../rules/step";
import { createMatch } from "../model/create-match";

/** A deployer's objective is powered compute (GW-months); a maker's is the value of what it sells ($M). */
function objectiveOf(state: GameState, id: FactionId): number {
  const f = state.factions[id];
  return FACTIONS[id].deploys ? computeGW(f) : f.flows.salesVolume;
}

/** Play bots for n months on this state (mutated) and sum each faction's objective month by month. */
function playOn(state: GameState, months: number, difficulty: Difficulty): Record<FactionId, number> {
  const total = Object.fromEntries(FACTION_IDS.map((id) => [id, 0])) as Record<FactionId, number>;
  let s = state;
  for (let m = 0; m < months && s.status === "running"; m++) {
    const orders = FACTION_IDS.flatMap((id) => botOrders(s, id, difficulty).map((order) => ({ issuer: id, order, typed: true as const })));
    s = stepInPlace(s, orders).state;
    for (const id of FACTION_IDS) total[id] += objectiveOf(s, id);
  }
  return total;
}

export interface ProbeResult {
  faction: FactionId;
  month: number;
  named: LimitingFactor;
  base: number;
  gains: Partial<Record<Relief, number>>;
  best: Relief;
  /** The named factor's gain is the best or within PROBE_TOLERANCE of it. */
  agrees: boolean;
  /** No relief raised the objective noticeably within the probe. */
  nothingHelps: boolean;
}

/** Probe every faction (or one) of a state. The state is not changed. */
export function probe(state: GameState, only?: FactionId, months = PROBE_MONTHS): ProbeResult[] {
  const difficulty = state.options.difficulty;
  const base = playOn(cloneState(state), months, difficulty);
  const out: ProbeResult[] = [];
  for (const id of only ? [only] : FACTION_IDS) {
    const gains: Partial<Record<Relief, number>> = {};
    for (const r of reliefsFor(id)) {
      const copy = cloneState(state);
      relieve(copy, id, r);
      gains[r] = playOn(copy, months, difficulty)[id] - base[id];
    }
    const entries = Object.entries(gains) as Array<[Relief, number]>;
    const [best, bestGain] = entries.reduce((a, b) => (b[1] > a[1] ? b : a));
    const named = state.factions[id].limitingFactor;
    const namedGain = named === "none" ? 0 : gains[named as Relief] ?? 0;
    const nothingHelps = bestGain <= PROBE_NOTHING_SHARE * Math.max(1e-9, Math.abs(base[id]));
    const agrees = nothingHelps || namedGain >= bestGain - PROBE_TOLERANCE * Math.abs(bestGain);
    out.push({ faction: id, month: state.month, named, base: base[id], gains, best, agrees, nothingHelps });
  }
  return out;
}

/** A seeded four-bot match played up to (and including) month `month`: the state a probe starts from. */
export function botMatchAt(seed: number, month: number, difficulty: Difficulty = "normal", months: 60 | 120 | 180 = 120): GameState {
  let s = createMatch({ seed, months, difficulty });
  while (s.status === "running" && s.month <= month) {
    const orders = FACTION_IDS.flatMap((id) => botOrders(s, id, difficulty).map((order) => ({ issuer: id, order, typed: true as const })));
    s = stepInPlace(s, orders).state;
  }
  return s;
}

/** Probe seeded bot matches at several months: the agreement the target is measured on. */
export function probeSeeds(seeds: number[], months: number[], difficulty: Difficulty = "normal"): ProbeResult[] {
  const out: ProbeResult[] = [];
  for (const seed of seeds) {
    let s = createMatch({ seed, months: 120, difficulty });
    for (const target of [...months].sort((a, b) => a - b)) {
      while (s.status === "running" && s.month <= target) {
        const orders = FACTION_IDS.flatMap((id) => botOrders(s, id, difficulty).map((order) => ({ issuer: id, order, typed: true as const })));
        s = stepInPlace(s, orders).state;
      }
      if (s.status !== "running") break;
      out.push(...probe(s));
    }
  }
  return out;
}
