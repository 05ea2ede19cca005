// Tool makers build what they can each month and serve their order books:
// prepaid orders first, then first come, first served; nothing before its lead time.
import { TOOL_LINES } from "../../data/tools";
import { SITES } from "../../data/sites";
import { takeDue } from "../../model/funded-pipeline";
import type { GameState, ToolOrder } from "../../model/types";
import { earn } from "../money";

export function lineOutput(state: GameState, lineId: string): number {
  return state.toolLines[lineId].outputPerMonth + state.toolLines[lineId].fundedExtra;
}

/** Orders of a line in the order they will be served. */
export function queueOf(state: GameState, lineId: string): ToolOrder[] {
  const prepaid: ToolOrder[] = [];
  const rest: ToolOrder[] = [];
  for (const o of state.toolOrders) {
    if (o.line !== lineId || o.delivered >= o.quantity) continue;
    (o.prepaidSeq !== null ? prepaid : rest).push(o);
  }
  if (prepaid.length === 0) return rest;
  prepaid.sort((a, b) => (a.prepaidSeq as number) - (b.prepaidSeq as number));
  for (const o of rest) prepaid.push(o);
  return prepaid;
}

/** Every line's queue in serving order (lines with no open order are left out), from one pass over the order books. */
export function queuesByLine(state: GameState): Map<string, ToolOrder[]> {
  const out = new Map<string, ToolOrder[]>();
  let prepaid = false;
  for (const o of state.toolOrders) {
    if (o.delivered >= o.quantity) continue;
    if (o.prepaidSeq !== null) prepaid = true;
    const q = out.get(o.line);
    if (q) q.push(o);
    else out.set(o.line, [o]);
  }
  // Prepaid orders first, in the order they were prepaid; the rest keep their place.
  if (prepaid) for (const [line, q] of out) out.set(line, q.filter((o) => o.prepaidSeq !== null).sort((a, b) => (a.prepaidSeq as number) - (b.prepaidSeq as number)).concat(q.filter((o) => o.prepaidSeq === null)));
  return out;
}

const LINE_ENTRIES = Object.entries(TOOL_LINES);

export function runVendors(state: GameState): void {
  const queues = queuesByLine(state);
  let fabs: Map<string, GameState["fabs"][number]> | undefined;
  for (const [lineId, data] of LINE_ENTRIES) {
    const line = state.toolLines[lineId];
    if (line.outputPerMonth > 0 || data.kind !== "euv" || data.vendor !== "domestic") {
      line.outputPerMonth = Math.min(data.outputCap, line.outputPerMonth + data.growthPerMonth);
    }
    line.fundedPipeline = takeDue(line.fundedPipeline, state.month, (extra) => { line.fundedExtra += extra; });

    const available = lineOutput(state, lineId) * (1 - data.npcShare) + line.carry;
    let whole = Math.floor(available);
    line.carry = Math.min(available - whole, 1);
    for (const order of queues.get(lineId) ?? []) {
      if (whole <= 0) break;
      if (order.earliestMonth > state.month) continue;
      fabs ??= new Map(state.fabs.map((f) => [f.id, f]));
      const fab = fabs.get(order.fabId);
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
