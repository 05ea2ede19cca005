// Each faction's three milestones (docs/design.md §8), checked every month. First to clear all three wins.
import { FACTION_IDS, type FactionId } from "../../data/factions";
import { MILESTONE_EARLY_BONUS, MILESTONE_IDS, MILESTONE_POINTS } from "../../data/milestones";
import { TOOL_LINES } from "../../data/tools";
import type { GameState } from "../../model/types";
import { milestoneMeasures } from "./milestone-measures";

/** Is each milestone met this month? A streak advances (or resets) as a side effect. */
function checks(state: GameState, id: FactionId): Record<string, boolean> {
  const met: Record<string, boolean> = {};
  const streaks = state.factions[id].streaks;
  for (const [m, x] of Object.entries(milestoneMeasures(state, id))) {
    if (x.holdMonths === undefined) {
      met[m] = x.ok;
      continue;
    }
    streaks[m] = x.ok ? (streaks[m] ?? 0) + 1 : 0;
    met[m] = streaks[m] >= x.holdMonths;
  }
  return met;
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
