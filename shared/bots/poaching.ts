// Poaching: when the region's labour market cannot supply what a bot would hire this month, the hard
// bot lures the rest from the rival with the most staff it may take (docs/design.md §5 "Talent", §11).
import { ENGINEER_SALARY, PHD_SALARY, POACH_FEE_MONTHS, TALENT_POOL } from "../data/construction";
import { FACTION_IDS, FACTIONS, type FactionId } from "../data/factions";
import { staffNeed, staffWanted } from "../rules/staff-posts";
import { poachRoom, poachSanctioned } from "../model/poaching";
import type { GameState } from "../model/types";
import { give, type BotContext } from "./context";

/** Less than this (thousands of engineers, hundreds of PhDs) is not worth an order. */
const SMALLEST = 0.05;

/**
 * What the bot lures from a rival this month: within the month's cap, and only people the rival has
 * beyond its own fabs' need. Taking people its running fabs need as well (the rules allow it) made
 * the hard bots, which then stripped one another, hand the all-hard China 36 % of 120-month matches
 * (seeds 1–500; 30 % without poaching, 31 % now). tuned
 */
function lurable(state: GameState, from: FactionId): { engineers: number; phds: number } {
  const room = poachRoom(state, from);
  const need = staffNeed(state, from);
  const rival = state.factions[from];
  return {
    engineers: Math.min(room.engineers, Math.max(0, rival.engineers - need.engineers)),
    phds: Math.min(room.phds, Math.max(0, rival.phds - need.phds)),
  };
}

export function poachShortfall(ctx: BotContext): void {
  if (ctx.difficulty !== "hard") return;
  const { state, id } = ctx;
  // What it would hire (its fabs' need and a tenth to spare) beyond what its region offers this month.
  const wanted = staffWanted(state, id);
  const pool = TALENT_POOL[FACTIONS[id].homeRegion];
  const short = { engineers: Math.max(0, wanted.engineers - pool.engineers), phds: Math.max(0, wanted.phds - pool.phds) };
  if (short.engineers < SMALLEST && short.phds < SMALLEST) return;
  let best: { from: FactionId; engineers: number; phds: number } | null = null;
  for (const from of FACTION_IDS) {
    if (from === id || poachSanctioned(state, id, from)) continue;
    const room = lurable(state, from);
    const engineers = Math.min(short.engineers, room.engineers);
    const phds = Math.min(short.phds, room.phds);
    if (!best || engineers + phds > best.engineers + best.phds) best = { from, engineers, phds };
  }
  if (!best) return;
  // Rounded down, so the order never asks for more than the room.
  const engineers = Math.floor(best.engineers * 100) / 100;
  const phds = Math.floor(best.phds * 100) / 100;
  if (engineers < SMALLEST && phds < SMALLEST) return;
  const fee = (engineers * ENGINEER_SALARY + phds * PHD_SALARY) * POACH_FEE_MONTHS;
  give(ctx, { type: "poach", from: best.from, engineers, phds }, fee);
}
