// Tool makers build what they can each month and serve their order books:
// prepaid orders first, then first come, first served; nothing before its lead time.
import { TOOL_LINES } from "../../data/tools";
import { SITES } from "../../data/sites";
import type { GameState, ToolOrder } from "../../model/types";
import { earn } from "../money";

export function lineOutput(state: GameState, lineId: string): number {
  return state.toolLines[lineId].outputPerMonth + state.toolLines[lineId].fundedExtra;
}

/** Orders of a line in the order they will be served. */
export function queueOf(state: GameState, lineId: string): ToolOrder[] {
  const orders = state.toolOrders.filter((o) => o.line === lineId && o.delivered < o.quantity);
  const prepaid = orders.filter((o) => o.prepaidSeq !== null).sort((a, b) => (a.prepaidSeq as number) - (b.prepaidSeq as number));
  return [...prepaid, ...orders.filter((o) => o.prepaidSeq === null)];
}

export function runVendors(state: GameState): void {
  for (const [lineId, data] of Object.entries(TOOL_LINES)) {
    const line = state.toolLines[lineId];
    if (line.outputPerMonth > 0 || data.kind !== "euv" || data.vendor !== "domestic") {
      line.outputPerMonth = Math.min(data.outputCap, line.outputPerMonth + data.growthPerMonth);
    }
    const matured = line.fundedPipeline.filter(([m]) => m <= state.month);
    for (const [, extra] of matured) line.fundedExtra += extra;
    line.fundedPipeline = line.fundedPipeline.filter(([m]) => m > state.month);

    const available = lineOutput(state, lineId) * (1 - data.npcShare) + line.carry;
    let whole = Math.floor(available);
    line.carry = Math.min(available - whole, 1);
    for (const order of queueOf(state, lineId)) {
      if (whole <= 0) break;
      if (order.earliestMonth > state.month) continue;
      const fab = state.fabs.find((f) => f.id === order.fabId);
      if (!fab) continue;
      const room = (fab.toolsNeeded[data.kind] ?? 0) - (fab.toolsDelivered[data.kind] ?? 0);
      const n = Math.min(whole, order.quantity - order.delivered, Math.max(0, room));
      if (n <= 0) {
        order.delivered = order.quantity; // the fab no longer needs them: close the order
        continue;
      }
      order.delivered += n;
      fab.toolsDelivered[data.kind] = (fab.toolsDelivered[data.kind] ?? 0) + n;
      line.delivered += n;
      whole -= n;
      const subsidy = SITES[fab.site].subsidyShare * n * order.unitPrice;
      earn(state.factions[order.faction], subsidy);
    }
  }
  state.toolOrders = state.toolOrders.filter((o) => o.delivered < o.quantity);
}
