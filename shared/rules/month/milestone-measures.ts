// What each milestone measures this month, with its target: the month's check reads these, and so
// does the player's view ("58 % of leading-edge demand served, needs 70 %, held 3 of 10 months"),
// so what the HUD shows and what wins the match cannot drift apart.
import type { FactionId } from "../../data/factions";
import {
  CHINA_DUV_7NM_YIELD, SAMSUNG_HBM_SHARE, TESLA_MEMORY_SECURED_SHARE, TSMC_DEMAND_SHARE, milestoneTargets,
} from "../../data/milestones";
import { computeGW } from "../../model/compute";
import { leadingEdgeShare } from "../../model/leading-edge";
import type { Fab, GameState } from "../../model/types";
import { staffingOf } from "./talent";

export type MeasureUnit = "gw" | "kwspm" | "share" | "done";

export interface MilestoneMeasure {
  /** What the milestone measures now (GW, kWSPM, a share, or 1/0 for a breakthrough). */
  value: number;
  /** What it must reach. */
  target: number;
  unit: MeasureUnit;
  /** Does this month meet the condition? (For a streak: this month counts toward it.) */
  ok: boolean;
  /** Months in a row it must hold, for the milestones that are streaks. */
  holdMonths?: number;
  /** Months in a row it has held as counted so far (read after the month is played, as the view
   *  does, that month included; the month's check reads it before adding this month). */
  held?: number;
}

/** Capacity (kWSPM) of the faction's fabs in volume that match. */
function inVolume(state: GameState, faction: FactionId, match: (fab: Fab) => boolean): number {
  let k = 0;
  for (const fab of state.fabs) if (fab.owner === faction && fab.volumeMonth !== null && match(fab)) k += fab.capacity;
  return k;
}

const amount = (value: number, target: number, unit: MeasureUnit): MilestoneMeasure => ({ value, target, unit, ok: value >= target });
const streak = (value: number, target: number, ok: boolean, holdMonths: number): MilestoneMeasure => ({ value, target, unit: "share", ok, holdMonths });

/** Every milestone of a faction, measured now, with the months each streak has held (pure: the streaks advance in runMilestones). */
export function milestoneMeasures(state: GameState, id: FactionId): Record<string, MilestoneMeasure> {
  const measures = measuresOf(state, id);
  for (const [m, x] of Object.entries(measures)) if (x.holdMonths !== undefined) x.held = state.factions[id].streaks[m] ?? 0;
  return measures;
}

function measuresOf(state: GameState, id: FactionId): Record<string, MilestoneMeasure> {
  const f = state.factions[id];
  const t = milestoneTargets(state.options.months);
  switch (id) {
    case "tesla": {
      const gw = computeGW(f);
      const secured = f.flows.hbmUsed > 0 ? (f.flows.hbmMade + f.flows.hbmSecured) / f.flows.hbmUsed : 0;
      const memOk = gw >= t.teslaMemoryGW && f.limitingFactor !== "memory" && secured >= TESLA_MEMORY_SECURED_SHARE;
      return {
        power: amount(gw, t.teslaPowerGW, "gw"),
        chips: amount(inVolume(state, id, (fab) => fab.kind === "logic"), t.teslaChipsK, "kwspm"),
        // The memory streak's share is the HBM secured (own lines, contracts) against the 60 % it needs.
        memory: streak(secured, TESLA_MEMORY_SECURED_SHARE, memOk, t.teslaMemoryMonths),
      };
    }
    case "tsmc": {
      const share = leadingEdgeShare(state, f);
      return {
        "n2-volume": amount(inVolume(state, id, (fab) => fab.node === "N2"), t.tsmcN2K, "kwspm"),
        "arizona-volume": amount(inVolume(state, id, (fab) => fab.site === "arizona" && (fab.node === "N3" || fab.node === "N2")), t.tsmcArizonaK, "kwspm"),
        "demand-share": streak(share, TSMC_DEMAND_SHARE, share >= TSMC_DEMAND_SHARE, t.tsmcDemandMonths),
      };
    }
    case "samsung": {
      const share = state.world.hbmSoldTotal > 0 ? f.flows.hbmSold / state.world.hbmSoldTotal : 0;
      return {
        "hbm-qualified": amount(f.research["hbm-qualification"].level >= 1 ? 1 : 0, 1, "done"),
        "texas-volume": amount(inVolume(state, id, (fab) => fab.site === "texas" && fab.kind === "logic"), t.samsungTexasK, "kwspm"),
        "hbm-share": streak(share, SAMSUNG_HBM_SHARE, share >= SAMSUNG_HBM_SHARE, t.samsungHbmMonths),
      };
    }
    case "china": {
      const staffed = staffingOf(state, id).ops >= 0.999;
      let duv7 = 0;
      for (const fab of state.fabs) if (fab.owner === id && fab.node === "N7" && fab.output > 0 && fab.yield >= CHINA_DUV_7NM_YIELD - 1e-9) duv7 += fab.capacity;
      return {
        // Fully staffed, or none of it counts.
        "duv-7nm": amount(staffed ? duv7 : 0, t.chinaDuv7K, "kwspm"),
        "domestic-euv": amount(f.research["domestic-euv"].level >= 1 ? 1 : 0, 1, "done"),
        "domestic-3nm": amount(inVolume(state, id, (fab) => (fab.node === "N3" || fab.node === "N2") && !fab.multipatterning), t.china3nmK, "kwspm"),
      };
    }
  }
}
