// Orders that found, expand and speed up fabs: buildFab, expandFab, setOvertime.
import {
  EXPANSION_SHELL_COST_SHARE, EXPANSION_SHELL_SHARE, INSTALL_MONTHS, OVERTIME_COST_FACTOR, SHELL_MONTHS, FACTIONS, FOUNDING_DEPOSIT,
  DUV_YIELD_CAP, NODES, NODE_IDS, type NodeId, SITES, type SiteId, shellCostOf, allowedSites, mustMultipattern, type GameState,
} from "../../../../shared/index";
import { tr } from "../../i18n";
import { money, monthName, pct, years } from "../../i18n/format";
import { fabsOf, isBuilding } from "../../model/derive";
import type { PanelContext } from "../context";
import type { FormSpec } from "../form";
import { fabOptions } from "./options";

const asState = (ctx: PanelContext) => ctx.view as unknown as GameState;

function timeline(ctx: PanelContext, site: SiteId | null, node: NodeId, expansion: boolean): string[] {
  const speed = FACTIONS[ctx.faction].buildSpeed;
  const permit = expansion || !site ? 0 : SITES[site].permitMonths;
  const shell = Math.round(((SHELL_MONTHS.min + SHELL_MONTHS.max) / 2) * (expansion ? EXPANSION_SHELL_SHARE : 1) * speed);
  const install = Math.round(((INSTALL_MONTHS.min + INSTALL_MONTHS.max) / 2) * speed);
  const ramp = FACTIONS[ctx.faction].rampMonths;
  const total = permit + shell + install + Math.round(ramp * 0.6);
  return [
    tr("preview.fab.stages", { permit, shell, install, ramp }),
    tr("preview.fab.volumeBy", { month: monthName(ctx.view.month + total), span: years(total) }),
    NODES[node].kind === "logic" ? tr("preview.fab.toolsNote", { tools: money(shellCostOf(node, 1) / NODES[node].shellShare * (1 - NODES[node].shellShare)) }) : tr("preview.fab.dramNote"),
  ];
}

export const buildFab: FormSpec = {
  id: "buildFab",
  title: "order.buildFab",
  help: "order.buildFab.help",
  fields: [
    { name: "site", label: "field.site", kind: "select", options: (ctx) => allowedSites(ctx.faction).map((s) => ({ value: s, label: tr(`site.${s}`) })), initial: (ctx) => allowedSites(ctx.faction)[0] },
    { name: "node", label: "field.node", kind: "select", options: () => NODE_IDS.map((n) => ({ value: n, label: tr(`node.${n}`) })), initial: (ctx) => (ctx.faction === "china" ? "N7" : "N2") },
    { name: "capacity", label: "field.capacity", kind: "number", min: 5, max: 150, step: 5, initial: () => 20 },
    { name: "multipatterning", label: "field.multipatterning", kind: "checkbox", initial: () => true, visible: (ctx) => ctx.faction === "china" },
  ],
  build(v, ctx) {
    const capacity = Math.round(Number(v.capacity));
    if (!(capacity >= 5 && capacity <= 150)) return null;
    const order = { type: "buildFab" as const, site: v.site as SiteId, node: v.node as NodeId, capacity };
    return ctx.faction === "china" ? { ...order, multipatterning: Boolean(v.multipatterning) } : order;
  },
  preview(v, ctx) {
    const node = v.node as NodeId, site = v.site as SiteId, cap = Number(v.capacity) || 0;
    const shell = shellCostOf(node, cap);
    const capex = NODES[node].capexPerK * cap;
    const lines = [tr("preview.fab.capex", { capex: money(capex), shell: money(shell) }), ...timeline(ctx, site, node, false)];
    if (SITES[site]?.subsidyShare) lines.push(tr("preview.fab.subsidy", { share: pct(SITES[site].subsidyShare) }));
    const mp = ctx.faction === "china" && (Boolean(v.multipatterning) || mustMultipattern(asState(ctx), ctx.faction, node));
    if (mp && DUV_YIELD_CAP[node] !== undefined) lines.push(tr("preview.fab.multipatterning", { cap: pct(DUV_YIELD_CAP[node] ?? 0) }));
    if (ctx.faction === "china" && !v.multipatterning && (NODES[node].toolsPer10k.euv ?? 0) > 0) lines.push(tr("preview.fab.waitsForEuv"));
    return { cost: shell * FOUNDING_DEPOSIT, lines };
  },
};

export const expandFab: FormSpec = {
  id: "expandFab",
  title: "order.expandFab",
  help: "order.expandFab.help",
  fields: [
    { name: "fabId", label: "field.fab", kind: "select", options: (ctx) => fabOptions(fabsOf(ctx.view, ctx.faction).filter((f) => f.stage === "ramp" || f.stage === "volume")), initial: () => "" },
    { name: "capacity", label: "field.capacity", kind: "number", min: 5, max: 100, step: 5, initial: () => 20 },
  ],
  build(v) {
    const capacity = Math.round(Number(v.capacity));
    if (!v.fabId || !(capacity >= 5 && capacity <= 100)) return null;
    return { type: "expandFab", fabId: String(v.fabId), capacity };
  },
  preview(v, ctx) {
    const base = ctx.view.fabs.find((f) => f.id === v.fabId);
    if (!base) return { cost: null, lines: [tr("preview.noRunningFab")] };
    const shell = shellCostOf(base.node, Number(v.capacity) || 0) * EXPANSION_SHELL_COST_SHARE;
    return { cost: shell * FOUNDING_DEPOSIT, lines: [tr("preview.fab.expansionShell", { shell: money(shell) }), ...timeline(ctx, null, base.node, true)] };
  },
};

export const setOvertime: FormSpec = {
  id: "setOvertime",
  title: "order.setOvertime",
  help: "order.setOvertime.help",
  fields: [
    { name: "fabId", label: "field.fab", kind: "select", options: (ctx) => fabOptions(fabsOf(ctx.view, ctx.faction).filter(isBuilding)), initial: () => "" },
    { name: "on", label: "field.overtimeOn", kind: "checkbox", initial: () => true },
  ],
  build(v) {
    return v.fabId ? { type: "setOvertime", fabId: String(v.fabId), on: Boolean(v.on) } : null;
  },
  preview(v, ctx) {
    const fab = ctx.view.fabs.find((f) => f.id === v.fabId);
    if (!fab) return { cost: null, lines: [tr("preview.noBuildingFab")] };
    // The shell still to pay: its share of the fab's capex, less what the stages done have paid.
    const shellLeft = fab.stage === "install" ? 0 : shellCostOf(fab.node, fab.capacity) * (fab.expansionOf ? EXPANSION_SHELL_COST_SHARE : 1) * (fab.stage === "shell" ? 1 - fab.progress : 1) * (1 - FOUNDING_DEPOSIT);
    const extra = shellLeft * (OVERTIME_COST_FACTOR - 1);
    return {
      cost: null,
      lines: v.on
        ? [tr("preview.overtime.on", { extra: money(extra) }), fab.overtime ? tr("preview.overtime.already") : ""].filter(Boolean)
        : [tr("preview.overtime.off")],
    };
  },
};
