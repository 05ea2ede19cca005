// Monthly funding: the standing budgets a faction keeps. One per research programme, one for
// lobbying (a faction pushes the controls one way at a time), one per tool maker, one per
// turbine-blade caster, and one for launch cadence.
import type { TurbineMaker } from "../data/power";
import type { ResearchId } from "../data/research";
import type { VendorId } from "../data/tools";
import type { Order } from "../protocol/order";
import type { FactionState, MonthlyFunding } from "./types";

type Funded = MonthlyFunding["order"];
/** What a monthly funding pays for: a programme, lobbying, a tool maker, a caster, or launches. */
export type FundingTarget =
  | { of: "fundResearch"; program: ResearchId }
  | { of: "lobby" }
  | { of: "fundVendor"; vendor: VendorId }
  | { of: "fundCasting"; maker: TurbineMaker }
  | { of: "fundLaunches" };

export function targetOf(order: Funded): FundingTarget {
  switch (order.type) {
    case "fundResearch": return { of: "fundResearch", program: order.program };
    case "fundVendor": return { of: "fundVendor", vendor: order.vendor };
    case "fundCasting": return { of: "fundCasting", maker: order.maker };
    default: return { of: order.type };
  }
}

/** The budget a target names: one per kind, and per programme, tool maker or caster. */
function budgetKey(t: FundingTarget): string {
  return `${t.of}:${"program" in t ? t.program : "vendor" in t ? t.vendor : "maker" in t ? t.maker : ""}`;
}

const targets = (order: Funded, t: FundingTarget) => budgetKey(targetOf(order)) === budgetKey(t);

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

const FUNDABLE = new Set<Order["type"]>(["fundResearch", "fundVendor", "fundCasting", "fundLaunches"]);

/** Orders less any funding a monthly funding of at least that much already gives: "Attack it"
 *  should not ask a player to fund again what the engine funds for it each month. */
export function notFundedMonthly(f: FactionState, orders: Order[]): Order[] {
  return orders.filter((o) => {
    if (!FUNDABLE.has(o.type)) return true;
    const m = monthlyFundingFor(f, targetOf(o as Funded));
    return !m || m.order.amount < (o as Funded).amount;
  });
}

export function stopMonthlyFunding(f: FactionState, t: FundingTarget): void {
  f.monthlyFunding = f.monthlyFunding.filter((m) => !targets(m.order, t));
}
