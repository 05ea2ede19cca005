// A small helper for building an attack: orders are kept only if the rules accept them now
// and the money they need fits the budget left after the ones chosen before.
import type { FactionId } from "../data/factions";
import type { GameState } from "../model/types";
import type { Order } from "../protocol/order";
import { checkTypedOrder } from "../rules/apply-order";

export interface Plan {
  state: GameState;
  id: FactionId;
  orders: Order[];
  /** Cash still free for this plan. */
  budget: number;
}

export function newPlan(state: GameState, id: FactionId, reserve: number): Plan {
  return { state, id, orders: [], budget: state.factions[id].cash - reserve };
}

/** Add an order if it is allowed and affordable; returns whether it was added. */
export function add(plan: Plan, order: Order, cost = 0): boolean {
  if (cost > 0 && cost > plan.budget) return false;
  if (checkTypedOrder(plan.state, plan.id, order) !== null) return false;
  plan.orders.push(order);
  plan.budget -= cost;
  return true;
}
