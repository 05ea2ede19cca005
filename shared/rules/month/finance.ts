// Money that flows every month: other businesses, income from compute, power bills, interest.
import { COMPUTE_INCOME_PER_GW_MONTH, COVENANT_SWEEP, OTHER_INCOME, POWER_OPEX_PER_GW_MONTH, REVENUE_SMOOTHING } from "../../data/finance";
import { creditLimitOf, loanRateOf } from "../../model/credit";
import { FACTION_IDS } from "../../data/factions";
import { computeGW } from "../../model/compute";
import type { GameState } from "../../model/types";
import { earn, spend } from "../money";

export function runFinance(state: GameState): void {
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    earn(f, OTHER_INCOME[id]);
    const gw = computeGW(f);
    earn(f, gw * COMPUTE_INCOME_PER_GW_MONTH);
    spend(f, (f.gridGW + f.turbineGW) * POWER_OPEX_PER_GW_MONTH);
    // Lenders look at a year of revenue (loans are not revenue: the borrow order takes them out).
    f.revenueYear += (f.flows.revenue * 12 - f.revenueYear) * REVENUE_SMOOTHING;
    // Interest, dearer with leverage, is paid if it can be; otherwise it is added to the debt.
    const interest = f.debt * (loanRateOf(state, id) / 12);
    if (f.cash >= interest) spend(f, interest);
    else f.debt += interest;
    // Over the line (revenue fell): the covenant takes a share of the month's revenue to pay it down.
    const over = f.debt - creditLimitOf(state, id);
    if (over > 0) {
      const sweep = Math.min(over, f.flows.revenue * COVENANT_SWEEP, Math.max(0, f.cash));
      if (sweep > 0) {
        spend(f, sweep);
        f.debt -= sweep;
      }
    }
  }
}
