// What a faction physically puts out, for the interaction matrix: deployers (Tesla, China)
// the compute they run; makers (TSMC, Samsung) the goods they sell at reference prices.
// Physical, not a share of the world, so idling one faction does not lift the others by arithmetic.
import { computeGW, type FactionId, type GameState } from "../../shared/index";

export function outputOf(state: GameState, id: FactionId): number {
  const f = state.factions[id];
  return id === "tesla" || id === "china" ? computeGW(f) : f.flows.salesVolume;
}
