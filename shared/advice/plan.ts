// A small helper for building an attack: orders are kept only if the rules accept them now
// and the money they need fits the budget left after the ones chosen before.
import type { FactionId } from "../data/factions";
import type { ToolKind } from "../data/tools";
import { lacksToolOrders, onOrderByFab } from "../model/tool-access";
import type { Fab, GameState } from "../model/types";
import type { Order } from "../protocol/order";
import { checkTypedOrder } from "../rules/apply-order";

export interface Plan {
  state: GameState;
  id: FactionId;
  orders: Order[];
  /** Cash still free for this plan. */
  budget: number;
  /** Worked out once per plan: the state does not change while a plan is made, and an attack
   *  asks several times (each fab it founds or grows first gives the fabs under way their tools). */
  memo?: PlanMemo;
}

interface PlanMemo {
  lacking?: Fab[];
  kitAllowed: Map<string, boolean>;
}

function memoOf(plan: Plan): PlanMemo {
  return (plan.memo ??= { kitAllowed: new Map() });
}

/** The faction's fabs under way whose tools are neither delivered nor on order. */
export function fabsLackingTools(plan: Plan): Fab[] {
  const memo = memoOf(plan);
  if (!memo.lacking) {
    const onOrder: Map<string, Partial<Record<ToolKind, number>>> = onOrderByFab(plan.state, plan.id);
    memo.lacking = plan.state.fabs.filter((f) => f.owner === plan.id && (f.stage === "permitting" || f.stage === "shell" || f.stage === "install") && lacksToolOrders(f, onOrder));
  }
  return memo.lacking;
}

/** Would the rules accept this order now? A tool kit's answer is kept for the plan (its check walks the order books). */
export function allowed(plan: Plan, order: Order): boolean {
  if (order.type !== "orderToolKit") return checkTypedOrder(plan.state, plan.id, order) === null;
  const memo = memoOf(plan);
  let ok = memo.kitAllowed.get(order.fabId);
  if (ok === undefined) memo.kitAllowed.set(order.fabId, (ok = checkTypedOrder(plan.state, plan.id, order) === null));
  return ok;
}

export function newPlan(state: GameState, id: FactionId, reserve: number): Plan {
  return { state, id, orders: [], budget: state.factions[id].cash - reserve };
}

/** Add an order if it is allowed and affordable; returns whether it was added. */
export function add(plan: Plan, order: Order, cost = 0): boolean {
  if (cost > 0 && cost > plan.budget) return false;
  if (!allowed(plan, order)) return false;
  plan.orders.push(order);
  plan.budget -= cost;
  return true;
}
