// Monthly funding (FactionState.monthlyFunding) is given again each month after the month's own
// orders, through the same rules as any order: cut to what the month's pace still allows (a one-off
// order may have used some of it), and skipped, with news once, while the cash is short. A maker's
// funding ends, with news, when its target can take no more: the launch cadence at its ceiling, or a
// Western maker that the export controls now close to China.
import { FACTION_IDS, type FactionId } from "../../data/factions";
import { LAUNCH_CADENCE_MAX } from "../../data/power";
import { RESEARCH } from "../../data/research";
import { LOOSEN_MAX_PER_MONTH } from "../../data/tools";
import { stopMonthlyFunding, targetOf } from "../../model/monthly-funding";
import type { FactionState, GameState, MonthlyFunding } from "../../model/types";
import type { NewsId } from "../../protocol/events";
import { applyTypedOrder } from "../apply-order";

type Funded = MonthlyFunding["order"];

/** What the month's pace still lets this funding pay ($M); a maker's order clips itself to what its
 *  target can still take (launch cadence to its ceiling). */
function roomFor(f: FactionState, order: Funded): number {
  switch (order.type) {
    case "fundResearch": return RESEARCH[order.program].maxPerMonth - f.researchThisMonth[order.program];
    case "lobby": return order.direction === "loosen" ? LOOSEN_MAX_PER_MONTH - f.loosenThisMonth : order.amount;
    default: return order.amount;
  }
}

/** The news of a funding skipped for want of cash, and its parameters. */
function shortNews(order: Funded): { id: NewsId; params: Record<string, string> } {
  switch (order.type) {
    case "fundResearch": return { id: "funding-short", params: { program: order.program } };
    case "lobby": return { id: "lobbying-short", params: { direction: order.direction } };
    case "fundVendor": return { id: "vendor-funding-short", params: { vendor: order.vendor } };
    case "fundCasting": return { id: "casting-funding-short", params: { maker: order.maker } };
    case "fundLaunches": return { id: "launch-funding-short", params: {} };
  }
}

/** Ends a maker's funding that its target can take no more of, with news. */
function endFunding(state: GameState, id: FactionId, order: Funded): void {
  stopMonthlyFunding(state.factions[id], targetOf(order));
  const news: { id: NewsId; params: Record<string, string | number> } =
    order.type === "fundVendor" ? { id: "vendor-funding-blocked", params: { vendor: order.vendor } }
      : order.type === "fundCasting" ? { id: "casting-funding-blocked", params: { maker: order.maker } }
        : { id: "launch-funding-done", params: { max: LAUNCH_CADENCE_MAX } };
  state.eventLog.push({ month: state.month, id: news.id, faction: id, params: news.params });
}

export function runMonthlyFunding(state: GameState): void {
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    for (const m of [...f.monthlyFunding]) {
      // Set this month: the order that set it paid this month's.
      if (m.sinceMonth >= state.month) continue;
      const amount = Math.min(m.order.amount, roomFor(f, m.order));
      if (amount <= 1e-6) continue;
      const refusal = applyTypedOrder(state, id, { ...m.order, amount });
      const short = refusal?.code === "not-affordable";
      if (short && !m.short) {
        const news = shortNews(m.order);
        state.eventLog.push({ month: state.month, id: news.id, faction: id, params: news.params });
      }
      if (refusal && !short && (m.order.type === "fundVendor" || m.order.type === "fundCasting" || m.order.type === "fundLaunches")) {
        endFunding(state, id, m.order);
        continue;
      }
      m.short = short;
    }
  }
}
