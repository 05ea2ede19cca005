// Power comes online: grid interconnects out of the regional queue, solar and
// turbines when built; rockets fly; cars and robots take chips to the edge.
import { GW_PER_KACCEL } from "../../data/chain";
import { FACTION_IDS } from "../../data/factions";
import { EDGE_UNITS_GROWTH, LAUNCH_CADENCE_GROWTH, LAUNCH_CADENCE_MAX, TONNES_PER_LAUNCH, TURBINE_BUILD_MONTHS, TURBINE_MAKERS, TURBINE_NPC_ORDERS, type TurbineMaker } from "../../data/power";
import { REGION_IDS } from "../../data/sites";
import { takeDue } from "../../model/funded-pipeline";
import { monthsOfOutput } from "../../model/turbine-queue";
import { chance } from "../../model/rng";
import type { GameState } from "../../model/types";
import { hasModifier } from "../modifiers";
import { launchFailureChance } from "../launch-cost";
import { gridReleaseFor, KACCEL_PER_LAUNCH } from "../orders/power";

function serveGridQueues(state: GameState): void {
  for (const region of REGION_IDS) {
    let release = gridReleaseFor(state, region);
    for (const p of state.power) {
      if (release <= 1e-9) break;
      if (p.source !== "grid" || p.region !== region || p.gw <= 0) continue;
      const take = Math.min(release, p.gw);
      p.gw -= take;
      release -= take;
      state.factions[p.owner].gridGW += take;
      if (p.gw <= 1e-9) state.eventLog.push({ month: state.month, id: "power-online", faction: p.owner, params: { source: "grid", region } });
    }
  }
}

function finishProjects(state: GameState): void {
  for (const p of state.power) {
    if (p.source === "grid" || p.readyMonth === null || p.readyMonth > state.month) continue;
    const f = state.factions[p.owner];
    if (p.source === "solar") f.solarGW += p.gw;
    else f.turbineGW += p.gw;
    state.eventLog.push({ month: state.month, id: "power-online", faction: p.owner, params: { source: p.source, gw: Number(p.gw.toFixed(2)) } });
    p.gw = 0;
  }
  state.power = state.power.filter((p) => p.gw > 1e-9);
  for (const maker of TURBINE_MAKERS) {
    const t = state.turbines[maker];
    if (t.castingPipeline) t.castingPipeline = takeDue(t.castingPipeline, state.month, (more) => { t.outputPerMonth += more; });
    advanceTurbineQueue(state, maker, t.outputPerMonth);
    t.backlogGW = Math.max(0, t.backlogGW - t.outputPerMonth + TURBINE_NPC_ORDERS);
  }
}

/**
 * A maker's month of output works off the orders ahead of each turbine order; an order whose
 * turbines are all made leaves the factory and is built (TURBINE_BUILD_MONTHS). The date shown
 * while it waits follows the maker's output, so blade castings funded now bring forward the
 * turbines already on order, everyone's (the preview says so), not only later orders; the date
 * counts the casting lines already funded from the month each comes in.
 */
function advanceTurbineQueue(state: GameState, maker: TurbineMaker, output: number): void {
  for (const p of state.power) {
    if (p.source !== "turbine" || p.maker !== maker || p.gwAhead === null || p.gwAhead === undefined) continue;
    p.gwAhead -= output;
    const left = p.gwAhead + p.gw;
    const delay = p.delayMonths ?? 0;
    if (left <= 1e-9) {
      p.gwAhead = null;
      p.readyMonth = state.month + 1 + TURBINE_BUILD_MONTHS + delay;
    } else {
      // The rest is made from next month on, faster once funded casting lines come in.
      p.readyMonth = state.month + monthsOfOutput(state.turbines[maker], left, state.month + 1) + 1 + TURBINE_BUILD_MONTHS + delay;
    }
  }
}

function flyLaunches(state: GameState): void {
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    if (f.launchCadence > 0) f.launchCadence = Math.min(LAUNCH_CADENCE_MAX, f.launchCadence + LAUNCH_CADENCE_GROWTH);
    f.launchCadencePipeline = takeDue(f.launchCadencePipeline, state.month, (more) => { f.launchCadence = Math.min(LAUNCH_CADENCE_MAX, f.launchCadence + more); });
    let failed = 0;
    for (let i = 0; i < f.launchesThisMonth; i++) {
      const load = Math.min(KACCEL_PER_LAUNCH, f.warehouse);
      f.warehouse -= load;
      f.launchesTotal += 1;
      const p = launchFailureChance(f) * (hasModifier(state, "launch-failure") ? 3 : 1);
      if (chance(state, p)) {
        f.launchFailures += 1;
        failed += 1;
        continue;
      }
      f.orbitAccelerators += load;
      f.orbitTonnes += (load / KACCEL_PER_LAUNCH) * TONNES_PER_LAUNCH;
    }
    if (f.launchesThisMonth > 0) {
      state.eventLog.push({ month: state.month, id: "launches", faction: id, params: { count: f.launchesThisMonth, failed } });
    }
    f.launchesThisMonth = 0;
    if (f.edgeUnitsPerMonth > 0) {
      const units = Math.min(f.edgePending, f.warehouse);
      f.warehouse -= units;
      f.edgeAccelerators += units;
      f.edgeUnitsPerMonth += EDGE_UNITS_GROWTH;
    }
    f.edgePending = 0;
  }
}

export function runPower(state: GameState): void {
  serveGridQueues(state);
  finishProjects(state);
}

export function runLaunchesAndEdge(state: GameState): void {
  flyLaunches(state);
}

/** Ground power capacity in thousands of accelerators it can run. */
export function groundSlots(state: GameState, faction: (typeof FACTION_IDS)[number]): number {
  const f = state.factions[faction];
  return (f.gridGW + f.turbineGW + f.solarGW) / GW_PER_KACCEL;
}

/** GW of solar and turbines a faction has coming online within `months` (grid requests wait in a queue, not a date). */
export function datedPowerComingGW(state: GameState, faction: (typeof FACTION_IDS)[number], months: number): number {
  let gw = 0;
  for (const p of state.power) if (p.owner === faction && p.readyMonth !== null && p.readyMonth - state.month <= months) gw += p.gw;
  return gw;
}
