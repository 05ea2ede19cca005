// Prepaying moves an order ahead of every unprepaid one on its line: the rivals whose orders it
// passes are told who jumped them, by how many tools, and about how much later theirs now come.
// The one ASML queue is contested; a contest nobody sees is scenery.
import type { FactionId } from "../../data/factions";
import { TOOL_LINES } from "../../data/tools";
import type { GameState, ToolOrder } from "../../model/types";
import { lineOutput } from "../month/vendors";

/** News for each rival an order passes as it is prepaid (call before marking it prepaid). */
export function reportQueueJumps(state: GameState, by: FactionId, order: ToolOrder): void {
  const tools = order.quantity - order.delivered;
  if (tools <= 0) return;
  const passed = new Set<FactionId>();
  // Unprepaid orders are served in the order they were placed, which is their order in the books.
  for (const o of state.toolOrders) {
    if (o === order) break;
    if (o.line === order.line && o.faction !== order.faction && o.prepaidSeq === null && o.delivered < o.quantity) passed.add(o.faction);
  }
  const line = TOOL_LINES[order.line];
  // About how much later the passed orders now come: the tools ahead over what the line serves players a month.
  const perMonth = lineOutput(state, order.line) * (1 - line.npcShare);
  const months = perMonth > 0 ? Math.round(tools / perMonth) : 0;
  for (const faction of passed) {
    state.eventLog.push({ month: state.month, id: "queue-jumped", faction, params: { by, vendor: line.vendor, tool: line.kind, tools, months } });
  }
}
