// Posts: the people a faction's fabs need, and how many more it has work for. The advice and the bots
// hire to it; the rules let a faction lure a rival's staff only into posts it has (§5 "Talent").
import { PHDS_PER_10K_RAMP } from "../data/construction";
import type { FactionId } from "../data/factions";
import type { GameState } from "../model/types";
import { engineersNeeded } from "./month/talent";

/** Staff hired beyond the fabs' need: people leave, and fabs move on to stages that need more. tuned */
const HIRE_MARGIN = 1.1;

/** Engineers (thousands) and PhDs (hundreds) the faction's fabs need now. */
export function staffNeed(state: GameState, id: FactionId): { engineers: number; phds: number } {
  let engineers = 0;
  let phds = 0;
  for (const fab of state.fabs) {
    if (fab.owner !== id) continue;
    engineers += engineersNeeded(fab);
    if (fab.stage === "ramp") phds += PHDS_PER_10K_RAMP * (fab.capacity / 10);
  }
  return { engineers, phds };
}

/** Engineers (thousands) and PhDs (hundreds) the faction wants beyond its staff and the hires already
 *  coming (poached ones included): its fabs' need with HIRE_MARGIN to spare. Its open posts. */
export function staffWanted(state: GameState, id: FactionId): { engineers: number; phds: number } {
  const f = state.factions[id];
  const { engineers, phds } = staffNeed(state, id);
  const coming = [0, 0];
  for (const [, e, p] of f.hiring) {
    coming[0] += e;
    coming[1] += p;
  }
  return { engineers: Math.max(0, engineers * HIRE_MARGIN - f.engineers - coming[0]), phds: Math.max(0, phds * HIRE_MARGIN - f.phds - coming[1]) };
}
