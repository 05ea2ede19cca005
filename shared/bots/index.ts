// Bots are seats like any other: they read the state and return Orders that go
// through the same validation and rules as a human's (DESIGN.md §10).
import type { FactionId } from "../data/factions";
import type { GameState } from "../model/types";
import type { Order } from "../protocol/order";
import type { Difficulty } from "../protocol/options";
import { botNoise, makeContext } from "./context";
import { play } from "./policies";
import { reasonFor, type BotReason } from "./reasons";

export type { BotReason } from "./reasons";

/** What makes two orders the same decision: the rules would refuse the second (a programme's monthly cap, one kit per fab, this month's launches). */
function decisionKey(o: Order): string {
  switch (o.type) {
    case "fundResearch": return `research:${o.program}`;
    case "orderToolKit": return `kit:${o.fabId}`;
    case "deployEdge":
    case "launch": return o.type;
    default: return JSON.stringify(o);
  }
}

/** Each decision once: the advice and the faction's own plan can reach the same order in one month. */
function distinct(orders: Order[]): Order[] {
  const seen = new Set<string>();
  return orders.filter((o) => {
    const k = decisionKey(o);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Orders a bot gives this month for its faction. Pure: the same state gives the same orders. */
export function botOrders(state: GameState, faction: FactionId, difficulty: Difficulty): Order[] {
  return distinct(botOrdersRaw(state, faction, difficulty));
}

function botOrdersRaw(state: GameState, faction: FactionId, difficulty: Difficulty): Order[] {
  if (state.status !== "running") return [];
  const ctx = makeContext(state, faction, difficulty);
  const history = state.factions[faction].limitingHistory;
  if (difficulty === "easy") {
    // Reacts to what bound it three months ago (acting only every few months left the factions
    // whose milestones are streaks out of reach at easy), keeps a thin reserve, and wastes.
    const late = history[Math.max(0, history.length - 4)] ?? state.factions[faction].limitingFactor;
    play(ctx, { factor: late, lookahead: false });
    // …and wastes: overtime on everything, whether or not it helps.
    if (botNoise(ctx, 1) < 0.5) for (const fab of state.fabs) if (fab.owner === faction && fab.stage === "shell" && !fab.overtime) ctx.orders.push({ type: "setOvertime", fabId: fab.id, on: true });
    return ctx.orders;
  }
  play(ctx, { factor: state.factions[faction].limitingFactor, lookahead: difficulty === "hard" });
  return ctx.orders;
}

/** The bot's orders with why it gave each one (for the replay and the debrief). */
export function botDecisions(state: GameState, faction: FactionId, difficulty: Difficulty): Array<{ order: Order; reason: BotReason }> {
  return botOrders(state, faction, difficulty).map((order) => ({ order, reason: reasonFor(state, faction, order) }));
}
