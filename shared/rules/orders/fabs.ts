// Orders that found, expand and speed up fabs.
import type { FactionId } from "../../data/factions";
import { EXPANSION_SHELL_COST_SHARE, EXPANSION_SHELL_SHARE, INSTALL_MONTHS, OVERTIME_COST_FACTOR, SHELL_MONTHS } from "../../data/construction";
import { FOUNDING_DEPOSIT, MAX_FABS_BUILDING } from "../../data/limits";
import { DUV_YIELD_CAP, NODES, type NodeId } from "../../data/nodes";
import { ALLOWED_SITES, SITES, type SiteId } from "../../data/sites";
import { newId } from "../../model/ids";
import { randomInt } from "../../model/rng";
import { shellCostOf, toolsNeededFor } from "../../model/fab-plan";
import type { Fab, GameState } from "../../model/types";
import { effect, type OrderEffect } from "../../protocol/preview";
import { refuse } from "../../protocol/refusal";
import { canAfford, spend } from "../money";
import { timelineEffects } from "./fab-timeline";
import { accept, type HandlerTable } from "./handler";


export function allowedSites(faction: FactionId): readonly SiteId[] {
  return ALLOWED_SITES[faction];
}

export function hasDomesticEuv(state: GameState, faction: FactionId): boolean {
  return faction === "china" && state.factions.china.milestones["domestic-euv"] !== null;
}

/**
 * China without its own EUV builds by DUV multi-patterning: all its advanced logic
 * (7 nm-class included, at capped yield) and DRAM nodes that would use EUV layers (as CXMT does).
 */
export function mustMultipattern(state: GameState, faction: FactionId, node: NodeId): boolean {
  if (faction !== "china" || hasDomesticEuv(state, faction)) return false;
  return NODES[node].kind === "logic" || (NODES[node].toolsPer10k.euv ?? 0) > 0;
}

export function buildingCount(state: GameState, faction: FactionId): number {
  return state.fabs.filter((f) => f.owner === faction && (f.stage === "permitting" || f.stage === "shell" || f.stage === "install")).length;
}

export function findOwnFab(state: GameState, faction: FactionId, fabId: string): Fab | undefined {
  return state.fabs.find((f) => f.id === fabId && f.owner === faction);
}

function newFab(state: GameState, owner: FactionId, site: SiteId, node: NodeId, capacity: number, multipatterning: boolean, expansionOf: Fab | null): Fab {
  const shellFull = randomInt(state, SHELL_MONTHS.min, SHELL_MONTHS.max);
  const shellMonths = expansionOf ? Math.max(4, Math.round(shellFull * EXPANSION_SHELL_SHARE)) : shellFull;
  const installMonths = randomInt(state, INSTALL_MONTHS.min, INSTALL_MONTHS.max);
  const shellCost = shellCostOf(node, capacity) * (expansionOf ? EXPANSION_SHELL_COST_SHARE : 1);
  const permit = expansionOf ? 0 : SITES[site].permitMonths;
  return {
    id: newId(state, "fab"), owner, site, kind: NODES[node].kind, node, capacity,
    stage: permit > 0 ? "permitting" : "shell", progress: 0, stageMonths: permit > 0 ? permit : shellMonths,
    shellMonths, installMonths,
    toolsNeeded: toolsNeededFor(node, capacity, multipatterning), toolsDelivered: {}, multipatterning,
    yield: 0, learning: 0, shellCostLeft: shellCost * (1 - FOUNDING_DEPOSIT), overtime: false,
    expansionOf: expansionOf ? expansionOf.id : null, startedMonth: state.month, volumeMonth: null, blocker: null, output: 0, credited: true,
  };
}

