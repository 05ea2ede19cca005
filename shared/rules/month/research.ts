// Research programmes level up when enough money has gone in (capped per month,
// so money cannot remove time); lobbying moves the sanction level.
import { FACTION_IDS } from "../../data/factions";
import { RESEARCH, RESEARCH_IDS } from "../../data/research";
import { LOBBY_COST_PER_STEP, SANCTION_MAX, SANCTION_MIN } from "../../data/tools";
import type { GameState } from "../../model/types";

export function runResearch(state: GameState): void {
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    for (const r of RESEARCH_IDS) {
      const prog = f.research[r];
      const data = RESEARCH[r];
      f.researchThisMonth[r] = 0;
      while (prog.level < data.levels && prog.spent >= prog.cost * (prog.level + 1)) {
        prog.level += 1;
        state.eventLog.push({ month: state.month, id: "research-done", faction: id, params: { program: r, level: prog.level } });
        if (r === "hbm-qualification") f.hbmAcceptance = 1;
      }
    }
  }
  const net = state.lobby.tighten - state.lobby.loosen;
  if (Math.abs(net) >= LOBBY_COST_PER_STEP) {
    const before = state.sanctionLevel;
    state.sanctionLevel = Math.min(SANCTION_MAX, Math.max(SANCTION_MIN, state.sanctionLevel + Math.sign(net)));
    state.lobby = { tighten: 0, loosen: 0 };
    if (state.sanctionLevel !== before) state.eventLog.push({ month: state.month, id: "sanctions-changed", params: { level: state.sanctionLevel } });
  }
}
