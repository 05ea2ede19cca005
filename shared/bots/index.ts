// Bots are seats like any other: they read the state and return Orders that go
// through the same validation and rules as a human's (docs/design.md §11).
import type { FactionId } from "../data/factions";
import type { GameState } from "../model/types";
import type { Order } from "../protocol/order";
import type { Difficulty } from "../protocol/options";
import { botNoise, makeContext } from "./context";
import { play } from "./policies";
import { overtimeShells } from "./actions";
import { reasonFor, type BotReason } from "./reasons";

export type { BotReason } from "./reasons";

/** Two orders are the same decision when the rules would refuse the second (a programme's monthly
 *  cap, one kit per fab, this month's launches) or when they are the same order. */
function sameDecision(a: Order, b: Order): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case "fundResearch": return a.program === (b as typeof a).program;
    case "orderToolKit": return a.fabId === (b as typeof a).fabId;
    case "deployEdge":
    case "launch": return true;
    default: return sameFields(a, b);
  }
}

function sameFields(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (x[k] !== y[k]) return false;
  for (const k in y) if (!(k in x)) return false;
  return true;
}

/** Each decision once: the advice and the faction's own plan can reach the same order in one month. */
function distinct(orders: Order[]): Order[] {
  return orders.filter((o, i) => {
    for (let j = 0; j < i; j++) if (sameDecision(orders[j], o)) return false;
    return true;
  });
}

/** How many months late the easy bot reacts to its limiting factor. tuned: easy below normal in every seat but Samsung's (npm run balance -- --tables ladder) */
const EASY_LAG_MONTHS = 2;

/** Orders a bot gives this month for its faction. Pure: the same state gives the same orders. */
export function botOrders(state: GameState, faction: FactionId, difficulty: Difficulty): Order[] {
  return distinct(botOrdersRaw(state, faction, difficulty));
}

function botOrdersRaw(state: GameState, faction: FactionId, difficulty: Difficulty): Order[] {
  if (state.status !== "running") return [];
  const ctx = makeContext(state, faction, difficulty);
  const history = state.factions[faction].limitingHistory;
  if (difficulty === "easy") {
    // Reacts to what bound it two months ago (acting only every few months left the factions
    // whose milestones are streaks out of reach at easy; three months late made the easy Tesla
    // stronger than the normal one), keeps a thin reserve, and wastes.
    const late = history[Math.max(0, history.length - 1 - EASY_LAG_MONTHS)] ?? state.factions[faction].limitingFactor;
    play(ctx, { factor: late, lookahead: false });
    // It buys on the spot market and never asks for a contract (it still accepts or declines offers):
    // Tesla's memory milestone wants HBM under contract, so the easy Tesla rarely gets there.
    ctx.orders = ctx.orders.filter((o) => o.type !== "offerContract" || o.side === "sell");
    // …and wastes: overtime on everything, whether or not it helps.
    if (botNoise(ctx, 1) < 0.5) overtimeShells(ctx, -Infinity);
    return ctx.orders;
  }
  play(ctx, { factor: state.factions[faction].limitingFactor, lookahead: difficulty === "hard" });
  return ctx.orders;
}

/** The bot's orders with why it gave each one (for the replay and the debrief). */
export function botDecisions(state: GameState, faction: FactionId, difficulty: Difficulty): Array<{ order: Order; reason: BotReason }> {
  return botOrders(state, faction, difficulty).map((order) => ({ order, reason: reasonFor(state, faction, order) }));
}
