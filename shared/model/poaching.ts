// Who may lure whose staff, and how many are left to lure this month: the rule (rules/orders/finance.ts)
// and the hard bot (bots/poaching.ts) read the same limits.
import { POACH_SHARE_PER_MONTH } from "../data/construction";
import type { FactionId } from "../data/factions";
import { cutOffFromWest } from "./sanctions";
import type { GameState } from "./types";

/** US persons may not work for China's advanced fabs (the Oct 2022 rule), and under tight sanctions no Western firm's staff. */
export function poachSanctioned(state: GameState, issuer: FactionId, from: FactionId): boolean {
  return issuer === "china" && (from === "tesla" || cutOffFromWest(state, issuer));
}

/** This month's staff lured from the rival so far: [month, engineers, PhDs]. */
function lostThisMonth(state: GameState, from: FactionId): [number, number, number] {
  const lost = state.factions[from].poachedLoss;
  return lost && lost[0] === state.month ? lost : [state.month, 0, 0];
}

/** Engineers (thousands) and PhDs (hundreds) all poachers together may still take from the rival this
 *  month: a share of the staff it had before anyone poached it. */
export function poachRoom(state: GameState, from: FactionId): { engineers: number; phds: number } {
  const rival = state.factions[from];
  const lost = lostThisMonth(state, from);
  return {
    engineers: Math.max(0, POACH_SHARE_PER_MONTH * (rival.engineers + lost[1]) - lost[1]),
    phds: Math.max(0, POACH_SHARE_PER_MONTH * (rival.phds + lost[2]) - lost[2]),
  };
}

/** Records a poaching: the staff leave the rival now. */
export function takeStaff(state: GameState, from: FactionId, engineers: number, phds: number): void {
  const rival = state.factions[from];
  const lost = lostThisMonth(state, from);
  rival.engineers -= engineers;
  rival.phds -= phds;
  rival.poachedLoss = [state.month, lost[1] + engineers, lost[2] + phds];
}
