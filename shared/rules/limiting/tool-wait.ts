// When will a fab's missing tools have arrived? From its place in each vendor's order book
// (prepaid orders first), the line's output left for players, and the lead time of tools
// not yet ordered.
import { CHINA_QUOTA, TOOL_LINES, TOOL_LINES_OF_KIND, type ToolKind } from "../../data/tools";
import type { Fab, GameState, ToolOrder } from "../../model/types";
import { lineOutput, queuesByLine } from "../month/vendors";

/** Every vendor line's order book in serving order (computed once, shared by the fabs asked about). */
export type Queues = Map<string, ToolOrder[]>;

export function toolWaitMonths(state: GameState, fab: Pick<Fab, "id" | "owner" | "toolsNeeded" | "toolsDelivered">, queues: Queues = queuesByLine(state)): number {
  let wait = 0;
  for (const [kind, need] of Object.entries(fab.toolsNeeded) as Array<[ToolKind, number]>) {
    const missing = need - (fab.toolsDelivered[kind] ?? 0);
    if (missing <= 0) continue;
    let ordered = 0;
    let fallback = Infinity;
    for (const lineId of TOOL_LINES_OF_KIND[kind] ?? []) {
      const line = TOOL_LINES[lineId];
      const quota = fab.owner === "china" && line.vendor !== "domestic" ? CHINA_QUOTA[state.sanctionLevel]?.[kind] ?? 0 : Infinity;
      const perMonth = Math.max(0.05, Math.min(quota, lineOutput(state, lineId) * (1 - line.npcShare)));
      let ahead = 0;
      for (const o of queues.get(lineId) ?? []) {
        ahead += o.quantity - o.delivered;
        if (o.fabId === fab.id) {
          ordered += o.quantity - o.delivered;
          wait = Math.max(wait, ahead / perMonth, o.earliestMonth - state.month);
        }
      }
      const usable = fab.owner === "china" ? !(line.kind === "euv" && line.vendor !== "domestic") : line.vendor !== "domestic";
      if (usable && quota > 0 && lineOutput(state, lineId) > 0) fallback = Math.min(fallback, ahead / perMonth + line.leadMonths);
    }
    // Tools not yet ordered wait behind the whole queue, after the lead time.
    if (missing > ordered) wait = Math.max(wait, fallback === Infinity ? 120 : fallback);
  }
  return wait;
}
