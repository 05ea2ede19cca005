// Numbers the screens show that are worked out from the view: queue places, fab progress,
// power balance. Pure functions of a WorldView.
import { FACTIONS, TOOL_LINES, GW_PER_KACCEL, EDGE_DUTY, INSTALL_MONTHS, SHELL_MONTHS, VOLUME_YIELD, SITES, type FactionId } from "../../../shared/index";
import type { FabView, FactionView, ToolOrderView, WorldView } from "../net/view";

export function fabsOf(v: WorldView, faction: FactionId | null): FabView[] {
  return faction ? v.fabs.filter((f) => f.owner === faction) : [];
}

export function isBuilding(fab: FabView): boolean {
  return fab.stage === "permitting" || fab.stage === "shell" || fab.stage === "install";
}

/** Share of the current stage done, 0..1. */
export function stageShare(fab: FabView): number {
  return fab.stage === "volume" ? 1 : Math.max(0, Math.min(1, fab.progress));
}

export function toolsShare(fab: FabView): number {
  return Math.max(0, Math.min(1, fab.tools));
}

/** Months left until this fab reaches volume, roughly, if nothing stalls. */
export function monthsToVolume(fab: FabView): number {
  const d = FACTIONS[fab.owner];
  const shell = ((SHELL_MONTHS.min + SHELL_MONTHS.max) / 2) * (d?.buildSpeed ?? 1) * (fab.expansionOf ? 0.35 : 1);
  const install = ((INSTALL_MONTHS.min + INSTALL_MONTHS.max) / 2) * (d?.buildSpeed ?? 1);
  const ramp = (d?.rampMonths ?? 18) * 0.6;
  const left = 1 - stageShare(fab);
  switch (fab.stage) {
    case "permitting": return Math.round(left * (SITES[fab.site]?.permitMonths ?? 6) + shell + install + ramp);
    case "shell": return Math.round(left * shell + install + ramp);
    case "install": return Math.round(left * install + ramp);
    case "ramp": return Math.max(1, Math.round((1 - Math.min(1, fab.yield / VOLUME_YIELD)) * ramp));
    default: return 0;
  }
}

export function lineOutputForPlayers(v: WorldView, lineId: string): number {
  const data = TOOL_LINES[lineId];
  return v.toolLines[lineId] ?? (data ? data.outputPerMonth * (1 - data.npcShare) : 0);
}

/** A line's open orders in the order they will be served. */
export function queueOf(v: WorldView, lineId: string): ToolOrderView[] {
  return v.toolOrders.filter((o) => o.line === lineId && o.delivered < o.quantity).sort((a, b) => a.position - b.position);
}

export interface QueuePlace {
  /** 1-based place of the order in its line's queue, and the queue's length. */
  place: number;
  of: number;
  /** Tools ahead of this order, tools still to come for it. */
  ahead: number;
  remaining: number;
  /** Month the last tool is expected. */
  etaMonth: number;
}

export function queuePlace(v: WorldView, order: ToolOrderView): QueuePlace {
  const q = queueOf(v, order.line);
  const i = Math.max(0, q.findIndex((o) => o.id === order.id));
  const ahead = q.slice(0, i).reduce((s, o) => s + o.quantity - o.delivered, 0);
  const remaining = order.quantity - order.delivered;
  const out = Math.max(0.05, lineOutputForPlayers(v, order.line));
  const eta = Math.max(order.earliestMonth, v.month + Math.ceil((ahead + remaining) / out));
  return { place: i + 1, of: q.length, ahead, remaining, etaMonth: eta };
}

/** Ground power a faction has, and what its powered accelerators draw. The engine never switches on
 *  more than its power carries, but the view rounds each source and the accelerators apart, so the
 *  draw could read over the capacity ("26.3 GW / 26.2 GW" on Tesla's map label): it is capped there. */
export function groundPower(f: FactionView): { capacityGW: number; usedGW: number; warehouseGW: number } {
  const capacityGW = f.gridGW + f.turbineGW + f.solarGW;
  return {
    capacityGW,
    usedGW: Math.min(capacityGW, f.poweredAccelerators * GW_PER_KACCEL),
    warehouseGW: f.warehouse * GW_PER_KACCEL,
  };
}

export function orbitGW(f: FactionView): number {
  return f.orbitAccelerators * GW_PER_KACCEL;
}

export function edgeGW(f: FactionView): number {
  return f.edgeAccelerators * GW_PER_KACCEL * EDGE_DUTY;
}

export function pendingPower(v: WorldView, faction: FactionId) {
  return v.power.filter((p) => p.owner === faction);
}
