// Power orders: grid and solar, turbines, launches to orbit, chips into cars and robots.
import {
  GW_PER_KACCEL, FACTIONS, EDGE_DUTY, EDGE_IDLE_GRID_GW, GRID_COST_PER_GW, GRID_NPC_SHARE, GRID_RELEASE_PER_MONTH,
  LAUNCH_CADENCE_PER_BILLION, SOLAR_BUILD_MONTHS, SOLAR_CAPACITY_FACTOR, SOLAR_COST_PER_GW, SOLAR_PERMIT_MONTHS, SOLAR_US_TARIFF, TURBINES,
  TURBINE_BUILD_MONTHS, TURBINE_MAKERS, TURBINE_NPC_ORDERS, type TurbineMaker, allowedRegions, KACCEL_PER_LAUNCH, launchCost,
  launchFailureChance, type RegionId, type FactionState,
} from "../../../../shared/index";
import { tr } from "../../i18n";
import { gw, monthName, num, pct } from "../../i18n/format";
import type { PanelContext } from "../context";
import type { FormSpec } from "../form";
import { keyed } from "./options";

const deploysOnly = (ctx: PanelContext) => (FACTIONS[ctx.faction].deploys ? null : "unavailable.noDataCentres");
const teslaOnly = (ctx: PanelContext) => (ctx.faction === "tesla" ? null : "unavailable.teslaOnly");
const asFaction = (ctx: PanelContext) => ctx.me as unknown as FactionState;

function gridEta(ctx: PanelContext, region: RegionId, want: number): number {
  const ahead = ctx.view.power.filter((p) => p.source === "grid" && p.region === region).reduce((s, p) => s + p.gw, 0);
  const release = GRID_RELEASE_PER_MONTH[region] * (1 - GRID_NPC_SHARE[region]);
  return ctx.view.month + Math.ceil((ahead + want) / Math.max(0.001, release));
}

export const buildPower: FormSpec = {
  id: "buildPower",
  title: "order.buildPower",
  help: "order.buildPower.help",
  unavailable: deploysOnly,
  fields: [
    { name: "source", label: "field.source", kind: "select", options: () => keyed(["grid", "solar"], "source"), initial: () => "grid" },
    { name: "region", label: "field.region", kind: "select", options: (ctx) => keyed(allowedRegions(ctx.faction), "region"), initial: (ctx) => allowedRegions(ctx.faction)[0] },
    { name: "gw", label: "field.gw", kind: "number", min: 0.1, max: 100, step: 0.1, initial: () => 1 },
  ],
  build(v) {
    const g = Number(v.gw);
    return g > 0 && g <= 100 ? { type: "buildPower", source: v.source as "grid" | "solar", region: v.region as RegionId, gw: g } : null;
  },
  preview(v, ctx) {
    const g = Number(v.gw) || 0, region = v.region as RegionId;
    if (v.source === "grid") {
      const eta = gridEta(ctx, region, g);
      return { cost: g * GRID_COST_PER_GW, lines: [tr("preview.grid.queue", { release: gw(GRID_RELEASE_PER_MONTH[region] * (1 - GRID_NPC_SHARE[region])), month: monthName(eta) }), tr("preview.power.runs", { k: num(g / GW_PER_KACCEL) })] };
    }
    const tariff = region === "us" ? SOLAR_US_TARIFF : 0;
    const ready = ctx.view.month + SOLAR_PERMIT_MONTHS[region] + SOLAR_BUILD_MONTHS;
    return {
      cost: g * SOLAR_COST_PER_GW * (1 + tariff),
      lines: [
        tr("preview.solar.effective", { gw: gw(g * SOLAR_CAPACITY_FACTOR), share: pct(SOLAR_CAPACITY_FACTOR), month: monthName(ready) }),
        tariff ? tr("preview.solar.tariff", { share: pct(tariff) }) : "",
        tr("preview.power.runs", { k: num((g * SOLAR_CAPACITY_FACTOR) / GW_PER_KACCEL) }),
      ].filter(Boolean),
    };
  },
};

