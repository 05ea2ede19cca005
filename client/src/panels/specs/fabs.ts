// Orders that found, expand and speed up fabs: buildFab, expandFab, setOvertime.
// Their cost and timeline are the engine's preview.
import { EXPANSION_CAPACITY, FAB_CAPACITY, NODE_IDS, type NodeId, type SiteId, allowedSites } from "../../../../shared/index";
import { tr } from "../../i18n";
import { fabsOf, isBuilding } from "../../model/derive";
import type { PanelContext } from "../context";
import type { FormSpec, Option } from "../form";
import type { FabView as Fab } from "../../net/view";
import { fabOptions } from "./options";

export const buildFab: FormSpec = {
  id: "buildFab",
  title: "order.buildFab",
  help: "order.buildFab.help",
  fields: [
    { name: "site", label: "field.site", kind: "select", options: (ctx) => allowedSites(ctx.faction).map((s) => ({ value: s, label: tr(`site.${s}`) })), initial: (ctx) => allowedSites(ctx.faction)[0] },
    { name: "node", label: "field.node", kind: "select", options: () => NODE_IDS.map((n) => ({ value: n, label: tr(`node.${n}`) })), initial: (ctx) => (ctx.faction === "china" ? "N7" : "N2") },
    { name: "capacity", label: "field.capacity", kind: "number", min: FAB_CAPACITY.min, max: FAB_CAPACITY.max, step: 5, initial: () => 20 },
    { name: "multipatterning", label: "field.multipatterning", kind: "checkbox", initial: () => true, visible: (ctx) => ctx.faction === "china" },
  ],
  build(v, ctx) {
    const order = { type: "buildFab" as const, site: v.site as SiteId, node: v.node as NodeId, capacity: Math.round(Number(v.capacity)) };
    return ctx.faction === "china" ? { ...order, multipatterning: Boolean(v.multipatterning) } : order;
  },
};

export const expandFab: FormSpec = {
  id: "expandFab",
  title: "order.expandFab",
  help: "order.expandFab.help",
  fields: [
    { name: "fabId", label: "field.fab", kind: "select", options: (ctx) => fabOptions(fabsOf(ctx.view, ctx.faction).filter((f) => f.stage === "ramp" || f.stage === "volume")), initial: () => "" },
    { name: "capacity", label: "field.capacity", kind: "number", min: EXPANSION_CAPACITY.min, max: EXPANSION_CAPACITY.max, step: 5, initial: () => 20 },
  ],
  build(v) {
    return v.fabId ? { type: "expandFab", fabId: String(v.fabId), capacity: Math.round(Number(v.capacity)) } : null;
  },
};

const buildingFabs = (ctx: PanelContext): Fab[] => fabsOf(ctx.view, ctx.faction).filter(isBuilding);

/** Fabs under way, each marked when it is on overtime already (first: a narrow select cuts the end off). */
function overtimeOptions(fabs: Fab[]): Option[] {
  return fabOptions(fabs).map((o, i) => (fabs[i].overtime ? { ...o, label: tr("fab.onOvertime", { fab: o.label }) } : o));
}

export const setOvertime: FormSpec = {
  id: "setOvertime",
  title: "order.setOvertime",
  help: "order.setOvertime.help",
  fields: [
    { name: "fabId", label: "field.fab", kind: "select", options: (ctx) => overtimeOptions(buildingFabs(ctx)), initial: () => "" },
    // The box offers the change: on for a fab at normal pace, off for one already on overtime.
    { name: "on", label: "field.overtimeOn", kind: "checkbox", follows: (ctx, v) => !buildingFabs(ctx).find((f) => f.id === v.fabId)?.overtime },
  ],
  build(v) {
    return v.fabId ? { type: "setOvertime", fabId: String(v.fabId), on: Boolean(v.on) } : null;
  },
};
