// How long the contracts list remembers a contract once it is over, and the one place a contract ends.
import { FINISHED_CONTRACT_KEPT_MONTHS } from "../data/limits";
import type { FactionId } from "../data/factions";
import type { Contract, GameState } from "./types";

export type EndedStatus = "declined" | "completed" | "cancelled" | "expired" | "broken";

/** The contract is over this month, for the reason its status gives (and, if broken, by whom). */
export function endContract(state: GameState, c: Contract, status: EndedStatus, by: FactionId | null = null): void {
  c.status = status;
  c.endedMonth = state.month;
  c.endedBy = by;
}

/**
 * Whether the list still keeps it: open and running contracts always; one that never delivered
 * (declined, withdrawn, expired) a year from its offer, which is how long a buyer turned down by a
 * maker asks the other one instead (advice/attack.ts); one that delivered a year from its end, so a
 * two-year contract is still there, completed, the month after its last delivery (it used to be
 * dropped at once, a year having passed since its start).
 */
export function keptInList(state: GameState, c: Contract): boolean {
  if (c.status === "offered" || c.status === "active") return true;
  const from = c.startMonth === null ? c.offeredMonth : (c.endedMonth ?? c.startMonth);
  return state.month - from < FINISHED_CONTRACT_KEPT_MONTHS;
}
