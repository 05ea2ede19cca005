// Orders that bring power: grid, solar, gas turbines, orbital launches and the edge fleet.
import { FACTIONS, type FactionId } from "../../data/factions";
import { GW_PER_KACCEL } from "../../data/chain";
import {
  EDGE_DUTY, EDGE_IDLE_GRID_GW, GRID_COST_PER_GW, GRID_NPC_SHARE, GRID_RELEASE_PER_MONTH, LAUNCH_CADENCE_MAX, LAUNCH_CADENCE_PER_BILLION, SOLAR_BUILD_MONTHS, SOLAR_CAPACITY_FACTOR,
  SOLAR_COST_PER_GW, SOLAR_PERMIT_MONTHS, SOLAR_US_TARIFF, TONNES_PER_LAUNCH, KW_PER_TONNE, TURBINE_BUILD_MONTHS, TURBINES,
  CASTING_FUNDING_DELAY, CASTING_GW_PER_BILLION, LAUNCH_FUNDING_DELAY,
} from "../../data/power";
import { EVENT_EFFECTS } from "../../data/events";
import type { RegionId } from "../../data/sites";
import { newId } from "../../model/ids";
import { setMonthlyFunding } from "../../model/monthly-funding";
import { monthsOfOutput } from "../../model/turbine-queue";
import type { GameState } from "../../model/types";
import { effect, type OrderEffect } from "../../protocol/preview";
import { refuse } from "../../protocol/refusal";
import { canAfford, spend } from "../money";
import { accept, type HandlerTable } from "./handler";
import { hasModifier } from "../modifiers";
import { launchCost, launchFailureChance, launchFundingRoom } from "../launch-cost";
import { cutOffFromWest } from "../../model/sanctions";
import { curbSlows, solarCurbed } from "../../model/solar-curb";

/** Thousand accelerators one launch carries: 100 t × 100 kW/t ÷ 2 kW. */
export const KACCEL_PER_LAUNCH = (TONNES_PER_LAUNCH * KW_PER_TONNE) / 1e6 / GW_PER_KACCEL;

export function allowedRegions(faction: FactionId): RegionId[] {
  return faction === "china" ? ["china"] : ["us", "taiwan", "korea"];
}

export function solarCostPerGW(state: GameState, region: RegionId): number {
  const tariff = region === "us" ? SOLAR_US_TARIFF + (hasModifier(state, "solar-tariff") ? EVENT_EFFECTS.solarTariffExtra : 0) : 0;
  return SOLAR_COST_PER_GW * (1 + tariff);
}

/** When `gw` ordered from this maker now would be online: after the backlog and it are made (with the
 *  casting lines already funded, from when they come in), plus the build. */
export function turbineReadyMonth(state: GameState, maker: keyof typeof TURBINES, gw: number): number {
  const t = state.turbines[maker];
  return state.month + monthsOfOutput(t, t.backlogGW + gw, state.month) + TURBINE_BUILD_MONTHS;
}

/** Accelerators already promised to launches and edge units this month. */
export function warehouseCommitted(state: GameState, faction: FactionId): number {
  const f = state.factions[faction];
  return f.launchesThisMonth * KACCEL_PER_LAUNCH + f.edgePending;
}

/** Grid a region releases to data centres a month (the rest goes to other users). */
export function gridReleaseFor(state: GameState, region: RegionId): number {
  const boost = region === "us" && hasModifier(state, "grid-buildout") ? EVENT_EFFECTS.gridBuildoutFactor : 1;
  return GRID_RELEASE_PER_MONTH[region] * (1 - GRID_NPC_SHARE[region]) * boost;
}

/** The month a grid request joining the region's queue now is fully connected (rules/month/power.ts
 *  serves the queue in order, this month included), at today's release. */
export function gridOnlineMonth(state: GameState, region: RegionId, gw: number): number {
  const ahead = state.power.filter((p) => p.source === "grid" && p.region === region).reduce((s, p) => s + p.gw, 0);
  return state.month + Math.max(0, Math.ceil((ahead + gw) / Math.max(1e-6, gridReleaseFor(state, region))) - 1);
}

