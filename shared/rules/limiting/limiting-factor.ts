// The limiting factor: for each faction, the input whose relief would raise its
// objective most over the next three years (DESIGN.md §3). Computed from the chain.
import { FACTIONS, FACTION_IDS, type FactionId } from "../../data/factions";
import { SHELL_MONTHS, INSTALL_MONTHS } from "../../data/construction";
import { toolsNeededFor } from "../../model/fab-plan";
import type { GameState, LimitingFactor } from "../../model/types";
import { mustMultipattern } from "../orders/fabs";
import { deployerObjective, producerObjective } from "./objective";
import { RELIEFS, basisOf, queuesOf, toolWaitMonths, type Queues, type Relief } from "./projection";

import { HYSTERESIS, MIN_GAIN } from "../../data/limiting";

/** Which reliefs mean anything for a faction (a foundry has no power to relieve). */
function reliefsFor(faction: FactionId): readonly Relief[] {
  return FACTIONS[faction].deploys ? RELIEFS.filter((r) => r !== "demand") : RELIEFS.filter((r) => r !== "power" && r !== "logic");
}

/** When own capacity binds and nothing under way would help: would a new fab wait longer for tools or for building? */
function expansionFactor(state: GameState, faction: FactionId, queues: Queues): LimitingFactor {
  const node = faction === "china" ? "N5" : "N3";
  const pseudo = { id: "?", owner: faction, toolsNeeded: toolsNeededFor(node, 50, mustMultipattern(state, faction, node)), toolsDelivered: {} };
  const buildTime = (SHELL_MONTHS.min + SHELL_MONTHS.max) / 2 + (INSTALL_MONTHS.min + INSTALL_MONTHS.max) / 2;
  return toolWaitMonths(state, pseudo, queues) > buildTime ? "tools" : "construction";
}

export function limitingFactorOf(state: GameState, faction: FactionId, queues: Queues = queuesOf(state)): LimitingFactor {
  const objective = FACTIONS[faction].deploys ? deployerObjective : producerObjective;
  const basis = basisOf(state, faction, queues);
  const base = objective(state, faction, basis, "base");
  let best: Relief = "base";
  let bestGain = 0;
  const previous = state.factions[faction].limitingFactor;
  let previousGain = 0;
  for (const r of reliefsFor(faction)) {
    const gain = objective(state, faction, basis, r) - base;
    if (r === previous) previousGain = gain;
    if (gain > bestGain + 1e-9) {
      best = r;
      bestGain = gain;
    }
  }
  if (previous !== best && previousGain > MIN_GAIN * Math.max(base, 1) && previousGain >= HYSTERESIS * bestGain) return previous;
  if (best !== "base" && bestGain > MIN_GAIN * Math.max(base, 1)) return best as LimitingFactor;
  // Nothing relieved helps: either the faction is not bound at all, or it needs capacity it has not started.
  if (!FACTIONS[faction].deploys) {
    // A maker left holding unsold output is bound by demand; otherwise by the capacity it has not built.
    const f = state.factions[faction].flows;
    const unsold = f.wafersOffered - f.wafersSold + (f.hbmOffered - f.hbmSold);
    if (unsold > 0.05 * (f.wafersOffered + f.hbmOffered)) return "demand";
    // Before its first sales (month 0) a maker's objective is still zero: its capacity still binds.
    return expansionFactor(state, faction, queues);
  }
  return faction === "china" ? expansionFactor(state, faction, queues) : "none";
}

export function runLimitingFactors(state: GameState): void {
  const queues = queuesOf(state);
  for (const id of FACTION_IDS) state.factions[id].limitingFactor = limitingFactorOf(state, id, queues);
}
