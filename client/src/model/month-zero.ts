// Each faction's limiting factor on 1 January 2026, as the engine computes it (with the
// numbers that prove it), for the faction cards. The engine is loaded on demand, so the title
// screen's download does not carry it.
import type { FactionId, Evidence, LimitingFactor } from "../../../shared/index";

export type MonthZero = Record<FactionId, { factor: LimitingFactor; evidence: Evidence }>;

let cached: MonthZero | null = null;
let loading: Promise<MonthZero> | null = null;

/** Known already (after the first load), or null. */
export function monthZeroNow(): MonthZero | null {
  return cached;
}

export function monthZero(months: 60 | 120 | 180 = 120): Promise<MonthZero> {
  // The one import of shared/ not through shared/index: a dynamic import of shared/index would
  // resolve to the title screen's chunk (which imports it statically) and put the engine in it.
  loading ??= import("../../../shared/model/create-match").then(({ createMatch }) => {
    const s = createMatch({ seed: 1, months });
    cached = Object.fromEntries(Object.entries(s.factions).map(([id, f]) => [id, { factor: f.limitingFactor, evidence: f.limitingEvidence }])) as MonthZero;
    return cached;
  });
  return loading;
}
