// Score = milestone points + points for the share of the world's AI compute a faction enabled
// with what it added during the match: compute it switched on beyond its starting compute, and
// wafers and HBM from fabs it built, expanded or finished. Starting assets earn nothing, so
// a faction that does nothing scores close to nothing. The compute points accumulate month by
// month over the match's length: the score rises as the faction achieves.
import { FACTION_IDS, type FactionId } from "../../data/factions";
import { DIES_PER_WAFER } from "../../data/chain";
import { COMPUTE_SHARE_POINTS, OWN_WAFER_CREDIT } from "../../data/milestones";
import { computeGW } from "../../model/compute";
import type { FactionState, GameState } from "../../model/types";

/** Share of a flow that came from credited fabs. */
function newShare(made: number, fromNew: number): number {
  return made > 0 ? Math.min(1, fromNew / made) : 0;
}

/**
 * Logic wafers from credited fabs that reached the AI chain this month: sold from leading-edge nodes,
 * or used by the deployer itself. A 7 or 5 nm-class wafer sold goes to phones, PCs and cars, not to the
 * hyperscalers' accelerators (the same reading as TSMC's leading-edge demand share), so it earns its
 * maker money but no AI points; a deployer's own wafers at any node are its accelerators (China's on
 * DUV). Before, a Samsung that founded N7 and N5 fabs at month 0 to sell their wafers won 100 % of
 * 60-month matches against three normal bots (26 % without); now 3 %.
 */
function creditedLogic(f: FactionState): number {
  return f.flows.wafersSold * newShare(f.flows.logicWafersMade, f.flows.newLeadingEdgeWafers) + usableOwnWafers(f);
}

/**
 * A deployer's own new wafers, counted only as far as its memory lets them become accelerators: up to
 * OWN_WAFER_CREDIT times the wafers its assembly took this month, that allowance shared between its new
 * fabs and its starting ones in proportion to what each made. Dies with no HBM to pair with enable no
 * compute. Counted without a limit, a China that borrowed the most and founded every fab at
 * month 0 won 52 % of 60-month matches against 20 % for the normal bot, its extra DUV dies piling up by
 * the million beside HBM for a tenth of them.
 */
function usableOwnWafers(f: FactionState): number {
  if (f.flows.goodDies <= 0 || f.flows.logicWafersMade <= 0 || f.logicWaferYield <= 0) return 0;
  const used = f.flows.acceleratorsMade / (DIES_PER_WAFER * f.logicWaferYield);
  return f.flows.newLogicWafers * Math.min(1, (OWN_WAFER_CREDIT * used) / f.flows.logicWafersMade);
}

function creditedHbm(f: FactionState): number {
  return (f.flows.hbmSold + Math.min(f.flows.hbmUsed, f.flows.hbmMade)) * newShare(f.flows.hbmMade, f.flows.newHbmMade);
}

function allLogic(f: FactionState): number {
  return f.flows.wafersSold + (f.flows.goodDies > 0 ? f.flows.logicWafersMade : 0);
}

export function runScore(state: GameState): void {
  let playerGW = 0;
  let logic = 0;
  let hbm = 0;
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    playerGW += computeGW(f);
    logic += allLogic(f);
    hbm += f.flows.hbmSold + Math.min(f.flows.hbmUsed, f.flows.hbmMade);
  }
  const worldGW = playerGW + state.npc.aiComputeGW;
  state.world.computeGW = worldGW;
  const ownLogic = FACTION_IDS.reduce((s, id: FactionId) => s + (state.factions[id].flows.goodDies > 0 ? state.factions[id].flows.logicWafersMade : 0), 0);
  const worldLogic = Math.max(logic, state.world.logicSoldAI + ownLogic);
  const worldHbm = Math.max(hbm, state.world.hbmSoldTotal);
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    const deploy = worldGW > 0 ? Math.max(0, computeGW(f) - f.startComputeGW) / worldGW : 0;
    const logicShare = worldLogic > 0 ? creditedLogic(f) / worldLogic : 0;
    const memShare = worldHbm > 0 ? creditedHbm(f) / worldHbm : 0;
    f.enabledBy.deploy += deploy / 3;
    f.enabledBy.logic += logicShare / 3;
    f.enabledBy.memory += memShare / 3;
    f.enabled = f.enabledBy.deploy + f.enabledBy.logic + f.enabledBy.memory;
    f.score = Math.round(f.milestonePoints + computePoints(state, f.enabled));
  }
}

/** Points for share-months of enabled compute, accumulated over the match's length. */
export function computePoints(state: GameState, shareMonths: number): number {
  return (COMPUTE_SHARE_POINTS * shareMonths) / state.options.months;
}

/** The score, part by part: each milestone's points and the compute points by role. */
export interface ScoreBreakdown {
  milestones: Record<string, number>;
  deploy: number;
  logic: number;
  memory: number;
  total: number;
  /** A deployer's own new wafers this month (k) that earned no logic points: beyond what its memory could use. */
  ownWafersUncounted: number;
}

export function scoreBreakdown(state: GameState, id: FactionId): ScoreBreakdown {
  const f = state.factions[id];
  return {
    milestones: { ...f.milestoneScores },
    deploy: Math.round(computePoints(state, f.enabledBy.deploy)),
    logic: Math.round(computePoints(state, f.enabledBy.logic)),
    memory: Math.round(computePoints(state, f.enabledBy.memory)),
    total: f.score,
    ownWafersUncounted: f.flows.goodDies > 0 ? Math.max(0, f.flows.newLogicWafers - usableOwnWafers(f)) : 0,
  };
}
