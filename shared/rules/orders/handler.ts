// An order handler checks everything first and returns either a refusal or a plan: what the
// order costs now, what it will do, and the change to make. Checking never mutates, so a
// refused order changes nothing and a plan that is not committed is a dry run (a preview).
import type { GameState } from "../../model/types";
import type { Order, OrderType } from "../../protocol/order";
import type { OrderEffect } from "../../protocol/preview";
import type { Refusal } from "../../protocol/refusal";
import type { IssuerOf } from "./who-may";

export interface Plan {
  /** Money paid now, $M (null when nothing is paid up front). */
  cost: number | null;
  /** The consequences the rules compute: arrival dates, queue places, rates… */
  effects: OrderEffect[];
  commit(): void;
}

/** A handler sees only issuers the who-may table lets through (a faction, or the teacher). */
export type Handler<T extends OrderType> = (state: GameState, issuer: IssuerOf<T>, order: Extract<Order, { type: T }>) => Refusal | Plan;
export type HandlerTable = { [T in OrderType]?: Handler<T> };

/** A plan whose effects are worked out only when asked for: applying an order (every bot order
 *  of every simulated month) never pays for the text of its preview. A class, so the lazy getter
 *  lives once on the prototype instead of on every plan the bots' checks create. */
class LazyPlan implements Plan {
  private known: OrderEffect[] | null = null;

  constructor(readonly cost: number | null, private readonly effectsOf: () => OrderEffect[], readonly commit: () => void) {}

  get effects(): OrderEffect[] {
    return (this.known ??= this.effectsOf());
  }
}

export function accept(cost: number | null, effects: () => OrderEffect[], commit: () => void): Plan {
  return new LazyPlan(cost, effects, commit);
}

export function isPlan(result: Refusal | Plan): result is Plan {
  return result instanceof LazyPlan;
}
