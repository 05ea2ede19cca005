// Each faction's limiting factor on 1 January 2026, as the engine computes it (with the
// numbers that prove it), for the faction cards. The numbers depend on the match's draws (when a
// fab being built will produce), so they are those of the seed the match will use. The engine is
// loaded on demand, so the title screen's download does not carry it.
import type { FactionId, Evidence, LimitingFactor, MatchLength } from "../../../shared/index";

export type MonthZero = Record<FactionId, { factor: LimitingFactor; evidence: Evidence }>;

const cached = new Map<string, MonthZero>();
const loading = new Map<string, Promise<MonthZero>>();

/** Known already for this match (after its first load), or null. */
export function monthZeroNow(seed: number, months: MatchLength): MonthZero | null {
  return cached.get(`${seed}:${months}`) ?? null;
}

export function monthZero(seed: number, months: MatchLength): Promise<MonthZero> {
  const key = `${seed}:${months}`;
  let p = loading.get(key);
  if (!p) {
    // The one import of shared/ not through shared/index: a dynamic import of shared/index would
    // resolve to the title screen's chunk (which imports it statically) and put the engine in it.
    p = import("../../../shared/model/create-match").then(({ createMatch }) => {
      const s = createMatch({ seed, months });
      const zero = Object.fromEntries(Object.entries(s.factions).map(([id, f]) => [id, { factor: f.limitingFactor, evidence: f.limitingEvidence }])) as MonthZero;
      cached.set(key, zero);
      return zero;
    });
    loading.set(key, p);
  }
  return p;
}
