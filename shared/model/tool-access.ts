// Who may buy which tool line, at what price, under export controls.
import type { FactionId } from "../data/factions";
import { CHINA_PREMIUM, CHINA_QUOTA, TOOL_LINES, type ToolKind } from "../data/tools";
import type { GameState } from "./types";

export type Access = { ok: true; unitPrice: number; quotaLeft: number } | { ok: false; code: "sanctioned" | "not-allowed"; reason: string };

export function toolAccess(state: GameState, faction: FactionId, lineId: string): Access {
  const line = TOOL_LINES[lineId];
  if (line.vendor === "domestic") {
    if (faction !== "china") return { ok: false, code: "not-allowed", reason: "refusal.domesticChinaOnly" };
    if (line.kind === "euv" && state.factions.china.milestones["domestic-euv"] === null) return { ok: false, code: "not-allowed", reason: "refusal.domesticEuvNotReady" };
    return { ok: true, unitPrice: line.price, quotaLeft: Infinity };
  }
  if (faction !== "china") return { ok: true, unitPrice: line.price, quotaLeft: Infinity };
  if (line.kind === "euv") return { ok: false, code: "sanctioned", reason: "refusal.euvEmbargo" };
  const quota = CHINA_QUOTA[state.sanctionLevel]?.[line.kind] ?? 0;
  const used = state.toolOrders.filter((o) => o.faction === "china" && o.line === lineId && o.placedMonth === state.month).reduce((s, o) => s + o.quantity, 0);
  const left = quota - used;
  if (left <= 0) return { ok: false, code: "sanctioned", reason: "refusal.quotaExhausted" };
  return { ok: true, unitPrice: line.price * (1 + (CHINA_PREMIUM[state.sanctionLevel] ?? 1)), quotaLeft: left };
}

/** Tools of a kind still to order for a fab (needed − delivered − on order). */
export function toolsToOrder(state: GameState, fabId: string, kind: ToolKind, needed: number, delivered: number): number {
  let onOrder = 0;
  for (const o of state.toolOrders) if (o.fabId === fabId && TOOL_LINES[o.line].kind === kind) onOrder += o.quantity - o.delivered;
  return Math.max(0, needed - delivered - onOrder);
}

/** Tools on order (undelivered) by fab and kind, counted in one pass over the order books. */
export function onOrderByFab(state: GameState): Map<string, Partial<Record<ToolKind, number>>> {
  const out = new Map<string, Partial<Record<ToolKind, number>>>();
  for (const o of state.toolOrders) {
    const kind = TOOL_LINES[o.line].kind;
    let row = out.get(o.fabId);
    if (!row) out.set(o.fabId, (row = {}));
    row[kind] = (row[kind] ?? 0) + o.quantity - o.delivered;
  }
  return out;
}

/** Does a fab still lack tools that are neither delivered nor on order? */
export function lacksToolOrders(fab: { id: string; toolsNeeded: Partial<Record<ToolKind, number>>; toolsDelivered: Partial<Record<ToolKind, number>> }, onOrder: Map<string, Partial<Record<ToolKind, number>>>): boolean {
  const row = onOrder.get(fab.id);
  if (!row && Object.keys(fab.toolsDelivered).length === 0) return true;
  for (const [k, n] of Object.entries(fab.toolsNeeded) as Array<[ToolKind, number]>) if (n - (fab.toolsDelivered[k] ?? 0) - (row?.[k] ?? 0) > 0) return true;
  return false;
}

/** The lines a faction can buy a tool kind from, cheapest access first. */
export function linesFor(faction: FactionId, kind: ToolKind): string[] {
  const lines = Object.entries(TOOL_LINES).filter(([, l]) => l.kind === kind).map(([id]) => id);
  const foreign = lines.filter((l) => !l.startsWith("domestic"));
  return faction === "china" ? [...foreign, ...lines.filter((l) => l.startsWith("domestic"))] : foreign;
}
