// What the teacher's dashboard and debrief need from one class match.
import { FACTION_IDS, type FactionId, type GameState } from "../../shared/index";
import { botPlays, type Seats } from "./seats";

export interface ClassMatchSummary {
  matchId: string;
  month: number;
  status: string;
  winner: string | null;
  dramPrice: number[];
  fabs: Array<{ owner: string; node: string; site: string; startedMonth: number | null; volumeMonth: number | null }>;
  factions: Record<FactionId, {
    limitingFactor: string;
    score: number;
    milestones: Record<string, number | null>;
    limitingHistory: string[];
    computeHistory: number[];
    salesHistory: number[];
    students: string[];
    controller: string;
  }>;
}

export function classSummary(matchId: string, status: string, g: GameState, seats: Seats): ClassMatchSummary {
  return {
    matchId,
    month: g.month,
    status,
    winner: g.winner,
    dramPrice: [...g.markets.dram.history],
    fabs: g.fabs.filter((f) => f.startedMonth !== null).map((f) => ({ owner: f.owner, node: f.node, site: f.site, startedMonth: f.startedMonth, volumeMonth: f.volumeMonth })),
    factions: Object.fromEntries(FACTION_IDS.map((f) => {
      const fs = g.factions[f];
      return [f, {
        limitingFactor: fs.limitingFactor,
        score: fs.score,
        milestones: { ...fs.milestones },
        limitingHistory: [...fs.limitingHistory],
        computeHistory: [...fs.computeHistory],
        salesHistory: [...fs.salesHistory],
        students: seats[f].occupants.map((o) => o.name),
        controller: botPlays(seats[f]) ? "bot" : "human",
      }];
    })) as ClassMatchSummary["factions"],
  };
}
