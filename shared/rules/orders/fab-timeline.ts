// When a new fab or expansion should reach volume: the stages at their mid-range length,
// paced by the builder. An estimate: the real shell and install months are drawn when the
// order is applied, and cash, tools and engineers can hold a stage up.
import { EXPANSION_SHELL_SHARE, INSTALL_MONTHS, SHELL_MONTHS } from "../../data/construction";
import { FACTIONS, type FactionId } from "../../data/factions";
import { NODES, type NodeId } from "../../data/nodes";
import { SITES, type SiteId } from "../../data/sites";
import { shellCostOf } from "../../model/fab-plan";
import type { GameState } from "../../model/types";
import { effect, type OrderEffect } from "../../protocol/preview";

/** Ramp months counted before the fab is called "in volume" (it reaches volume yield part-way). */
const RAMP_SHARE_TO_VOLUME = 0.6;

export function timelineEffects(state: GameState, faction: FactionId, site: SiteId | null, node: NodeId): OrderEffect[] {
  const speed = FACTIONS[faction].buildSpeed;
  const expansion = site === null;
  const permit = expansion ? 0 : SITES[site].permitMonths;
  const shell = Math.round(((SHELL_MONTHS.min + SHELL_MONTHS.max) / 2) * (expansion ? EXPANSION_SHELL_SHARE : 1) * speed);
  const install = Math.round(((INSTALL_MONTHS.min + INSTALL_MONTHS.max) / 2) * speed);
  const ramp = FACTIONS[faction].rampMonths;
  const total = permit + shell + install + Math.round(ramp * RAMP_SHARE_TO_VOLUME);
  const n = NODES[node];
  return [
    effect("preview.fab.stages", { permit, shell, install, ramp }),
    effect("preview.fab.volumeBy", { month: { month: state.month + total }, span: { years: total } }),
    n.kind === "logic" ? effect("preview.fab.toolsNote", { tools: { money: (shellCostOf(node, 1) / n.shellShare) * (1 - n.shellShare) } }) : effect("preview.fab.dramNote"),
  ];
}
