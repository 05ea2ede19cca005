// Monthly funding (FactionState.monthlyFunding) is given again each month after the month's own
// orders, through the same rules as any order: cut to what the month's pace still allows (a one-off
// order may have used some of it), and skipped, with news once, while the cash is short.
import { FACTION_IDS } from "../../data/factions";
import { RESEARCH } from "../../data/research";
import { LOOSEN_MAX_PER_MONTH } from "../../data/tools";
import type { FactionState, GameState, MonthlyFunding } from "../../model/types";
import { applyTypedOrder } from "../apply-order";

/** What the month's pace still lets this funding pay ($M). */
function roomFor(f: FactionState, order: MonthlyFunding["order"]): number {
  if (order.type === "fundResearch") return RESEARCH[order.program].maxPerMonth - f.researchThisMonth[order.program];
  return order.direction === "loosen" ? LOOSEN_MAX_PER_MONTH - f.loosenThisMonth : order.amount;
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
        const params: Record<string, string> = m.order.type === "fundResearch" ? { program: m.order.program } : { direction: m.order.direction };
        state.eventLog.push({ month: state.month, id: m.order.type === "fundResearch" ? "funding-short" : "lobbying-short", faction: id, params });
      }
      m.short = short;
    }
  }
}
