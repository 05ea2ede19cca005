// Monthly funding: the standing research and lobbying budgets a faction keeps. One per research
// programme and one for lobbying (a faction pushes the controls one way at a time).
import type { ResearchId } from "../data/research";
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

export function monthlyFundingFor(f: FactionState, t: FundingTarget): MonthlyFunding | undefined {
  return f.monthlyFunding.find((m) => targets(m.order, t));
}

/** Sets (or replaces) the monthly funding for the order's target, from the month after `month`. */
export function setMonthlyFunding(f: FactionState, order: Funded, month: number): void {
  const t = targetOf(order);
  f.monthlyFunding = [...f.monthlyFunding.filter((m) => !targets(m.order, t)), { order: { ...order }, sinceMonth: month, short: false }];
}

export function stopMonthlyFunding(f: FactionState, t: FundingTarget): void {
  f.monthlyFunding = f.monthlyFunding.filter((m) => !targets(m.order, t));
}
