// The limiting factor of each faction this month: what bound its output in the chain the
// month just ran (binding.ts). A change is named once it has held two months running, so a
// one-month blip (a delivery landing a week late) does not flip the HUD. The relief probe
// (sim/probe.ts) checks the named factor against the real engine.
import { FACTION_IDS } from "../../data/factions";
import type { GameState } from "../../model/types";
import { bindingOf, lazyQueues } from "./binding";

export function runLimitingFactors(state: GameState, confirm = true): void {
  const queues = lazyQueues(state);
  for (const id of FACTION_IDS) {
    const b = bindingOf(state, id, queues);
    const f = state.factions[id];
    const confirmed = !confirm || f.limitingFactor === "none" || b.factor === f.limitingFactor || b.factor === f.bindingNow;
    f.bindingNow = b.factor;
    if (!confirmed) continue;
    f.limitingFactor = b.factor;
    f.limitingEvidence = b.evidence;
  }
}