export const orderTurbines: FormSpec = {
  id: "orderTurbines",
  title: "order.orderTurbines",
  help: "order.orderTurbines.help",
  unavailable: deploysOnly,
  fields: [
    { name: "maker", label: "field.maker", kind: "select", options: () => keyed(TURBINE_MAKERS, "maker"), initial: () => "ge" },
    { name: "gw", label: "field.gw", kind: "number", min: 0.1, max: 50, step: 0.1, initial: () => 1 },
  ],
  build(v) {
    const g = Number(v.gw);
    return g > 0 && g <= 50 ? { type: "orderTurbines", maker: v.maker as TurbineMaker, gw: g } : null;
  },
  preview(v, ctx) {
    const maker = v.maker as TurbineMaker, g = Number(v.gw) || 0;
    // The makers' backlogs are not sent; 2026's backlog, worked down since, is a fair guide.
    const t = TURBINES[maker];
    const backlog = Math.max(t.outputPerMonth * 6, t.backlogGW - ctx.view.month * (t.outputPerMonth - TURBINE_NPC_ORDERS));
    const out = t.outputPerMonth;
    const ready = ctx.view.month + Math.ceil((backlog + g) / out) + TURBINE_BUILD_MONTHS;
    return { cost: g * TURBINES[maker].cost, lines: [tr("preview.turbine.backlog", { backlog: gw(backlog), out: gw(out), month: monthName(ready) })] };
  },
};

export const launch: FormSpec = {
  id: "launch",
  title: "order.launch",
  help: "order.launch.help",
  unavailable: teslaOnly,
  fields: [{ name: "count", label: "field.launches", kind: "number", min: 1, max: 1000, step: 1, initial: () => 1 }],
  build(v) {
    const c = Math.round(Number(v.count));
    return c >= 1 && c <= 1000 ? { type: "launch", count: c } : null;
  },
  preview(v, ctx) {
    const c = Math.round(Number(v.count)) || 0;
    const free = Math.max(0, Math.floor(ctx.me.launchCadence) - ctx.me.launchesThisMonth);
    const carried = c * KACCEL_PER_LAUNCH;
    const lines = [
      tr("preview.launch.carries", { k: num(carried), gw: gw(carried * GW_PER_KACCEL) }),
      tr("preview.launch.cadence", { free: num(free), risk: pct(launchFailureChance(asFaction(ctx)), 1) }),
    ];
    const warn = c > free ? tr("refusal.launchCadence", { free }) : ctx.me.warehouse < carried ? tr("refusal.noAcceleratorsToLaunch") : null;
    return { cost: c * launchCost(asFaction(ctx)), lines, warn };
  },
};

export const fundLaunches: FormSpec = {
  id: "fundLaunches",
  title: "order.fundLaunches",
  help: "order.fundLaunches.help",
  unavailable: teslaOnly,
  fields: [{ name: "amount", label: "field.amount", kind: "number", min: 100, max: 100000, step: 100, initial: () => 1000 }],
  build(v) {
    const a = Number(v.amount);
    return a > 0 && a <= 1_000_000 ? { type: "fundLaunches", amount: a } : null;
  },
  preview(v, ctx) {
    const a = Number(v.amount) || 0;
    return { cost: a, lines: [tr("preview.fundLaunches", { more: num((a / 1000) * LAUNCH_CADENCE_PER_BILLION, 1), now: num(ctx.me.launchCadence, 1) })] };
  },
};

export const deployEdge: FormSpec = {
  id: "deployEdge",
  title: "order.deployEdge",
  help: "order.deployEdge.help",
  unavailable: teslaOnly,
  fields: [{ name: "units", label: "field.units", kind: "number", min: 1, max: 100000, step: 1, initial: () => 10 }],
  build(v) {
    const u = Number(v.units);
    return u > 0 && u <= 100_000 ? { type: "deployEdge", units: u } : null;
  },
  preview(v, ctx) {
    const u = Number(v.units) || 0;
    const free = Math.max(0, ctx.me.edgeUnitsPerMonth - ctx.me.edgePending);
    const night = (ctx.me.edgeAccelerators + ctx.me.edgePending + u) * GW_PER_KACCEL * EDGE_DUTY;
    return {
      cost: null,
      lines: [tr("preview.edge.adds", { gw: gw(u * GW_PER_KACCEL * EDGE_DUTY) }), tr("preview.edge.limits", { free: num(free), night: gw(night), idle: gw(EDGE_IDLE_GRID_GW) })],
      warn: u > free ? tr("refusal.edgeUnits", { free: Math.round(free) }) : ctx.me.warehouse < u ? tr("refusal.noAcceleratorsForEdge") : null,
    };
  },
};

