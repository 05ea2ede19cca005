// Credit a faction can draw on, and what it costs: tied to trailing revenue and the fabs it owns,
// dearer as it borrows more (issue 12: money with real cost and limits).
import {
  CREDIT_ASSET_SHARE, CREDIT_REVENUE_YEARS, CREDIT_STATE_BACKING, LEVERAGE_SPREAD_YEAR, LOAN_RATE_YEAR,
} from "../data/finance";
import type { FactionId } from "../data/factions";
import { shellCostOf } from "./fab-plan";
import type { GameState } from "./types";

/** The fabs' book value: what their shells cost, $M. */
export function fabBookValue(state: GameState, id: FactionId): number {
  let v = 0;
  for (const fab of state.fabs) if (fab.owner === id) v += shellCostOf(fab.node, fab.capacity);
  return v;
}

/** The most this faction may owe, $M. */
export function creditLimitOf(state: GameState, id: FactionId): number {
  const f = state.factions[id];
  return Math.round(CREDIT_REVENUE_YEARS * f.revenueYear + CREDIT_ASSET_SHARE * fabBookValue(state, id) + CREDIT_STATE_BACKING[id]);
}

/** What it may still borrow, $M. */
export function creditLeft(state: GameState, id: FactionId): number {
  return Math.max(0, creditLimitOf(state, id) - state.factions[id].debt);
}

/** The yearly rate on its debt: the faction's base rate plus a spread that grows with leverage. */
export function loanRateOf(state: GameState, id: FactionId, extraDebt = 0): number {
  return rateAtDebt(id, state.factions[id].debt + extraDebt, creditLimitOf(state, id));
}

/** The yearly rate a faction pays at this debt against this credit line (the borrow panel's preview of a loan). */
export function rateAtDebt(id: FactionId, debt: number, limit: number): number {
  const used = limit > 0 ? Math.min(1.5, debt / limit) : 1.5;
  return LOAN_RATE_YEAR[id] + LEVERAGE_SPREAD_YEAR * used * used;
}