const runs = (gw: number) => effect("preview.power.runs", { k: { num: gw / GW_PER_KACCEL, digits: 0 } });

export const powerHandlers: HandlerTable = {
  buildPower(state, issuer, o) {
    if (!allowedRegions(issuer).includes(o.region)) return refuse("not-allowed", "refusal.regionNotAllowed", { region: o.region });
    const f = state.factions[issuer];
    const perGW = o.source === "grid" ? GRID_COST_PER_GW : solarCostPerGW(state, o.region);
    const cost = o.gw * perGW;
    if (!canAfford(f, cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    const ready = state.month + SOLAR_PERMIT_MONTHS[o.region] + SOLAR_BUILD_MONTHS;
    return accept(cost, (): OrderEffect[] => {
      if (o.source === "grid") return [effect("preview.grid.queue", { release: { gw: gridReleaseFor(state, o.region) }, month: { month: gridOnlineMonth(state, o.region, o.gw) } }), runs(o.gw)];
      const tariff = perGW / SOLAR_COST_PER_GW - 1;
      const lines = [effect("preview.solar.effective", { gw: { gw: o.gw * SOLAR_CAPACITY_FACTOR }, share: { pct: SOLAR_CAPACITY_FACTOR }, month: { month: ready } })];
      if (tariff > 1e-9) lines.push(effect("preview.solar.tariff", { share: { pct: tariff } }));
      if (solarCurbed(state) && curbSlows(issuer)) lines.push(effect("preview.solar.curbed", undefined, true));
      return [...lines, runs(o.gw * SOLAR_CAPACITY_FACTOR)];
    }, () => {
      spend(f, cost);
      if (o.source === "grid") {
        state.power.push({ id: newId(state, "p"), owner: issuer, source: "grid", region: o.region, gw: o.gw, readyMonth: null, maker: null });
      } else {
        state.power.push({ id: newId(state, "p"), owner: issuer, source: "solar", region: o.region, gw: o.gw * SOLAR_CAPACITY_FACTOR, readyMonth: ready, maker: null });
      }
    });
  },

  orderTurbines(state, issuer, o) {
    const f = state.factions[issuer];
    const cost = o.gw * TURBINES[o.maker].cost;
    if (!canAfford(f, cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    const t = state.turbines[o.maker];
    return accept(cost, () => [
      effect("preview.turbine.backlog", { backlog: { gw: t.backlogGW }, out: { gw: t.outputPerMonth }, month: { month: turbineReadyMonth(state, o.maker, o.gw) } }),
      // The date counts casting lines already funded: say so, or it reads as the backlog over today's output.
      ...(t.castingPipeline?.length ? [effect("preview.turbine.castings", {
        more: { gw: t.castingPipeline.reduce((sum, [, more]) => sum + more, 0) },
        month: { month: Math.min(...t.castingPipeline.map(([from]) => from)) },
      })] : []),
    ], () => {
      spend(f, cost);
      const ready = turbineReadyMonth(state, o.maker, o.gw);
      const gwAhead = state.turbines[o.maker].backlogGW;
      state.turbines[o.maker].backlogGW += o.gw;
      state.power.push({ id: newId(state, "p"), owner: issuer, source: "turbine", region: FACTIONS[issuer].homeRegion, gw: o.gw, readyMonth: ready, maker: o.maker, gwAhead, delayMonths: 0 });
    });
  },

  fundCasting(state, issuer, o) {
    // The casters are Western firms: under tight sanctions China's money is refused, as for tool makers.
    if (cutOffFromWest(state, issuer)) return refuse("sanctioned", "refusal.fundingBlocked");
    const f = state.factions[issuer];
    if (!canAfford(f, o.amount)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(o.amount) });
    const t = state.turbines[o.maker];
    const more = CASTING_GW_PER_BILLION * (o.amount / 1000);
    const from = state.month + CASTING_FUNDING_DELAY;
    return accept(o.amount, () => [
      effect("preview.casting.more", { maker: { text: `maker.${o.maker}` }, more: { gw: more }, out: { gw: t.outputPerMonth }, month: { month: from } }),
      effect("preview.fund.shared"),
      ...(o.everyMonth ? [effect("preview.monthly.fund", { amount: { money: o.amount }, month: { month: state.month + 1 } })] : []),
    ], () => {
      spend(f, o.amount);
      (t.castingPipeline ??= []).push([from, more]);
      if (o.everyMonth) setMonthlyFunding(f, { type: "fundCasting", maker: o.maker, amount: o.amount }, state.month);
    });
  },

  launch(state, issuer, o) {
    const f = state.factions[issuer];
    const free = Math.floor(f.launchCadence) - f.launchesThisMonth;
    if (o.count > free) return refuse("limit-reached", "refusal.launchCadence", { free: Math.max(0, free) });
    if (f.warehouse - warehouseCommitted(state, issuer) < o.count * KACCEL_PER_LAUNCH) return refuse("no-stock", "refusal.noAcceleratorsToLaunch");
    const cost = o.count * launchCost(f);
    if (!canAfford(f, cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    const carried = o.count * KACCEL_PER_LAUNCH;
    return accept(cost, () => [
      effect("preview.launch.carries", { k: { num: carried, digits: 0 }, gw: { gw: carried * GW_PER_KACCEL } }),
      effect("preview.launch.cadence", { free: free - o.count, risk: { pct: launchFailureChance(f), digits: 1 } }),
    ], () => {
      spend(f, cost);
      f.launchesThisMonth += o.count;
    });
  },

  fundLaunches(state, issuer, o) {
    const f = state.factions[issuer];
    const room = launchFundingRoom(f);
    if (room <= 0) return refuse("limit-reached", "refusal.cadenceMax");
    // Near the ceiling only what reaches it is paid.
    const cost = Math.min(o.amount, room);
    if (!canAfford(f, cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    const more = (cost / 1000) * LAUNCH_CADENCE_PER_BILLION;
    const from = state.month + LAUNCH_FUNDING_DELAY;
    return accept(cost, () => [
      effect("preview.fundLaunches", { more: Math.round(more * 10) / 10, now: { num: f.launchCadence, digits: 1 }, month: { month: from } }),
      ...(cost < o.amount ? [effect("preview.fundLaunches.ceiling", { cost: { money: cost }, max: LAUNCH_CADENCE_MAX })] : []),
      ...(o.everyMonth ? [effect("preview.monthly.launches", { amount: { money: o.amount }, month: { month: state.month + 1 }, max: LAUNCH_CADENCE_MAX })] : []),
    ], () => {
      spend(f, cost);
      f.launchCadencePipeline.push([from, more]);
      if (o.everyMonth) setMonthlyFunding(f, { type: "fundLaunches", amount: o.amount }, state.month);
    });
  },

  deployEdge(state, issuer, o) {
    const f = state.factions.tesla;
    const free = f.edgeUnitsPerMonth - f.edgePending;
    if (f.edgePending + o.units > f.edgeUnitsPerMonth) return refuse("limit-reached", "refusal.edgeUnits", { free: Math.round(free) });
    if (f.warehouse - warehouseCommitted(state, issuer) < o.units) return refuse("no-stock", "refusal.noAcceleratorsForEdge");
    const nightGW = (f.edgeAccelerators + f.edgePending + o.units) * GW_PER_KACCEL * EDGE_DUTY;
    if (nightGW > EDGE_IDLE_GRID_GW) return refuse("limit-reached", "refusal.idleGridFull", { gw: EDGE_IDLE_GRID_GW });
    return accept(null, () => [
      effect("preview.edge.adds", { gw: { gw: o.units * GW_PER_KACCEL * EDGE_DUTY } }),
      effect("preview.edge.limits", { free: { num: free - o.units, digits: 0 }, night: { gw: nightGW }, idle: { gw: EDGE_IDLE_GRID_GW } }),
    ], () => {
      f.edgePending += o.units;
    });
  },
};
