// Monthly funding: the standing research and lobbying budgets a faction keeps. One per research
// programme and one for lobbying (a faction pushes the controls one way at a time).
import type { ResearchId } from "../data/research";
import type { Order } from "../protocol/order";
import type { FactionState, MonthlyFunding } from "./types";

type Funded = MonthlyFunding["order"];
/** What a monthly funding pays for: a programme, or lobbying. */
export type FundingTarget = { of: "fundResearch"; program: ResearchId } | { of: "lobby" };

function targets(order: Funded, t: FundingTarget): boolean {
  return order.type === t.of && (order.type === "lobby" || (t.of === "fundResearch" && order.program === t.program));
}

export function targetOf(order: Funded): FundingTarget {
  return order.type === "lobby" ? { of: "lobby" } : { of: "fundResearch", program: order.program };
}

/** The order that ends this monthly funding: a player's Stop button and a bot taking the seat give it. */
export function stopOrderOf(order: Funded): Extract<Order, { type: "stopFunding" }> {
  return { type: "stopFunding", ...targetOf(order) };
}

export function monthlyFundingFor(f: FactionState, t: FundingTarget): MonthlyFunding | undefined {
  return f.monthlyFunding.find((m) => targets(m.order, t));
}

/** Sets (or replaces) the monthly funding for the order's target, from the month after `month`. */
export function setMonthlyFunding(f: FactionState, order: Funded, month: number): void {
  const t = targetOf(order);
  f.monthlyFunding = [...f.monthlyFunding.filter((m) => !targets(m.order, t)), { order: { ...order }, sinceMonth: month, short: false }];
}

/** Orders less any research funding a monthly funding of at least that much already gives: "Attack
 *  it" should not ask a player to fund again what the engine funds for it each month. */
export function notFundedMonthly(f: FactionState, orders: Order[]): Order[] {
  return orders.filter((o) => {
    if (o.type !== "fundResearch") return true;
    const m = monthlyFundingFor(f, { of: "fundResearch", program: o.program });
    return !m || m.order.amount < o.amount;
  });
}

export function stopMonthlyFunding(f: FactionState, t: FundingTarget): void {
  f.monthlyFunding = f.monthlyFunding.filter((m) => !targets(m.order, t));
}
