// The share of leading-edge demand a faction serves: wafers sold, counted only in the proportion
// that came from leading-edge nodes (N3, N2) — 7 and 5 nm-class wafers go to the same market but
// are not what the leading-edge demand asks for.
import type { FactionState, GameState } from "./types";

export function leadingEdgeSold(f: FactionState): number {
  const made = f.flows.logicWafersMade;
  return made > 0 ? f.flows.wafersSold * Math.min(1, f.flows.leadingEdgeWafersMade / made) : 0;
}

export function leadingEdgeShare(state: GameState, f: FactionState): number {
  return state.world.leadingEdgeDemand > 0 ? leadingEdgeSold(f) / state.world.leadingEdgeDemand : 0;
}
