// Each month a bot weighs every contract it is party to: keep it, or walk away. Walking away costs the
// damages (rules/orders/contracts.ts breakFee); keeping it costs, over the months left, the gap between
// the contract's price and what the goods fetch on the spot market today (a buyer could buy them
// there, a seller sell them there). Damages never fall below that gap, so a bot breaks a contract only
// when the other side has already broken it month after month (no damages then) and the market now
// beats the contract's price. The lesson for a player: a contract is a promise priced to hold.
import { MARKETS } from "../data/markets";
import { breakFeeNow, sellersPrice } from "../rules/orders/contracts";
import type { Contract, GameState } from "../model/types";
import type { FactionId } from "../data/factions";
import { give, type BotContext } from "./context";

/** What keeping this contract to its end costs this side at today's spot price ($M; below zero, a gain). */
export function keepingCost(state: GameState, c: Contract, side: FactionId): number {
  const spot = sellersPrice(state, c);
  const perUnit = side === c.buyer ? c.price - spot : spot - c.price;
  return c.months * c.perMonth * perUnit * MARKETS[c.good].moneyPerUnitPerPrice;
}

/** Share of what keeping costs that walking away must save: today's spot price is only a guess at the
 *  coming months', and when the damages are the price gap itself, the two are equal. tuned */
const BREAK_SAVING = 0.1;

/** Should this side walk away now: the damages cost clearly less than keeping it (and keeping it costs something)? */
export function worthBreaking(state: GameState, c: Contract, side: FactionId): boolean {
  const keep = keepingCost(state, c, side);
  return keep > 0 && breakFeeNow(state, c, side) < keep * (1 - BREAK_SAVING);
}

export function breakWhatNoLongerPays(ctx: BotContext): void {
  for (const c of ctx.state.contracts) {
    if (c.status !== "active" || (c.buyer !== ctx.id && c.seller !== ctx.id)) continue;
    if (worthBreaking(ctx.state, c, ctx.id)) give(ctx, { type: "breakContract", contractId: c.id }, breakFeeNow(ctx.state, c, ctx.id));
  }
}

