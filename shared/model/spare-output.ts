// What a seller can still promise under contract: what it made last month less what its active
// contracts already take. Sellers (the bots) accept an offer only up to half of it, so a buyer who
// asks for more is refused; the advice and the bots size their offers by it.
import type { FactionId } from "../data/factions";
import type { GameState } from "./types";

/** Share of its spare output a seller agrees to promise in one more contract. */
export const PROMISABLE_SHARE = 0.5;

export function spareOutput(state: GameState, seller: FactionId, good: string): number {
  const f = state.factions[seller];
  const made = good === "wafer" ? f.flows.logicWafersMade : good === "hbm" ? f.flows.hbmMade : good === "dram" ? f.flows.dramMade : f.warehouse;
  const promised = state.contracts.filter((c) => c.status === "active" && c.seller === seller && c.good === good).reduce((s, c) => s + c.perMonth, 0);
  return made - promised;
}

/** The most a buyer can ask of this seller in one contract and still have it accepted (a little under the seller's limit). */
export function askableOf(state: GameState, seller: FactionId, good: string): number {
  return Math.floor(0.9 * PROMISABLE_SHARE * spareOutput(state, seller, good));
}
