// Orders that bring power: grid, solar, gas turbines, orbital launches and the edge fleet.
import { FACTIONS, type FactionId } from "../../data/factions";
import { GW_PER_KACCEL } from "../../data/chain";
import {
  EDGE_DUTY, EDGE_IDLE_GRID_GW, GRID_COST_PER_GW, LAUNCH_CADENCE_MAX, LAUNCH_CADENCE_PER_BILLION, LAUNCH_FACTIONS, SOLAR_BUILD_MONTHS, SOLAR_CAPACITY_FACTOR,
  SOLAR_COST_PER_GW, SOLAR_PERMIT_MONTHS, SOLAR_US_TARIFF, TONNES_PER_LAUNCH, KW_PER_TONNE, TURBINE_BUILD_MONTHS, TURBINES,
} from "../../data/power";
import { EVENT_EFFECTS } from "../../data/events";
import type { RegionId } from "../../data/sites";
import { newId } from "../../model/ids";
import type { GameState } from "../../model/types";
import { refuse } from "../../protocol/refusal";
import { canAfford, spend } from "../money";
import { isFaction, type HandlerTable } from "./handler";
import { hasModifier } from "../modifiers";
import { launchCost } from "../launch-cost";

/** Thousand accelerators one launch carries: 100 t × 100 kW/t ÷ 2 kW. */
export const KACCEL_PER_LAUNCH = (TONNES_PER_LAUNCH * KW_PER_TONNE) / 1e6 / GW_PER_KACCEL;

export function allowedRegions(faction: FactionId): RegionId[] {
  return faction === "china" ? ["china"] : ["us", "taiwan", "korea"];
}

export function solarCostPerGW(state: GameState, region: RegionId): number {
  const tariff = region === "us" ? SOLAR_US_TARIFF + (hasModifier(state, "solar-tariff") ? EVENT_EFFECTS.solarTariffExtra : 0) : 0;
  return SOLAR_COST_PER_GW * (1 + tariff);
}

export function turbineReadyMonth(state: GameState, maker: keyof typeof TURBINES, gw: number): number {
  const t = state.turbines[maker];
  return state.month + Math.ceil((t.backlogGW + gw) / t.outputPerMonth) + TURBINE_BUILD_MONTHS;
}

/** Accelerators already promised to launches and edge units this month. */
export function warehouseCommitted(state: GameState, faction: FactionId): number {
  const f = state.factions[faction];
  return f.launchesThisMonth * KACCEL_PER_LAUNCH + f.edgePending;
}

export const powerHandlers: HandlerTable = {
  buildPower(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotBuild");
    if (!FACTIONS[issuer].deploys) return refuse("not-allowed", "refusal.noDataCentres");
    if (!allowedRegions(issuer).includes(o.region)) return refuse("not-allowed", "refusal.regionNotAllowed", { region: o.region });
    const f = state.factions[issuer];
    const cost = o.gw * (o.source === "grid" ? GRID_COST_PER_GW : solarCostPerGW(state, o.region));
    if (!canAfford(f, cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    return () => {
      spend(f, cost);
      if (o.source === "grid") {
        state.power.push({ id: newId(state, "p"), owner: issuer, source: "grid", region: o.region, gw: o.gw, readyMonth: null, maker: null });
      } else {
        const ready = state.month + SOLAR_PERMIT_MONTHS[o.region] + SOLAR_BUILD_MONTHS;
        state.power.push({ id: newId(state, "p"), owner: issuer, source: "solar", region: o.region, gw: o.gw * SOLAR_CAPACITY_FACTOR, readyMonth: ready, maker: null });
      }
    };
  },

  orderTurbines(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotBuild");
    if (!FACTIONS[issuer].deploys) return refuse("not-allowed", "refusal.noDataCentres");
    const f = state.factions[issuer];
    const cost = o.gw * TURBINES[o.maker].cost;
    if (!canAfford(f, cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    return () => {
      spend(f, cost);
      const ready = turbineReadyMonth(state, o.maker, o.gw);
      state.turbines[o.maker].backlogGW += o.gw;
      state.power.push({ id: newId(state, "p"), owner: issuer, source: "turbine", region: FACTIONS[issuer].homeRegion, gw: o.gw, readyMonth: ready, maker: o.maker });
    };
  },

  launch(state, issuer, o) {
    if (!isFaction(issuer) || !(LAUNCH_FACTIONS as readonly string[]).includes(issuer)) return refuse("not-allowed", "refusal.launchTeslaOnly");
    const f = state.factions[issuer];
    const free = Math.floor(f.launchCadence) - f.launchesThisMonth;
    if (o.count > free) return refuse("limit-reached", "refusal.launchCadence", { free: Math.max(0, free) });
    if (f.warehouse - warehouseCommitted(state, issuer) < o.count * KACCEL_PER_LAUNCH) return refuse("no-stock", "refusal.noAcceleratorsToLaunch");
    const cost = o.count * launchCost(f);
    if (!canAfford(f, cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    return () => {
      spend(f, cost);
      f.launchesThisMonth += o.count;
    };
  },

  fundLaunches(state, issuer, o) {
    if (!isFaction(issuer) || !(LAUNCH_FACTIONS as readonly string[]).includes(issuer)) return refuse("not-allowed", "refusal.launchTeslaOnly");
    const f = state.factions[issuer];
    if (f.launchCadence >= LAUNCH_CADENCE_MAX) return refuse("limit-reached", "refusal.cadenceMax");
    if (!canAfford(f, o.amount)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(o.amount) });
    return () => {
      spend(f, o.amount);
      f.launchCadence = Math.min(LAUNCH_CADENCE_MAX, f.launchCadence + (o.amount / 1000) * LAUNCH_CADENCE_PER_BILLION);
    };
  },

  deployEdge(state, issuer, o) {
    if (issuer !== "tesla") return refuse("not-allowed", "refusal.edgeTeslaOnly");
    const f = state.factions.tesla;
    if (f.edgePending + o.units > f.edgeUnitsPerMonth) return refuse("limit-reached", "refusal.edgeUnits", { free: Math.round(f.edgeUnitsPerMonth - f.edgePending) });
    if (f.warehouse - warehouseCommitted(state, issuer) < o.units) return refuse("no-stock", "refusal.noAcceleratorsForEdge");
    const nightGW = (f.edgeAccelerators + f.edgePending + o.units) * GW_PER_KACCEL * EDGE_DUTY;
    if (nightGW > EDGE_IDLE_GRID_GW) return refuse("limit-reached", "refusal.idleGridFull", { gw: EDGE_IDLE_GRID_GW });
    return () => {
      f.edgePending += o.units;
    };
  },
};
