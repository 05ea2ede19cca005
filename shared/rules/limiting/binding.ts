// What bound each faction's output in the month the engine just ran, with the quantities
// that prove it. This is the limiting factor: one model of the chain, the one that runs.
//
// Deployers (Tesla, China) turn dies and HBM into accelerators and switch them on:
//   accelerators left unpowered → power; else the assembly input that ran out → logic or memory
//   (capital when that input was cut for want of cash) — unless dies ran out with power room for
//   less than a month of accelerators: then more dies would wait too, and power binds the flow.
// Makers (TSMC, Samsung) sell what their fabs make:
//   output left unsold → demand; running fabs understaffed → talent; otherwise they sold out and
//   what holds back the next capacity binds: capital, tools, talent or construction.
import { DIES_PER_WAFER, GW_PER_KACCEL, STACKS_PER_ACCELERATOR } from "../../data/chain";
import { FACTIONS, type FactionId } from "../../data/factions";
import { MARKETS } from "../../data/markets";
import { CASH_SHORT_SHARE, POWER_HEADROOM_MONTHS, POWER_WAIT_MIN_K, POWER_WAIT_SHARE, SOON_MONTHS, STAFFED_ENOUGH, UNSOLD_SHARE } from "../../data/limiting";
import { missingToolCount } from "../../model/fab-plan";
import type { Evidence, Fab, GameState, LimitingFactor } from "../../model/types";
import { buildRate } from "../month/construction";
import { datedPowerComingGW, groundSlots } from "../month/power";
import { staffingOf, type Staffing } from "../month/talent";
import { toolWaitMonths, type Queues } from "./tool-wait";
import { queuesByLine } from "../month/vendors";
import { atReference } from "../../model/reference-value";

export interface Binding {
  factor: LimitingFactor;
  evidence: Evidence;
}

const r1 = (x: number): number => Math.round(x * 10) / 10;
const r2 = (x: number): number => Math.round(x * 100) / 100;

function bound(factor: LimitingFactor, key: string, params: Evidence["params"] = {}): Binding {
  return { factor, evidence: { key, params } };
}

/** Months until a fab under construction could produce, at its current pace, ignoring tools. */
export function monthsToProduce(state: GameState, fab: Fab, staffing: Staffing = staffingOf(state, fab.owner)): number {
  if (fab.stage === "ramp" || fab.stage === "volume") return 0;
  const rate = Math.max(0.05, buildRate(fab, staffing));
  if (fab.stage === "permitting") return fab.stageMonths - fab.progress + (fab.shellMonths + fab.installMonths) / rate;
  if (fab.stage === "shell") return (fab.stageMonths - fab.progress + fab.installMonths) / rate;
  return (fab.stageMonths - fab.progress) / rate;
}

export function deployerBinding(state: GameState, faction: FactionId): Binding {
  const f = state.factions[faction];
  const fl = f.flows;
  const slotsK = groundSlots(state, faction);
  const freeK = Math.max(0, slotsK - f.poweredAccelerators);
  const waiting = f.warehouse;
  if (waiting > Math.max(POWER_WAIT_MIN_K, POWER_WAIT_SHARE * fl.acceleratorsMade) && freeK < waiting) {
    return bound("power", "evidence.power", { waitGW: r1(waiting * GW_PER_KACCEL), powerGW: r1(slotsK * GW_PER_KACCEL) });
  }
  // Power had room: assembly made all it could, and one input ran out.
  const diesLeft = f.logicWafers * DIES_PER_WAFER * f.logicWaferYield;
  const stacksLeft = f.hbm;
  const logicShort = diesLeft < stacksLeft / STACKS_PER_ACCELERATOR || (diesLeft < 1 && stacksLeft < STACKS_PER_ACCELERATOR);
  const freeGW = r1(freeK * GW_PER_KACCEL);
  if (logicShort) {
    // Dies ran out, but power has room for less than another month of accelerators: next month's chips
    // would wait for it, so more dies would not be switched on. Power binds the flow.
    const arrivingK = datedPowerComingGW(state, faction, 1) / GW_PER_KACCEL;
    if (fl.acceleratorsMade > POWER_WAIT_MIN_K && freeK + arrivingK < POWER_HEADROOM_MONTHS * fl.acceleratorsMade) {
      return bound("power", "evidence.power.headroom", { freeGW, madeGW: r1(fl.acceleratorsMade * GW_PER_KACCEL), dies: r2(fl.goodDies / 1000) });
    }
    if (fl.cashShortWafers > CASH_SHORT_SHARE * Math.max(1, fl.goodDies / 30)) return bound("capital", "evidence.capital.wafers", { wafers: r1(fl.cashShortWafers) });
    return bound("logic", "evidence.logic", { dies: r2(fl.goodDies / 1000), stacks: r2(stacksLeft / 1000), freeGW });
  }
  if (fl.cashShortHbm > CASH_SHORT_SHARE * Math.max(8, fl.stacksAvailable)) return bound("capital", "evidence.capital.hbm", { stacks: r2(fl.cashShortHbm / 1000) });
  return bound("memory", "evidence.memory", { stacks: r2(fl.stacksAvailable / 1000), dies: r2(diesLeft / 1000), freeGW });
}

