// Relief: ease one factor of one faction by its standard amount (shared/data/limiting.ts).
// The relief probe applies it on a copy and runs the real engine forward; the factor whose
// relief raises the faction's objective most is what should be named.
import { DIES_PER_WAFER, GW_PER_KACCEL, STACKS_PER_ACCELERATOR } from "../../data/chain";
import { FACTIONS, type FactionId } from "../../data/factions";
import { SOLAR_CAPACITY_FACTOR } from "../../data/power";
import {
  RELIEF_ACCEL_SHARE, RELIEF_CAPITAL_MAKER, RELIEF_CONSTRUCTION_MONTHS, RELIEF_DEMAND_SHARE, RELIEF_MIN_KACCEL, RELIEF_TALENT_SHARE,
} from "../../data/limiting";
import { MARKETS } from "../../data/markets";
import { deliveredShare } from "../../model/fab-plan";
import type { GameState, LimitingFactor } from "../../model/types";
import { addStock } from "../../model/stock";
import { solarCostPerGW } from "../orders/power";
import { TOOL_LINES, type ToolKind } from "../../data/tools";
import { monthsToProduce } from "./binding";

export type Relief = Exclude<LimitingFactor, "none">;

/** A tool kind's list price (its first foreign line's), $M. */
function toolPrice(kind: ToolKind): number {
  return Object.values(TOOL_LINES).find((l) => l.kind === kind && l.vendor !== "domestic")?.price ?? 50;
}

/** The factors that mean something for a faction: a foundry has no power or chips to assemble, a deployer no wafer buyers to find. */
export function reliefsFor(faction: FactionId): Relief[] {
  return FACTIONS[faction].deploys
    ? ["power", "logic", "memory", "tools", "construction", "capital", "talent"]
    : ["demand", "tools", "construction", "capital", "talent"];
}

/** Thousand accelerators' worth that one chain relief adds: a quarter of a month's assembly (at least RELIEF_MIN_KACCEL). */
export function reliefSizeK(state: GameState, faction: FactionId): number {
  const fl = state.factions[faction].flows;
  return Math.max(RELIEF_MIN_KACCEL, RELIEF_ACCEL_SHARE * 4 * Math.max(fl.acceleratorsMade, fl.newlyPowered));
}

/** Advance a fab under construction by some months of work (tool install never gets ahead of its tools). */
function advance(fab: GameState["fabs"][number], months: number): void {
  let left = months;
  while (left > 1e-9 && (fab.stage === "permitting" || fab.stage === "shell" || fab.stage === "install")) {
    const cap = fab.stage === "install" ? fab.stageMonths * deliveredShare(fab) : fab.stageMonths;
    const step = Math.min(left, Math.max(0, cap - fab.progress));
    fab.progress += step;
    left -= step;
    if (fab.progress < fab.stageMonths - 1e-9) break;
    if (fab.stage === "permitting") { fab.stage = "shell"; fab.progress = 0; fab.stageMonths = fab.shellMonths; }
    else if (fab.stage === "shell") { fab.stage = "install"; fab.progress = 0; fab.stageMonths = fab.installMonths; fab.shellCostLeft = 0; }
    else break; // install completes in the month's own construction phase, as it would
  }
}

/** Ease one factor of one faction on this state (mutates it: call on a copy). */
export function relieve(state: GameState, faction: FactionId, factor: Relief): void {
  const f = state.factions[faction];
  const k = reliefSizeK(state, faction);
  const building = state.fabs.filter((fab) => fab.owner === faction && fab.stage !== "ramp" && fab.stage !== "volume");
  // The money a chain relief is worth for a deployer: the mean of what k accelerators' dies, HBM and power
  // cost, so the money reliefs are sized like one chain relief, not like all three at once.
  const perK = state.markets.wafer.price / (DIES_PER_WAFER * 0.75) + (STACKS_PER_ACCELERATOR * state.markets.hbm.price * MARKETS.hbm.moneyPerUnitPerPrice)
    + (GW_PER_KACCEL / SOLAR_CAPACITY_FACTOR) * solarCostPerGW(state, FACTIONS[faction].homeRegion);
  const chainMoney = (k * perK) / 3;
  switch (factor) {
    case "power":
      // k accelerators' worth of ground power, online now.
      f.gridGW += k * GW_PER_KACCEL;
      break;
    case "logic":
      addStock(f, "wafer", k / (DIES_PER_WAFER * 0.75), 0.75);
      break;
    case "memory":
      f.hbm += k * STACKS_PER_ACCELERATOR;
      break;
    case "capital": {
      // Deployers: one chain relief's worth of money; makers: a fab's deposit and a year of its shell.
      const money = FACTIONS[faction].deploys ? chainMoney : RELIEF_CAPITAL_MAKER;
      f.cash += money;
      break;
    }
    case "talent":
      f.engineers *= 1 + RELIEF_TALENT_SHARE;
      f.phds *= 1 + RELIEF_TALENT_SHARE;
      break;
    case "tools": {
      // The missing tools of the fabs soonest to produce, delivered now. A deployer's relief is worth what its
      // chain reliefs are (k accelerators' inputs); a maker's covers every fab it is building.
      let budget = FACTIONS[faction].deploys ? chainMoney : Infinity;
      for (const fab of [...building].sort((a, b) => monthsToProduce(state, a) - monthsToProduce(state, b))) {
        for (const [kind, n] of Object.entries(fab.toolsNeeded) as Array<[ToolKind, number]>) {
          const missing = n - (fab.toolsDelivered[kind] ?? 0);
          const price = toolPrice(kind);
          const give = Math.max(0, Math.min(missing, Math.floor(budget / price)));
          fab.toolsDelivered[kind] = (fab.toolsDelivered[kind] ?? 0) + give;
          budget -= give * price;
        }
      }
      break;
    }
    case "construction":
      for (const fab of building) advance(fab, RELIEF_CONSTRUCTION_MONTHS);
      break;
    case "demand":
      state.npc.waferDemand *= 1 + RELIEF_DEMAND_SHARE;
      state.npc.aiAcceleratorsPerMonth *= 1 + RELIEF_DEMAND_SHARE;
      state.npc.dramDemand *= 1 + RELIEF_DEMAND_SHARE;
      break;
  }
}
