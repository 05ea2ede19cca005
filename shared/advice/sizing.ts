// How big an attack must be: the quantities behind each factor, read from the state.
import { DIES_PER_WAFER, GW_PER_KACCEL, STACKS_PER_ACCELERATOR } from "../data/chain";
import type { FactionId } from "../data/factions";
import { GRID_NPC_SHARE, GRID_RELEASE_PER_MONTH } from "../data/power";
import type { RegionId } from "../data/sites";
import type { GameState } from "../model/types";
import { datedPowerComingGW, groundSlots } from "../rules/month/power";

/** A stock of one input waiting for the other is matched over this many months. tuned */
export const BACKLOG_MONTHS = 12;
/** Contracted deliveries starting within this many months count as already arranged. tuned */
export const BOOKED_AHEAD_MONTHS = 12;
/** Months of the faction's chain an attack should cover (a quarter: orders land next month, power takes longer). tuned */
export const ATTACK_MONTHS = 3;

/** Accelerators a month the faction will assemble (k): what it made, or what its arranged dies and HBM allow, whichever is more. */
export function assemblyRate(state: GameState, id: FactionId): number {
  const f = state.factions[id];
  const arranged = Math.min(dieInflow(state, id), stackInflow(state, id) / STACKS_PER_ACCELERATOR);
  return Math.max(f.flows.acceleratorsMade, f.flows.newlyPowered, arranged, 20);
}

/** Power takes about a year to arrive (solar permits and build, the grid queue): plan that far ahead. tuned */
export const POWER_LEAD_MONTHS = 12;

/** GW of ground power needed: what waits now, plus the assembly of the year power takes to arrive, less power already on its way within it. */
export function powerNeededGW(state: GameState, id: FactionId): number {
  const f = state.factions[id];
  const free = Math.max(0, groundSlots(state, id) - f.poweredAccelerators);
  const waiting = Math.max(0, f.warehouse - free);
  let coming = datedPowerComingGW(state, id, POWER_LEAD_MONTHS);
  for (const p of state.power) if (p.owner === id && p.source === "grid" && gridWaitMonths(state, p.region) <= POWER_LEAD_MONTHS) coming += p.gw;
  return Math.max(0, (waiting + POWER_LEAD_MONTHS * assemblyRate(state, id)) * GW_PER_KACCEL - coming);
}

/** GW already waiting in the region's interconnect queue (everyone's). */
export function gridQueued(state: GameState, region: RegionId): number {
  return state.power.filter((p) => p.source === "grid" && p.region === region).reduce((s, p) => s + p.gw, 0);
}

/** Months the region's interconnect queue needs to serve what is already queued. */
export function gridWaitMonths(state: GameState, region: RegionId): number {
  return gridQueued(state, region) / (GRID_RELEASE_PER_MONTH[region] * (1 - GRID_NPC_SHARE[region]));
}

function fill(state: GameState, good: "wafer" | "hbm"): number {
  const m = state.markets[good];
  return m.lastDemand > 0 ? Math.min(1, m.lastSupply / m.lastDemand) : 1;
}

/** Good dies a month (k) already arranged: own fabs, contracts, standing procurement (at the market's fill). */
export function dieInflow(state: GameState, id: FactionId): number {
  const f = state.factions[id];
  let dies = 0;
  for (const fab of state.fabs) if (fab.owner === id && fab.kind === "logic") dies += fab.output * fab.yield * DIES_PER_WAFER;
  // Booked wafers that start within a year count: a planner does not buy twice what is already on its way.
  for (const c of state.contracts) if (c.status === "active" && c.buyer === id && c.good === "wafer" && (c.startMonth ?? 0) <= state.month + BOOKED_AHEAD_MONTHS) dies += c.perMonth * DIES_PER_WAFER * (state.factions[c.seller].logicWaferYield || 0.75);
  for (const p of f.procurement) if (p.good === "wafer") dies += p.perMonth * fill(state, "wafer") * DIES_PER_WAFER * 0.75;
  return dies;
}

/** HBM stacks a month (k) already arranged. */
export function stackInflow(state: GameState, id: FactionId): number {
  const f = state.factions[id];
  let stacks = f.flows.hbmMade;
  for (const c of state.contracts) if (c.status === "active" && c.buyer === id && c.good === "hbm" && (c.startMonth ?? 0) <= state.month) stacks += c.perMonth;
  for (const p of f.procurement) if (p.good === "hbm") stacks += p.perMonth * fill(state, "hbm");
  return stacks;
}

/** Dies a month (k) the faction could use beyond what it has arranged: enough to use its HBM (what is left, spread over a quarter, and what flows in). */
export function diesGap(state: GameState, id: FactionId): number {
  const f = state.factions[id];
  const diesLeft = f.logicWafers * DIES_PER_WAFER * f.logicWaferYield;
  // A pile of unused HBM is worked off over a year: buying it all at once only floods the warehouse.
  const backlog = Math.max(0, f.hbm / STACKS_PER_ACCELERATOR - diesLeft) / BACKLOG_MONTHS;
  return Math.max(0, backlog + stackInflow(state, id) / STACKS_PER_ACCELERATOR - dieInflow(state, id));
}

/** Wafers a month (k) that give those dies at a typical bought yield. */
export function wafersFor(dies: number): number {
  return dies / (DIES_PER_WAFER * 0.75);
}

/** HBM stacks a month (k) the faction could use beyond what it has arranged: enough for its dies. */
export function stacksGap(state: GameState, id: FactionId): number {
  const f = state.factions[id];
  const diesLeft = f.logicWafers * DIES_PER_WAFER * f.logicWaferYield;
  const backlog = Math.max(0, diesLeft * STACKS_PER_ACCELERATOR - f.hbm) / BACKLOG_MONTHS;
  return Math.max(0, backlog + dieInflow(state, id) * STACKS_PER_ACCELERATOR - stackInflow(state, id));
}

/** What a deployer lacks of a good a month: wafers for the dies it is short of, or HBM stacks (0 for other goods). */
export function lacksOf(state: GameState, id: FactionId, good: string): number {
  if (good === "wafer") return wafersFor(diesGap(state, id));
  if (good === "hbm") return stacksGap(state, id);
  return 0;
}
