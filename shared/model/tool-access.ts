// Who may buy which tool line, at what price, under export controls.
import type { FactionId } from "../data/factions";
import { CHINA_PREMIUM, CHINA_QUOTA, TOOL_KINDS, TOOL_LINES, TOOL_LINES_OF_KIND, type ToolKind } from "../data/tools";
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
  return Math.max(0, needed - delivered - (onOrderFor(state, fabId)[kind] ?? 0));
}

/** One fab's tools on order (undelivered), by kind, in one pass over the order books. */
export function onOrderFor(state: GameState, fabId: string): Partial<Record<ToolKind, number>> {
  const row: Partial<Record<ToolKind, number>> = {};
  for (const o of state.toolOrders) {
    if (o.fabId !== fabId) continue;
    const kind = TOOL_LINES[o.line].kind;
    row[kind] = (row[kind] ?? 0) + o.quantity - o.delivered;
  }
  return row;
}

/** Tools on order (undelivered) by fab and kind, counted in one pass over the order books (one faction's, or all). */
export function onOrderByFab(state: GameState, faction?: FactionId): Map<string, Partial<Record<ToolKind, number>>> {
  const out = new Map<string, Partial<Record<ToolKind, number>>>();
  for (const o of state.toolOrders) {
    if (faction !== undefined && o.faction !== faction) continue;
    const kind = TOOL_LINES[o.line].kind;
    let row = out.get(o.fabId);
    if (!row) out.set(o.fabId, (row = {}));
    row[kind] = (row[kind] ?? 0) + o.quantity - o.delivered;
  }
  return out;
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

/** Does a fab still lack tools that are neither delivered nor on order? */
export function lacksToolOrders(fab: { id: string; toolsNeeded: Partial<Record<ToolKind, number>>; toolsDelivered: Partial<Record<ToolKind, number>> }, onOrder: Map<string, Partial<Record<ToolKind, number>>>): boolean {
  const row = onOrder.get(fab.id);
  if (!row && isEmpty(fab.toolsDelivered)) return true;
  for (const k in fab.toolsNeeded) {
    const kind = k as ToolKind;
    if ((fab.toolsNeeded[kind] ?? 0) - (fab.toolsDelivered[kind] ?? 0) - (row?.[kind] ?? 0) > 0) return true;
  }
  return false;
}

const FOREIGN_LINES_OF_KIND = Object.fromEntries(TOOL_KINDS.map((kind) => [kind, TOOL_LINES_OF_KIND[kind].filter((id) => !id.startsWith("domestic"))])) as Record<ToolKind, string[]>;

/** The lines a faction can buy a tool kind from, cheapest access first. */
export function linesFor(faction: FactionId, kind: ToolKind): readonly string[] {
  return (faction === "china" ? TOOL_LINES_OF_KIND : FOREIGN_LINES_OF_KIND)[kind] ?? [];
}
