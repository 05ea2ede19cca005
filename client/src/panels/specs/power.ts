// Power orders: grid and solar, turbines and their blade castings, launches to orbit, chips into cars and robots.
// Who may give them is the engine's who-may table; costs and dates are its preview.
import {
  MAX_EDGE_UNITS_PER_ORDER, MAX_LAUNCHES_PER_ORDER, MAX_ORDER_MONEY, MAX_POWER_ORDER_GW, MAX_TURBINE_ORDER_GW, TURBINE_MAKERS, allowedRegions,
  type RegionId, type TurbineMaker,
} from "../../../../shared/index";
import type { FormSpec } from "../form";
import { keyed } from "./options";

export const buildPower: FormSpec = {
  id: "buildPower",
  title: "order.buildPower",
  help: "order.buildPower.help",
  fields: [
    { name: "source", label: "field.source", kind: "select", options: () => keyed(["grid", "solar"], "source"), initial: () => "grid" },
    { name: "region", label: "field.region", kind: "select", options: (ctx) => keyed(allowedRegions(ctx.faction), "region"), initial: (ctx) => allowedRegions(ctx.faction)[0] },
    { name: "gw", label: "field.gw", kind: "number", min: 0.1, max: MAX_POWER_ORDER_GW, step: 0.1, initial: () => 1 },
  ],
  build(v) {
    return { type: "buildPower", source: v.source as "grid" | "solar", region: v.region as RegionId, gw: Number(v.gw) };
  },
};

export const orderTurbines: FormSpec = {
  id: "orderTurbines",
  title: "order.orderTurbines",
  help: "order.orderTurbines.help",
  fields: [
    { name: "maker", label: "field.maker", kind: "select", options: () => keyed(TURBINE_MAKERS, "maker"), initial: () => "ge" },
    { name: "gw", label: "field.gw", kind: "number", min: 0.1, max: MAX_TURBINE_ORDER_GW, step: 0.1, initial: () => 1 },
  ],
  build(v) {
    return { type: "orderTurbines", maker: v.maker as TurbineMaker, gw: Number(v.gw) };
  },
};

export const fundCasting: FormSpec = {
  id: "fundCasting",
  title: "order.fundCasting",
  help: "order.fundCasting.help",
  fields: [
    { name: "maker", label: "field.maker", kind: "select", options: () => keyed(TURBINE_MAKERS, "maker"), initial: () => "ge" },
    { name: "amount", label: "field.amount", kind: "number", min: 100, max: MAX_ORDER_MONEY, step: 100, initial: () => 1000 },
    // A caster's capacity grows over years: a player may keep funding it each month.
    { name: "everyMonth", label: "field.everyMonth", kind: "checkbox", initial: () => false },
  ],
  build(v) {
    return { type: "fundCasting", maker: v.maker as TurbineMaker, amount: Number(v.amount), ...(v.everyMonth ? { everyMonth: true } : {}) };
  },
};

export const launch: FormSpec = {
  id: "launch",
  title: "order.launch",
  help: "order.launch.help",
  fields: [{ name: "count", label: "field.launches", kind: "number", min: 1, max: MAX_LAUNCHES_PER_ORDER, step: 1, initial: () => 1 }],
  build(v) {
    return { type: "launch", count: Math.round(Number(v.count)) };
  },
};

export const fundLaunches: FormSpec = {
  id: "fundLaunches",
  title: "order.fundLaunches",
  help: "order.fundLaunches.help",
  fields: [
    { name: "amount", label: "field.amount", kind: "number", min: 100, max: MAX_ORDER_MONEY, step: 100, initial: () => 1000 },
    // Launch cadence is bought up over years, to its ceiling: a player may fund it each month.
    { name: "everyMonth", label: "field.everyMonth", kind: "checkbox", initial: () => false },
  ],
  build(v) {
    return { type: "fundLaunches", amount: Number(v.amount), ...(v.everyMonth ? { everyMonth: true } : {}) };
  },
};

export const deployEdge: FormSpec = {
  id: "deployEdge",
  title: "order.deployEdge",
  help: "order.deployEdge.help",
  fields: [{ name: "units", label: "field.units", kind: "number", min: 1, max: MAX_EDGE_UNITS_PER_ORDER, step: 1, initial: () => 10 }],
  build(v) {
    return { type: "deployEdge", units: Number(v.units) };
  },
};
