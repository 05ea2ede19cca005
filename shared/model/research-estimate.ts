// What a faction knows of a breakthrough's cost: a range that starts at the programme's published
// uncertainty and narrows toward the real (drawn) cost as the money goes in — so a player sees a
// programme going badly and can change course, without the draw being handed over at month 0.
import { RESEARCH, uncertaintyOf, type ResearchId } from "../data/research";
import type { FactionId } from "../data/factions";
import type { GameState } from "./types";

export interface ResearchEstimate {
  /** Spent toward the next level, $M. */
  spent: number;
  /** The range the total cost of the next level may lie in, $M (equal when known). */
  low: number;
  high: number;
  level: number;
  levels: number;
}

export function researchEstimate(state: GameState, faction: FactionId, program: ResearchId): ResearchEstimate {
  const r = RESEARCH[program];
  const p = state.factions[faction].research[program];
  const spent = Math.max(0, p.spent - p.cost * p.level);
  if (r.levels !== 1 || p.level >= 1) return { spent, low: p.cost, high: p.cost, level: p.level, levels: r.levels };
  // Learnt in proportion to the work done: at the start the published range, at the end the truth.
  const learnt = Math.min(1, spent / p.cost);
  const range = uncertaintyOf(program);
  const low0 = r.cost * range.min;
  const high0 = r.cost * range.max;
  const low = Math.max(spent, low0 + (p.cost - low0) * learnt);
  const high = Math.max(low, high0 + (p.cost - high0) * learnt);
  return { spent, low: Math.round(low), high: Math.round(high), level: p.level, levels: r.levels };
}

/** The middle of the range: what a planner (a bot, the HUD's pace) works with. */
export function expectedCost(e: ResearchEstimate): number {
  return (e.low + e.high) / 2;
}
