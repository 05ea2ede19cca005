// Stopping a monthly funding (set by fundResearch, lobby, fundVendor, fundCasting or fundLaunches
// with everyMonth).
import { monthlyFundingFor, stopMonthlyFunding, type FundingTarget } from "../../model/monthly-funding";
import type { Order } from "../../protocol/order";
import { effect } from "../../protocol/preview";
import { refuse, type Refusal } from "../../protocol/refusal";
import { accept, type HandlerTable } from "./handler";

/** Which budget a stop names, or why it names none: a programme, maker or caster must be said. */
function targetOfStop(o: Extract<Order, { type: "stopFunding" }>): FundingTarget | Refusal {
  switch (o.of) {
    case "fundResearch": return o.program === undefined ? refuse("malformed", "refusal.stopFundingWhich") : { of: o.of, program: o.program };
    case "fundVendor": return o.vendor === undefined ? refuse("malformed", "refusal.stopFundingWhichVendor") : { of: o.of, vendor: o.vendor };
    case "fundCasting": return o.maker === undefined ? refuse("malformed", "refusal.stopFundingWhichCaster") : { of: o.of, maker: o.maker };
    default: return { of: o.of };
  }
}

export const monthlyFundingHandlers: HandlerTable = {
  stopFunding(state, issuer, o) {
    const target = targetOfStop(o);
    if ("code" in target) return target;
    const f = state.factions[issuer];
    const funding = monthlyFundingFor(f, target);
    if (!funding) return refuse("unknown-target", "refusal.noMonthlyFunding");
    return accept(null, () => [effect("preview.monthly.stop", { amount: { money: funding.order.amount } })], () => stopMonthlyFunding(f, target));
  },
};
