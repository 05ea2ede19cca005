// Crossing the licensed level changes what China may buy (HBM and AI accelerators): the news says
// so in words, not just as a new sanction level.
import { LICENCE_FEE, LICENSED_STACKS_PER_MONTH } from "../../data/tools";
import { LICENSED_LEVEL } from "../../model/sanctions";
import type { GameState } from "../../model/types";

export function reportLicenceChange(state: GameState, levelBefore: number): void {
  const licensedNow = state.sanctionLevel <= LICENSED_LEVEL;
  if (licensedNow === levelBefore <= LICENSED_LEVEL) return;
  state.eventLog.push({ month: state.month, id: licensedNow ? "licences-granted" : "licences-revoked", params: { feePct: Math.round(LICENCE_FEE * 100), stacks: LICENSED_STACKS_PER_MONTH } });
}
