// "Next up": what will bind each faction next, and roughly when — the real engine run forward
// on a copy with only what is already queued (fabs building, tools and power on order,
// standing procurement and contracts), no new orders.
import { FACTION_IDS, type FactionId } from "../data/factions";
import { NEXT_UP_MONTHS } from "../data/limiting";
import type { GameState, LimitingFactor } from "../model/types";
import { cloneState, stepInPlace } from "../rules/step";

export interface NextUp {
  factor: LimitingFactor;
  /** The month it first binds in the projection. */
  month: number;
}

export type NextUpByFaction = Record<FactionId, NextUp | null>;

/** The state without its month-by-month histories: the projection needs none of them, and copies far less. */
function withoutHistory(state: GameState): GameState {
  const factions = { ...state.factions };
  for (const id of FACTION_IDS) factions[id] = { ...state.factions[id], limitingHistory: [], computeHistory: [], cashHistory: [] };
  const markets = { ...state.markets };
  for (const g of Object.keys(markets) as Array<keyof typeof markets>) markets[g] = { ...markets[g], history: [] };
  return { ...state, factions, markets, eventLog: [] };
}

/** For each faction, the first factor other than today's that binds within the horizon (null: none in sight). */
export function nextUp(state: GameState, months = NEXT_UP_MONTHS): NextUpByFaction {
  const out = Object.fromEntries(FACTION_IDS.map((id) => [id, null])) as NextUpByFaction;
  if (state.status !== "running") return out;
  const now = Object.fromEntries(FACTION_IDS.map((id) => [id, state.factions[id].limitingFactor])) as Record<FactionId, LimitingFactor>;
  let s = cloneState(withoutHistory(state));
  let open = FACTION_IDS.length;
  for (let m = 0; m < months && s.status === "running" && open > 0; m++) {
    const month = s.month;
    s = stepInPlace(s, []).state;
    for (const id of FACTION_IDS) {
      if (out[id] !== null) continue;
      const factor = s.factions[id].limitingFactor;
      if (factor !== now[id] && factor !== "none") {
        out[id] = { factor, month };
        open -= 1;
      }
    }
  }
  return out;
}
