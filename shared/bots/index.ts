// Bots are seats like any other: they read the state and return Orders that go
// through the same validation and rules as a human's (docs/design.md §11).
import type { FactionId } from "../data/factions";
import type { GameState, LimitingFactor } from "../model/types";
import type { Order } from "../protocol/order";
import type { Difficulty } from "../protocol/options";
import { botNoise, easyLagMonths, makeContext } from "./context";
import { play } from "./policies";
import { overtimeShells } from "./actions";
import { overtimeUse } from "./overtime";
import { reasonFor, type BotReason } from "./reasons";
import { UNSOLD_SHARE } from "../data/limiting";
import { unsoldOver } from "../rules/limiting/binding";
import { stopOrderOf } from "../model/monthly-funding";

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
 *  all-easy matches; asking after 3–6 months made it stronger than the normal bot). Nine months in a
 *  60-month match (EASY_CONTRACT_MONTHS_60); eleven in longer ones, where after eight the easy Tesla seat won 15.0 % of 120-month
 *  matches against three normal bots, the normal seat 18.6 % (out of order on one seed set of four;
 *  13.9 against 16.6 % on unseen sets), and after eleven 11.4 % (10.3 %), the all-easy Tesla 20–22 % of
 *  120- and 180-month matches (eight seed sets of 200); in 60-month ones eleven left it 13.6 %. Eight again in
 *  180-month matches, whose memory milestone holds nine months: after eleven the all-easy Tesla won 10.5–16 % of
 *  them and the easy TSMC 39–41 % on two seed sets of 200, after eight 22–22.5 % and 32–33 %. tuned */
function easyContractMonths(months: number): number {
  if (months <= 60) return EASY_CONTRACT_MONTHS_60;
  return months > 120 ? 8 : 11;
}

/** …nine in a 60-month match: after eight the easy Tesla seat won as often as the normal one (27.5–31 %
 *  against 27–31.5 % on four seed sets of 200 once the easy Samsung and TSMC stopped paying overtime
 *  there, below), after nine 15.5–25.5 % against 26–36.5 % on eight sets, the all-easy Tesla 21–26 %
 *  (after ten 11–15 % on four of them). tuned */
const EASY_CONTRACT_MONTHS_60 = 9;

/** Months in a row, up to this one, that this factor has bound. */
function monthsBinding(history: readonly LimitingFactor[], factor: LimitingFactor): number {
  let n = 0;
  for (let i = history.length - 1; i >= 0 && history[i] === factor; i--) n++;
  return n;
}

/**
 * The new factors the normal bot acts on only once they have bound two months running (before that
 * it keeps at last month's), by faction. Tesla's memory: a one-month pinch is a price blip, and the
 * spot HBM at any price and the DRAM fab it bought on one took the cash its logic and power needed
 * (16 % of all-normal 120-month matches; 29 % when it waits). TSMC, every factor: a month of slack
 * demand stopped its next fab (balance distance over eight seed sets 25.0 → 22.7, and the ladder
 * out of order in 14 seats instead of 18). Waiting on every factor made Tesla, Samsung and China worse.
 */
const NORMAL_WAITS_ON: Partial<Record<FactionId, (factor: LimitingFactor) => boolean>> = {
  tesla: (factor) => factor === "memory",
  tsmc: () => true,
};

/**
 * Share of what TSMC offered that, left unsold, makes its bot treat demand as binding whatever the HUD
 * names. The HUD names the capacity that pays while a spiked wafer price settles (priceSettling), but
 * TSMC's bot holds back and sells first: building through those months won it 55–71 % of 120-month
 * matches at every difficulty. The hard bot is not put off by a surplus under 6.5 % (at 5 % its seat
 * won 38–45 % over four seed sets; at 10 % all-hard TSMC won 39 %). tuned
 */
const TSMC_SURPLUS_SHARE: Record<Difficulty, number> = { easy: UNSOLD_SHARE, normal: UNSOLD_SHARE, hard: 0.065 };

function heldBackBySurplus(state: GameState, faction: FactionId, difficulty: Difficulty): boolean {
  return faction === "tsmc" && unsoldOver(state, faction, TSMC_SURPLUS_SHARE[difficulty]);
}

/**
 * What the bot attacks this month: TSMC demand while its wafers go unsold (heldBackBySurplus); the
 * easy bot what bound it two months ago, one in a 60-month match, none for Samsung there (easyLagMonths; acting only every few
 * months left the factions whose milestones are streaks out of reach at easy; three months late made
 * the easy Tesla stronger than the normal one); the normal bot a new factor once it holds
 * (NORMAL_WAITS_ON); the hard bot, which plans ahead, the month's. The reasons the bot gives name
 * this factor, not the month's.
 */
export function botFactor(state: GameState, faction: FactionId, difficulty: Difficulty): LimitingFactor {
  const f = state.factions[faction];
  const history = f.limitingHistory;
  if (heldBackBySurplus(state, faction, difficulty)) return "demand";
  if (difficulty === "easy") return history[Math.max(0, history.length - 1 - easyLagMonths(state.options.months, faction))] ?? f.limitingFactor;
  const running = monthsBinding(history, f.limitingFactor);
  if (difficulty === "normal" && running < 2 && NORMAL_WAITS_ON[faction]?.(f.limitingFactor)) return history[history.length - 1 - running] ?? f.limitingFactor;
  return f.limitingFactor;
}

/** Orders a bot gives this month for its faction. Pure: the same state gives the same orders. */
export function botOrders(state: GameState, faction: FactionId, difficulty: Difficulty): Order[] {
  return distinct([...handBack(state, faction), ...botOrdersRaw(state, faction, difficulty)]);
}

/** A bot never sets monthly funding (it decides each month), so any it finds on its seat is the plan
 *  of a player who left (a class seat, a dropped solo): it stops it and funds what it needs itself. */
function handBack(state: GameState, faction: FactionId): Order[] {
  if (state.status !== "running") return [];
  return state.factions[faction].monthlyFunding.map((m) => stopOrderOf(m.order));
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
    const commits = monthsBinding(history, "memory") >= easyContractMonths(state.options.months);
    ctx.orders = ctx.orders.filter((o) => o.type !== "offerContract" || o.side === "sell" || commits);
    // …and wastes: overtime on everything, half its months, whether or not it helps (overtime.ts).
    if (overtimeUse(faction, difficulty, state.options.months) === "waste" && botNoise(ctx, 1) < 0.5) overtimeShells(ctx, -Infinity);
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