export const fabHandlers: HandlerTable = {
  buildFab(state, issuer, o) {
    if (!allowedSites(issuer).includes(o.site)) return refuse("not-allowed", "refusal.siteNotAllowed", { site: o.site });
    if (buildingCount(state, issuer) >= MAX_FABS_BUILDING) return refuse("limit-reached", "refusal.tooManyFabs", { max: MAX_FABS_BUILDING });
    // China builds EUV nodes by DUV multi-patterning unless it says otherwise: a fab
    // founded with multipatterning: false waits for domestic EUV tools (planning ahead).
    const byDefault = mustMultipattern(state, issuer, o.node);
    const multipatterning = o.multipatterning ?? byDefault;
    if (issuer !== "china" && o.multipatterning) return refuse("not-allowed", "refusal.multipatterningChinaOnly");
    const shell = shellCostOf(o.node, o.capacity);
    const deposit = shell * FOUNDING_DEPOSIT;
    const f = state.factions[issuer];
    if (!canAfford(f, deposit)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(deposit) });
    return accept(deposit, (): OrderEffect[] => {
      const lines = [effect("preview.fab.capex", { capex: { money: NODES[o.node].capexPerK * o.capacity }, shell: { money: shell } }), ...timelineEffects(state, issuer, o.site, o.node)];
      const subsidy = SITES[o.site].subsidyShare;
      if (subsidy) lines.push(effect("preview.fab.subsidy", { share: { pct: subsidy } }));
      const cap = DUV_YIELD_CAP[o.node];
      if (multipatterning && cap !== undefined) lines.push(effect("preview.fab.multipatterning", { cap: { pct: cap } }));
      if (!multipatterning && issuer === "china" && !hasDomesticEuv(state, issuer) && (NODES[o.node].toolsPer10k.euv ?? 0) > 0) lines.push(effect("preview.fab.waitsForEuv"));
      return lines;
    }, () => {
      spend(f, deposit);
      state.fabs.push(newFab(state, issuer, o.site, o.node, o.capacity, multipatterning, null));
    });
  },

  expandFab(state, issuer, o) {
    const base = findOwnFab(state, issuer, o.fabId);
    if (!base) return refuse("unknown-target", "refusal.unknownFab", { fabId: o.fabId });
    if (base.stage !== "ramp" && base.stage !== "volume") return refuse("wrong-stage", "refusal.expandNeedsRunningFab");
    if (buildingCount(state, issuer) >= MAX_FABS_BUILDING) return refuse("limit-reached", "refusal.tooManyFabs", { max: MAX_FABS_BUILDING });
    const shell = shellCostOf(base.node, o.capacity) * EXPANSION_SHELL_COST_SHARE;
    const deposit = shell * FOUNDING_DEPOSIT;
    const f = state.factions[issuer];
    if (!canAfford(f, deposit)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(deposit) });
    return accept(deposit, () => [effect("preview.fab.expansionShell", { shell: { money: shell } }), ...timelineEffects(state, issuer, null, base.node)], () => {
      spend(f, deposit);
      state.fabs.push(newFab(state, issuer, base.site, base.node, o.capacity, base.multipatterning || mustMultipattern(state, issuer, base.node), base));
    });
  },

  setOvertime(state, issuer, o) {
    const fab = findOwnFab(state, issuer, o.fabId);
    if (!fab) return refuse("unknown-target", "refusal.unknownFab", { fabId: o.fabId });
    if (fab.stage === "ramp" || fab.stage === "volume") return refuse("wrong-stage", "refusal.overtimeOnlyWhileBuilding");
    return accept(null, (): OrderEffect[] => {
      if (!o.on) return [effect("preview.overtime.off")];
      // Overtime is paid on the shell still to build (construction.ts); the install stage has none left.
      const extra = fab.stage === "install" ? 0 : fab.shellCostLeft * (OVERTIME_COST_FACTOR - 1);
      return fab.overtime ? [effect("preview.overtime.on", { extra: { money: extra } }), effect("preview.overtime.already")] : [effect("preview.overtime.on", { extra: { money: extra } })];
    }, () => {
      fab.overtime = o.on;
    });
  },
};
