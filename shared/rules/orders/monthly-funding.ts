// Stopping a monthly funding (set by fundResearch or lobby with everyMonth).
import { monthlyFundingFor, stopMonthlyFunding, type FundingTarget } from "../../model/monthly-funding";
import { effect } from "../../protocol/preview";
import { refuse } from "../../protocol/refusal";
import { accept, type HandlerTable } from "./handler";

export const monthlyFundingHandlers: HandlerTable = {
  stopFunding(state, issuer, o) {
    if (o.of === "fundResearch" && o.program === undefined) return refuse("malformed", "refusal.stopFundingWhich");
    const target: FundingTarget = o.of === "fundResearch" && o.program !== undefined ? { of: "fundResearch", program: o.program } : { of: "lobby" };
    const f = state.factions[issuer];
    const funding = monthlyFundingFor(f, target);
    if (!funding) return refuse("unknown-target", "refusal.noMonthlyFunding");
    return accept(null, () => [effect("preview.monthly.stop", { amount: { money: funding.order.amount } })], () => stopMonthlyFunding(f, target));
  },
};
