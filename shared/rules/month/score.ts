// Score = milestone points + a share of the world AI compute each faction enabled:
// the deployer, the logic supplier and the memory supplier all earn from one accelerator switched on.
import { FACTION_IDS } from "../../data/factions";
import { COMPUTE_SHARE_POINTS } from "../../data/milestones";
import { computeGW } from "../../model/compute";
import type { GameState } from "../../model/types";

export function runScore(state: GameState): void {
  let playerGW = 0;
  let logic = 0;
  let hbm = 0;
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    playerGW += computeGW(f);
    logic += f.flows.wafersSold + ownLogicUsed(state, id);
    hbm += f.flows.hbmSold + (f.flows.hbmUsed > 0 ? Math.min(f.flows.hbmUsed, f.flows.hbmMade) : 0);
  }
  const worldGW = playerGW + state.npc.aiComputeGW;
  state.world.computeGW = worldGW;
  const worldLogic = Math.max(logic, state.world.logicSoldAI + sumOwnLogic(state));
  const worldHbm = Math.max(hbm, state.world.hbmSoldTotal);
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    const deploy = worldGW > 0 ? computeGW(f) / worldGW : 0;
    const logicShare = worldLogic > 0 ? (f.flows.wafersSold + ownLogicUsed(state, id)) / worldLogic : 0;
    const memShare = worldHbm > 0 ? (f.flows.hbmSold + Math.min(f.flows.hbmUsed, f.flows.hbmMade)) / worldHbm : 0;
    f.enabled += (deploy + logicShare + memShare) / 3;
    f.score = Math.round(f.milestonePoints + (COMPUTE_SHARE_POINTS * f.enabled) / (state.month + 1));
  }
}

/** Logic wafers a deployer made in its own fabs and used itself. */
function ownLogicUsed(state: GameState, id: (typeof FACTION_IDS)[number]): number {
  const f = state.factions[id];
  return f.flows.goodDies > 0 ? f.flows.logicWafersMade : 0;
}

function sumOwnLogic(state: GameState): number {
  return FACTION_IDS.reduce((s, id) => s + ownLogicUsed(state, id), 0);
}
