// Each faction's three milestones (docs/design.md §8), checked every month. First to clear all three wins.
import { FACTION_IDS, type FactionId } from "../../data/factions";
import {
  CHINA_DUV_7NM_YIELD, MILESTONE_EARLY_BONUS, MILESTONE_IDS, MILESTONE_POINTS, SAMSUNG_HBM_SHARE,
  TESLA_MEMORY_SECURED_SHARE, TSMC_DEMAND_SHARE, milestoneTargets,
} from "../../data/milestones";
import { TOOL_LINES } from "../../data/tools";
import { computeGW } from "../../model/compute";
import type { GameState } from "../../model/types";
import { staffingOf } from "./talent";
import { leadingEdgeShare } from "../../model/leading-edge";

function streak(state: GameState, faction: FactionId, key: string, ok: boolean): number {
  const s = state.factions[faction].streaks;
  s[key] = ok ? (s[key] ?? 0) + 1 : 0;
  return s[key];
}

function fabsOf(state: GameState, faction: FactionId) {
  return state.fabs.filter((f) => f.owner === faction);
}

/** Capacity (kWSPM) of the faction's fabs in volume that match. */
function inVolume(state: GameState, faction: FactionId, match: (fab: GameState["fabs"][number]) => boolean): number {
  let k = 0;
  for (const fab of state.fabs) if (fab.owner === faction && fab.volumeMonth !== null && match(fab)) k += fab.capacity;
  return k;
}

/** Is each milestone met this month? Streak counters advance as a side effect. */
function checks(state: GameState, id: FactionId): Record<string, boolean> {
  const f = state.factions[id];
  const t = milestoneTargets(state.options.months);
  switch (id) {
    case "tesla": {
      const gw = computeGW(f);
      const secured = f.flows.hbmUsed > 0 ? (f.flows.hbmMade + f.flows.hbmSecured) / f.flows.hbmUsed : 0;
      const memOk = gw >= t.teslaMemoryGW && f.limitingFactor !== "memory" && secured >= TESLA_MEMORY_SECURED_SHARE;
      return {
        power: gw >= t.teslaPowerGW,
        chips: inVolume(state, id, (fab) => fab.kind === "logic") >= t.teslaChipsK,
        memory: streak(state, id, "memory", memOk) >= t.teslaMemoryMonths,
      };
    }
    case "tsmc": {
      const n2 = fabsOf(state, id).filter((fab) => fab.node === "N2" && fab.volumeMonth !== null).reduce((s, fab) => s + fab.capacity, 0);
      const share = leadingEdgeShare(state, f);
      return {
        "n2-volume": n2 >= t.tsmcN2K,
        "arizona-volume": inVolume(state, id, (fab) => fab.site === "arizona" && (fab.node === "N3" || fab.node === "N2")) >= t.tsmcArizonaK,
        "demand-share": streak(state, id, "demand-share", share >= TSMC_DEMAND_SHARE) >= t.tsmcDemandMonths,
      };
    }
    case "samsung": {
      const share = state.world.hbmSoldTotal > 0 ? f.flows.hbmSold / state.world.hbmSoldTotal : 0;
      return {
        "hbm-qualified": f.research["hbm-qualification"].level >= 1,
        "texas-volume": inVolume(state, id, (fab) => fab.site === "texas" && fab.kind === "logic") >= t.samsungTexasK,
        "hbm-share": streak(state, id, "hbm-share", share >= SAMSUNG_HBM_SHARE) >= t.samsungHbmMonths,
      };
    }
    case "china": {
      const ops = staffingOf(state, id).ops;
      return {
        "duv-7nm": ops >= 0.999 && fabsOf(state, id).filter((fab) => fab.node === "N7" && fab.output > 0 && fab.yield >= CHINA_DUV_7NM_YIELD - 1e-9).reduce((s, fab) => s + fab.capacity, 0) >= t.chinaDuv7K,
        "domestic-euv": f.research["domestic-euv"].level >= 1,
        "domestic-3nm": inVolume(state, id, (fab) => (fab.node === "N3" || fab.node === "N2") && !fab.multipatterning) >= t.china3nmK,
      };
    }
  }
}

export function runMilestones(state: GameState): void {
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    const met = checks(state, id);
    for (const m of MILESTONE_IDS[id]) {
      if (f.milestones[m] !== null || !met[m]) continue;
      f.milestones[m] = state.month;
      const early = MILESTONE_EARLY_BONUS * Math.max(0, 1 - state.month / state.options.months);
      f.milestonePoints += MILESTONE_POINTS + early;
      f.milestoneScores[m] = Math.round(MILESTONE_POINTS + early);
      state.eventLog.push({ month: state.month, id: "milestone", faction: id, params: { milestone: m } });
      if (m === "domestic-euv") state.toolLines["domestic:euv"].outputPerMonth = TOOL_LINES["domestic:euv"].outputPerMonth;
    }
  }
  if (state.winner) return;
  const winners = FACTION_IDS.filter((id) => MILESTONE_IDS[id].every((m) => state.factions[id].milestones[m] !== null));
  if (winners.length > 0) {
    // Several in the same month: the higher score wins.
    winners.sort((a, b) => state.factions[b].score - state.factions[a].score);
    state.winner = winners[0];
    state.eventLog.push({ month: state.month, id: "victory", faction: winners[0] });
  }
}
