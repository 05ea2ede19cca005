// What a bot knows when it decides: its faction, the state, and a few derived facts.
import type { FactionId } from "../data/factions";
import type { Difficulty } from "../protocol/options";
import type { Fab, FactionState, GameState, LimitingFactor } from "../model/types";
import type { Order } from "../protocol/order";
import { checkTypedOrder } from "../rules/apply-order";

/** How many months late the easy bot founds its TerraFab, and reacts to its limiting factor in matches
 *  longer than 60 months (easyLagMonths). tuned: easy below normal in every seat but Samsung's, whose easy bot is slowed in its shift to HBM instead (factions/samsung.ts hbmPace) */
export const EASY_LAG_MONTHS = 2;

/** How many months late the easy bot reacts to its limiting factor in a match of this length: a month in
 *  a 60-month match, where two once left the easy TSMC 9 % of all-easy matches (8–11 % over eight seed sets of
 *  200) and the easy Samsung 40 %; now 12 % and 34 %. No more in 180 months (three made the easy Tesla
 *  38 % there, the easy China 13 %). Not at all for the easy Samsung in a 60-month match: a month late
 *  it won more often, not less (27–32.5 % as one seat among three normal bots, the normal seat 19–27 %,
 *  eight seed sets of 200); on time, and a little slower to shift its DRAM to HBM (factions/samsung.ts hbmPace),
 *  15.5–26 %, below the normal seat in seven sets of eight (level in the eighth). Four months for the
 *  easy TSMC there, since a deployer's own dies count only as far as its memory can use them (score.ts):
 *  the weaker 60-month China left the all-easy TSMC 37.3 / 37.1 % on the means of eight seed sets of 200
 *  a month late, 36.8 / 35.3 % two months late, 35.0 / 33.8 % three (its seat 15.0 / 17.5 %, the normal
 *  one 24.6 / 23.9 %). Three still left it 33.8 % over twelve sets of 200 (29.5–38.5), the cell nearest
 *  its bound; four 31.9 % (the easy Samsung 17.5 → 18.3 %), five 30.6 % (Samsung 16.6 %); the easy TSMC
 *  seat is the same at three and four (9.5–19 % against the normal seat's 24–29 % on four sets). tuned */
export function easyLagMonths(months: number, faction: FactionId): number {
  if (months <= 60) return faction === "samsung" ? 0 : faction === "tsmc" ? 4 : 1;
  return EASY_LAG_MONTHS;
}

export interface BotContext {
  state: GameState;
  id: FactionId;
  me: FactionState;
  difficulty: Difficulty;
  /** Cash the bot will not spend below (a reserve for shells, salaries, wafers). */
  reserve: number;
  orders: Order[];
  /** Cash left after the orders chosen so far. */
  budget: number;
}

export function makeContext(state: GameState, id: FactionId, difficulty: Difficulty): BotContext {
  const me = state.factions[id];
  const reserve = difficulty === "easy" ? 2000 : 6000;
  return { state, id, me, difficulty, reserve, orders: [], budget: me.cash };
}

/** Queue an order if the rules would accept it now and it fits the budget; returns whether it was queued.
 *  `allowed`: the rules' answer when the caller already has it (a plan that checked the same order). */
export function give(ctx: BotContext, order: Order, cost = 0, allowed?: () => boolean): boolean {
  if (cost > 0 && ctx.budget - cost < ctx.reserve) return false;
  if (allowed ? !allowed() : checkTypedOrder(ctx.state, ctx.id, order) !== null) return false;
  ctx.orders.push(order);
  ctx.budget -= cost;
  return true;
}

export function myFabs(ctx: BotContext): Fab[] {
  return ctx.state.fabs.filter((f) => f.owner === ctx.id);
}

export function building(ctx: BotContext): Fab[] {
  return myFabs(ctx).filter((f) => f.stage === "permitting" || f.stage === "shell" || f.stage === "install");
}

/** A deterministic number in [0,1) from the state, for bots' small variations (never touches the game's RNG). */
export function botNoise(ctx: BotContext, salt: number): number {
  let x = (ctx.state.options.seed ^ Math.imul(ctx.state.month + 1, 0x9e3779b1) ^ Math.imul(salt + ctx.id.length * 7919, 0x85ebca6b)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x ^= x >>> 15;
  return (x >>> 0) / 4294967296;
}

/** What the bot attacks this month, and whether it plans ahead. */
export interface Plan {
  factor: LimitingFactor;
  /** Plans ahead for the five-year fab cycle. */
  lookahead: boolean;
}
