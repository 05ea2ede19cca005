// Each faction's objective over the projection horizons, under one relief:
// deployers (Tesla, China) → accelerators switched on; foundries and memory makers → value of good output sold.
import { DIES_PER_WAFER, GW_PER_KACCEL, STACKS_PER_ACCELERATOR } from "../../data/chain";
import type { FactionId } from "../../data/factions";
import { MARKETS, NPC_AI_ACCEL_GROWTH, NPC_WAFER_DEMAND_GROWTH } from "../../data/markets";
import { EDGE_UNITS_GROWTH, GRID_RELEASE_PER_MONTH, GRID_NPC_SHARE } from "../../data/power";
import type { GameState } from "../../model/types";
import { computeGW } from "../../model/compute";
import { COMPUTE_INCOME_PER_GW_MONTH, OTHER_INCOME } from "../../data/finance";
import { KACCEL_PER_LAUNCH } from "../orders/power";
import { HORIZONS, RELIEF, SAMPLES, sampledOutput, type Basis, type Relief } from "./projection";

/** Cumulative own output from now to each horizon (trapezoid over the samples). */
function cumulative(at: number[]): number[] {
  const cum: number[] = [];
  let total = 0;
  for (let i = 1; i < SAMPLES.length; i++) {
    total += ((at[i - 1] + at[i]) / 2) * (SAMPLES[i] - SAMPLES[i - 1]);
    cum.push(total);
  }
  return cum;
}

function fill(state: GameState, good: "wafer" | "hbm"): number {
  const m = state.markets[good];
  return m.lastDemand > 0 ? Math.min(1, m.lastSupply / m.lastDemand) : 1;
}

/** Ground power slots (k accelerators) added by projects finishing within h months. */
function powerAddedBy(state: GameState, faction: FactionId, h: number): number {
  let gw = 0;
  const queued: Record<string, number> = {};
  for (const p of state.power) {
    if (p.owner !== faction && p.source !== "grid") continue;
    if (p.source === "grid") {
      queued[p.region] = (queued[p.region] ?? 0) + p.gw;
      if (p.owner !== faction) continue;
      const perMonth = GRID_RELEASE_PER_MONTH[p.region] * (1 - GRID_NPC_SHARE[p.region]);
      if (queued[p.region] / perMonth <= h) gw += p.gw;
      else gw += Math.max(0, p.gw - (queued[p.region] - perMonth * h));
    } else if (p.readyMonth !== null && p.readyMonth - state.month <= h) gw += p.gw;
  }
  return gw / GW_PER_KACCEL;
}

export function deployerObjective(state: GameState, faction: FactionId, basis: Basis, relief: Relief): number {
  const f = state.factions[faction];
  const own = sampledOutput(state, faction, basis, relief);
  const ownDies = cumulative(own.logic);
  const ownStacks = cumulative(own.dram);
  const slots = (f.gridGW + f.turbineGW + f.solarGW) / GW_PER_KACCEL;
  const slack = Math.max(0, slots - f.poweredAccelerators);

  let waferFlow = 0;
  let stackFlow = 0;
  let spendFlow = 0;
  for (const c of state.contracts) {
    if (c.status !== "active" || c.buyer !== faction) continue;
    const seller = state.factions[c.seller];
    if (c.good === "wafer") waferFlow += c.perMonth * DIES_PER_WAFER * (seller.logicWaferYield || 0.7);
    if (c.good === "hbm") stackFlow += c.perMonth;
    spendFlow += c.perMonth * c.price * MARKETS[c.good].moneyPerUnitPerPrice;
  }
  for (const p of f.procurement) {
    const price = state.markets[p.good].price;
    if (p.maxPrice < price) continue;
    if (p.good === "wafer") waferFlow += p.perMonth * fill(state, "wafer") * DIES_PER_WAFER * 0.75;
    if (p.good === "hbm") stackFlow += p.perMonth * fill(state, "hbm");
    spendFlow += p.perMonth * price * MARKETS[p.good].moneyPerUnitPerPrice;
  }
  if (relief === "logic") waferFlow *= 1 + RELIEF;
  if (relief === "memory") stackFlow *= 1 + RELIEF;
  const cash = Math.max(0, f.cash) * (relief === "capital" ? 1 + RELIEF : 1);
  // Recurring income only: one-off spending this month must not look like poverty.
  const income = OTHER_INCOME[faction] + computeGW(f) * COMPUTE_INCOME_PER_GW_MONTH;
  const dieStock = f.logicWafers * DIES_PER_WAFER * f.logicWaferYield;

  let total = 0;
  HORIZONS.forEach((h, i) => {
    const affordable = spendFlow > 0 ? Math.min(1, Math.max(0, (cash + income * h) / (spendFlow * h))) : 1;
    const dies = dieStock + waferFlow * affordable * h + ownDies[i];
    const stacks = f.hbm + stackFlow * affordable * h + ownStacks[i];
    const available = f.warehouse + Math.min(dies, stacks / STACKS_PER_ACCELERATOR);
    let added = powerAddedBy(state, faction, h);
    added += f.launchCadence * h * KACCEL_PER_LAUNCH * 0.9;
    added += (f.edgeUnitsPerMonth + (EDGE_UNITS_GROWTH * h) / 2) * h;
    const power = slack + added * (relief === "power" ? 1 + RELIEF : 1);
    total += Math.min(power, available);
  });
  return total;
}

export function producerObjective(state: GameState, faction: FactionId, basis: Basis, relief: Relief): number {
  const f = state.factions[faction];
  const own = sampledOutput(state, faction, basis, relief);
  const demandBoost = relief === "demand" ? 1 + RELIEF : 1;
  const waferMarket = state.markets.wafer;
  const hbmMarket = state.markets.hbm;
  const otherWafers = Math.max(0, waferMarket.lastSupply - f.flows.wafersOffered);
  const otherHbm = Math.max(0, hbmMarket.lastSupply - f.flows.hbmOffered);
  let total = 0;
  for (let i = 1; i < SAMPLES.length; i++) {
    const h = SAMPLES[i];
    const wafers = own.logic[i] / DIES_PER_WAFER;
    const stacks = own.dram[i];
    const waferDemand = Math.max(0, state.world.leadingEdgeDemand * Math.pow(1 + NPC_WAFER_DEMAND_GROWTH + NPC_AI_ACCEL_GROWTH / 4, h) * demandBoost - otherWafers);
    const hbmDemand = Math.max(0, hbmMarket.lastDemand * Math.pow(1 + NPC_AI_ACCEL_GROWTH, h) * demandBoost - otherHbm);
    total += Math.min(wafers, waferDemand) * waferMarket.price * MARKETS.wafer.moneyPerUnitPerPrice;
    total += Math.min(stacks, hbmDemand) * hbmMarket.price * MARKETS.hbm.moneyPerUnitPerPrice;
  }
  return total;
}

