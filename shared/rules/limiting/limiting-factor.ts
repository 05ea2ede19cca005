// The limiting factor of each faction this month: what bound its output in the chain the
// month just ran (binding.ts). The relief probe (sim/probe.ts) checks it against the real engine.
import { FACTION_IDS } from "../../data/factions";
import type { GameState } from "../../model/types";
import { bindingOf } from "./binding";

export function runLimitingFactors(state: GameState): void {
  for (const id of FACTION_IDS) {
    const b = bindingOf(state, id);
    const f = state.factions[id];
    f.limitingFactor = b.factor;
    f.limitingEvidence = b.evidence;
  }
}
