// The limiting factor of each faction this month: what bound its output in the chain the
// month just ran (binding.ts). A change is named once it has held two months running, so a
// one-month blip (a delivery landing a week late) does not flip the HUD — except a deployer's turn
// between power and its chips, which is read with a month's margin already (powerTurn). The relief probe
// (sim/probe.ts) checks the named factor against the real engine.
import { FACTION_IDS } from "../../data/factions";
import type { GameState, LimitingFactor } from "../../model/types";
import { bindingOf, lazyQueues, type Binding } from "./binding";

/**
 * A deployer's turn between power and its chips is named at once: it is read from stocks with a month's
 * margin (chips waiting, or power room for under a month of them), not from a delivery landing a week late.
 */
function powerTurn(named: LimitingFactor, b: Binding): boolean {
  return (named === "power" && (b.factor === "logic" || b.factor === "memory")) || b.evidence.key === "evidence.power.headroom";
}

export function runLimitingFactors(state: GameState, confirm = true): void {
  const queues = lazyQueues(state);
  for (const id of FACTION_IDS) {
    const b = bindingOf(state, id, queues);
    const f = state.factions[id];
    const confirmed = !confirm || f.limitingFactor === "none" || b.factor === f.limitingFactor || b.factor === f.bindingNow || powerTurn(f.limitingFactor, b);
    f.bindingNow = b.factor;
    if (!confirmed) continue;
    f.limitingFactor = b.factor;
    f.limitingEvidence = b.evidence;
  }
}
