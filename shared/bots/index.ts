// Bots are seats like any other: they read the state and return Orders that go
// through the same validation and rules as a human's (docs/design.md §11).
import type { FactionId } from "../data/factions";
import type { GameState, LimitingFactor } from "../model/types";
import type { Order } from "../protocol/order";
import type { Difficulty } from "../protocol/options";
import { EASY_LAG_MONTHS, botNoise, makeContext } from "./context";
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

/** Months memory must have bound the easy bot, running, before it asks for a contract: it commits late
 *  (never asking left the easy Tesla, whose memory milestone wants HBM under contract, at 12 % of
 *  all-easy matches; asking after 3–6 months made it stronger than the normal bot). tuned */
const EASY_CONTRACT_MONTHS = 8;

/** Months in a row, up to this one, that this factor has bound. */
function monthsBinding(history: readonly LimitingFactor[], factor: LimitingFactor): number {
  let n = 0;
  for (let i = history.length - 1; i >= 0 && history[i] === factor; i--) n++;
  return n;
}

/**
 * What the bot attacks this month. The easy bot reacts to what bound it two months ago (acting only
 * every few months left the factions whose milestones are streaks out of reach at easy; three months
 * late made the easy Tesla stronger than the normal one). The normal Tesla commits to memory (spot
 * HBM at any price, a contract, a DRAM fab) only when memory has bound two months running: a
 * one-month pinch is a price blip, and a fab founded on one took the cash its logic and power needed
 * (16 % of all-normal 120-month matches; 22–29 % when it waits a month). The hard bot, which plans
 * ahead, does not wait. The reasons the bot gives name this factor, not the month's.
 */
export function botFactor(state: GameState, faction: FactionId, difficulty: Difficulty): LimitingFactor {
  const f = state.factions[faction];
  const history = f.limitingHistory;
  if (difficulty === "easy") return history[Math.max(0, history.length - 1 - EASY_LAG_MONTHS)] ?? f.limitingFactor;
  if (faction === "tesla" && difficulty === "normal" && f.limitingFactor === "memory" && monthsBinding(history, "memory") < 2) {
    return history[history.length - 2] ?? f.limitingFactor;
  }
  return f.limitingFactor;
}

/** Orders a bot gives this month for its faction. Pure: the same state gives the same orders. */
export function botOrders(state: GameState, faction: FactionId, difficulty: Difficulty): Order[] {
  return distinct(botOrdersRaw(state, faction, difficulty));
}

function botOrdersRaw(state: GameState, faction: FactionId, difficulty: Difficulty): Order[] {
  if (state.status !== "running") return [];
  const ctx = makeContext(state, faction, difficulty);
  const history = state.factions[faction].limitingHistory;
  const factor = botFactor(state, faction, difficulty);
  if (difficulty === "easy") {
    // Reacts late (botFactor), keeps a thin reserve, commits late and wastes.
    play(ctx, { factor, lookahead: false });
    // It buys on the spot market and asks for a contract only once memory has bound it for months
    // (it still accepts or declines offers): Tesla's memory milestone wants HBM under contract.
    const commits = monthsBinding(history, "memory") >= EASY_CONTRACT_MONTHS;
    ctx.orders = ctx.orders.filter((o) => o.type !== "offerContract" || o.side === "sell" || commits);
    // …and wastes: overtime on everything, whether or not it helps.
    if (botNoise(ctx, 1) < 0.5) overtimeShells(ctx, -Infinity);
    return ctx.orders;
  }
  play(ctx, { factor, lookahead: difficulty === "hard" });
  return ctx.orders;
}

/** The bot's orders with why it gave each one (for the replay and the debrief). */
export function botDecisions(state: GameState, faction: FactionId, difficulty: Difficulty): Array<{ order: Order; reason: BotReason }> {
  const factor = botFactor(state, faction, difficulty);
  return botOrders(state, faction, difficulty).map((order) => ({ order, reason: reasonFor(state, faction, order, factor) }));
}
