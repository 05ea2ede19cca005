// Money that flows every month: other businesses, income from compute, power bills, interest.
import { COMPUTE_INCOME_PER_GW_MONTH, LOAN_RATE_YEAR, OTHER_INCOME, POWER_OPEX_PER_GW_MONTH } from "../../data/finance";
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
    // Interest is paid if it can be; otherwise it is added to the debt.
    const interest = f.debt * (LOAN_RATE_YEAR[id] / 12);
    if (f.cash >= interest) spend(f, interest);
    else f.debt += interest;
  }
}
