// Research programmes level up when enough money has gone in (capped per month,
// so money cannot remove time); lobbying moves the sanction level.
import { FACTION_IDS } from "../../data/factions";
import { RESEARCH, RESEARCH_IDS } from "../../data/research";
import { LOBBY_COST_PER_STEP, SANCTION_MAX, SANCTION_MIN } from "../../data/tools";
import { reportLicenceChange } from "./licence-news";
import { stopMonthlyFunding } from "../../model/monthly-funding";
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
      // A programme done needs no more money: its monthly funding ends with it.
      if (prog.level >= data.levels) stopMonthlyFunding(f, { of: "fundResearch", program: r });
    }
  }
  // A new month, a new allowance for lobbying to loosen (LOOSEN_MAX_PER_MONTH).
  for (const id of FACTION_IDS) state.factions[id].loosenThisMonth = 0;
  // A tug-of-war: the two sides' money nets out; each full step's worth moves the level one step
  // (several at once for a big push), and what is left over keeps pushing next month — up to one
  // step's worth: pushing against the last level banks nothing more.
  const net = state.lobby.tighten - state.lobby.loosen;
  const steps = Math.trunc(Math.abs(net) / LOBBY_COST_PER_STEP) * Math.sign(net);
  if (steps !== 0) {
    const before = state.sanctionLevel;
    state.sanctionLevel = Math.min(SANCTION_MAX, Math.max(SANCTION_MIN, state.sanctionLevel + steps));
    const moved = state.sanctionLevel - before;
    // What moved the level is used up; the rest of the winning side's surplus carries over.
    const left = Math.max(-LOBBY_COST_PER_STEP, Math.min(LOBBY_COST_PER_STEP, net - moved * LOBBY_COST_PER_STEP));
    state.lobby = { tighten: Math.max(0, left), loosen: Math.max(0, -left) };
    if (moved !== 0) state.eventLog.push({ month: state.month, id: "sanctions-changed", params: { level: state.sanctionLevel } });
    reportLicenceChange(state, before);
  }
}
