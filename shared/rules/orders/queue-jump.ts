// Prepaying moves an order ahead of every unprepaid one on its line: the rivals whose orders it
// passes are told who jumped them, by how many tools, and about how much later theirs now come.
// The one ASML queue is contested; a contest nobody sees is scenery.
import type { FactionId } from "../../data/factions";
import { TOOL_LINES } from "../../data/tools";
import type { GameState, ToolOrder } from "../../model/types";
import { lineOutput } from "../month/vendors";

export interface QueueJump {
  /** Who was passed. */
  faction: FactionId;
  /** Tools now served before that faction's orders. */
  tools: number;
  /** About how many months later those orders now come (the tools ahead over what the line serves players a month). */
  months: number;
}

/** The rivals an order passes when it is prepaid now (call before marking it prepaid). */
export function queueJumps(state: GameState, order: ToolOrder): QueueJump[] {
  const tools = order.quantity - order.delivered;
  if (tools <= 0) return [];
  const passed = new Set<FactionId>();
  // Unprepaid orders are served in the order they were placed, which is their order in the books.
  for (const o of state.toolOrders) {
    if (o === order) break;
    if (o.line === order.line && o.faction !== order.faction && o.prepaidSeq === null && o.delivered < o.quantity) passed.add(o.faction);
  }
  const data = TOOL_LINES[order.line];
  const perMonth = lineOutput(state, order.line) * (1 - data.npcShare);
  const months = perMonth > 0 ? Math.round(tools / perMonth) : 0;
  return [...passed].map((faction) => ({ faction, tools, months }));
}

/** The news each passed rival gets. */
export function reportQueueJumps(state: GameState, by: FactionId, order: ToolOrder, jumps: QueueJump[]): void {
  const line = TOOL_LINES[order.line];
  for (const j of jumps) {
    state.eventLog.push({ month: state.month, id: "queue-jumped", faction: j.faction, params: { by, vendor: line.vendor, tool: line.kind, tools: j.tools, months: j.months } });
  }
}