export function makerBinding(state: GameState, faction: FactionId, queues: () => Queues = lazyQueues(state)): Binding {
  const f = state.factions[faction];
  const fl = f.flows;
  if (unsoldOver(state, faction, UNSOLD_SHARE) && !priceSettling(state, faction)) {
    return bound("demand", "evidence.demand", { unsold: Math.round(((fl.offeredVolume - fl.salesVolume) / fl.offeredVolume) * 100) });
  }
  const staffing = staffingOf(state, faction);
  if (staffing.ops < STAFFED_ENOUGH) {
    return bound("talent", "evidence.talent.ops", { staffed: Math.round(staffing.ops * 100) });
  }
  return capacityBinding(state, faction, staffing, queues);
}

/** More than this share of what the maker offered this month found no buyer (weighed at reference
 *  prices, wafers, HBM and DRAM together). */
export function unsoldOver(state: GameState, faction: FactionId, share: number): boolean {
  const fl = state.factions[faction].flows;
  return fl.offeredVolume > 0 && fl.offeredVolume - fl.salesVolume > share * fl.offeredVolume;
}

/**
 * Wafers left over while their price is still above the reference are a price coming back down
 * after a spike (an outage sends it up 8 % a month, and it overshoots): the falling price clears
 * them within months, so what holds a wafer maker back is its next capacity, not demand. The
 * relief probe: of 124 months TSMC was named demand-bound on unseen seeds, more demand was the best
 * relief in 18; six months of construction in 104. Commodity DRAM and HBM are left to the demand
 * rule: unqualified HBM goes unsold at any price.
 */
export function priceSettling(state: GameState, faction: FactionId): boolean {
  const f = state.factions[faction];
  return atReference(f, "wafer", f.flows.wafersOffered) >= 0.5 * f.flows.offeredVolume && state.markets.wafer.price > MARKETS.wafer.basePrice;
}

/** Sold out: what holds back the capacity that comes next? */
export function capacityBinding(state: GameState, faction: FactionId, staffing: Staffing = staffingOf(state, faction), lazy: () => Queues = lazyQueues(state)): Binding {
  const building = state.fabs.filter((fab) => fab.owner === faction && fab.stage !== "ramp" && fab.stage !== "volume");
  if (building.length === 0) return bound("construction", "evidence.construction.none", {});
  const waitingCash = building.filter((fab) => fab.blocker === "capital");
  if (waitingCash.length > 0) return bound("capital", "evidence.capital.fabs", { fabs: waitingCash.length });
  // Every fab waits for a site slot (permits, grid hookup, crews shared with the other builders).
  const waitingSite = building.filter((fab) => fab.blocker === "site");
  if (waitingSite.length === building.length) return bound("construction", "evidence.construction.site", { fabs: waitingSite.length, site: waitingSite[0].site });
  // Tools bind when the soonest fabs would be built before their tools arrive (or stand installed as far as their tools allow).
  const months = new Map(building.map((fab) => [fab.id, monthsToProduce(state, fab, staffing)]));
  const soonest = Math.min(...months.values());
  const soon = building.filter((fab) => months.get(fab.id)! <= Math.max(soonest + 6, SOON_MONTHS));
  const lacking = soon.filter((fab) => missingToolCount(fab) > 0);
  const queues = lacking.some((fab) => fab.blocker !== "tools") ? lazy() : undefined;
  const short = lacking.filter((fab) => fab.blocker === "tools" || toolWaitMonths(state, fab, queues) > months.get(fab.id)!);
  if (short.length > 0) {
    return bound("tools", "evidence.tools", { fabs: short.length, tools: short.reduce((s, fab) => s + missingToolCount(fab), 0) });
  }
  // Builders short of engineers slow construction; the probe shows time, not people, as what pays to relieve.
  const next = soonest;
  if (staffing.build < STAFFED_ENOUGH) return bound("construction", "evidence.construction.staff", { fabs: building.length, month: state.month + Math.ceil(next), staffed: Math.round(staffing.build * 100) });
  return bound("construction", "evidence.construction", { fabs: building.length, month: state.month + Math.ceil(next) });
}

/** The vendors' queues, worked out at most once for all the factions read in one month. */
export function lazyQueues(state: GameState): () => Queues {
  let queues: Queues | undefined;
  return () => (queues ??= queuesByLine(state));
}

export function bindingOf(state: GameState, faction: FactionId, queues: () => Queues = lazyQueues(state)): Binding {
  return FACTIONS[faction].deploys ? deployerBinding(state, faction) : makerBinding(state, faction, queues);
}
