// Shared arithmetic about fabs: tool needs, capex, stage lengths, mature yield.
import { DUV_SUBSTITUTE_PER_EUV, DUV_YIELD_CAP, NODES, type NodeId } from "../data/nodes";
import { FACTIONS, type FactionId } from "../data/factions";
import { MULTIPATTERNING_PER_LEVEL } from "../data/research";
import type { ToolKind } from "../data/tools";
import type { Fab, GameState } from "./types";

export function toolsNeededFor(node: NodeId, capacity: number, multipatterning: boolean): Partial<Record<ToolKind, number>> {
  const per = NODES[node].toolsPer10k;
  const out: Partial<Record<ToolKind, number>> = {};
  for (const [kind, n] of Object.entries(per) as Array<[ToolKind, number]>) {
    out[kind] = Math.ceil((n * capacity) / 10);
  }
  if (multipatterning && out.euv) {
    out.duv = (out.duv ?? 0) + out.euv * DUV_SUBSTITUTE_PER_EUV;
    delete out.euv;
  }
  return out;
}

export function shellCostOf(node: NodeId, capacity: number): number {
  const n = NODES[node];
  return n.capexPerK * capacity * n.shellShare;
}

export function matureYieldOf(state: GameState, fab: Fab): number {
  const base = FACTIONS[fab.owner].matureYield;
  if (!fab.multipatterning) return base;
  const cap = (DUV_YIELD_CAP[fab.node] ?? base) + state.factions[fab.owner].research.multipatterning.level * MULTIPATTERNING_PER_LEVEL;
  return Math.min(base, cap);
}

/** Tools a fab still lacks (needed − delivered, all kinds together). */
export function missingToolCount(fab: Fab): number {
  let n = 0;
  for (const k in fab.toolsNeeded) {
    const kind = k as ToolKind;
    n += Math.max(0, (fab.toolsNeeded[kind] ?? 0) - (fab.toolsDelivered[kind] ?? 0));
  }
  return n;
}

export function deliveredShare(fab: Fab): number {
  let need = 0;
  let have = 0;
  for (const [kind, n] of Object.entries(fab.toolsNeeded) as Array<[ToolKind, number]>) {
    need += n;
    have += Math.min(n, fab.toolsDelivered[kind] ?? 0);
  }
  return need === 0 ? 1 : have / need;
}

export function isProducing(fab: Fab): boolean {
  return fab.stage === "ramp" || fab.stage === "volume";
}

export function factionBuildSpeed(faction: FactionId): number {
  return FACTIONS[faction].buildSpeed;
}
