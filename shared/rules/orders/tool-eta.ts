// When a tool order placed now would be delivered: the line's own month (rules/month/vendors.ts)
// run forward on a copy of its numbers, the queue ahead served first come, first served.
// An estimate only in what the future holds: funding, prepaying and events can still move it.
import { TOOL_LINES } from "../../data/tools";
import type { GameState } from "../../model/types";
import { queueOf } from "../month/vendors";

/** How far ahead the line is run before the date is called unknown. */
const HORIZON_MONTHS = 240;

export interface ToolEta {
  /** Tools ahead in the line's queue (prepaid orders first). */
  ahead: number;
  /** The month the order's last tool arrives, or null if the line would not get there. */
  lastMonth: number | null;
}

export function toolEta(state: GameState, lineId: string, quantity: number): ToolEta {
  const data = TOOL_LINES[lineId];
  const line = state.toolLines[lineId];
  const waiting = queueOf(state, lineId).map((o) => ({ left: o.quantity - o.delivered, earliest: o.earliestMonth }));
  const ahead = waiting.reduce((s, w) => s + w.left, 0);
  const mine = { left: quantity, earliest: state.month + data.leadMonths };
  waiting.push(mine);
  let output = line.outputPerMonth;
  let extra = line.fundedExtra;
  let carry = line.carry;
  for (let m = state.month; m < state.month + HORIZON_MONTHS; m++) {
    if (output > 0 || data.kind !== "euv" || data.vendor !== "domestic") output = Math.min(data.outputCap, output + data.growthPerMonth);
    for (const [at, more] of line.fundedPipeline) if (at === m || (m === state.month && at < m)) extra += more;
    const available = (output + extra) * (1 - data.npcShare) + carry;
    let whole = Math.floor(available);
    carry = Math.min(available - whole, 1);
    for (const w of waiting) {
      if (whole <= 0) break;
      if (w.earliest > m || w.left <= 0) continue;
      const n = Math.min(whole, w.left);
      w.left -= n;
      whole -= n;
    }
    if (mine.left <= 0) return { ahead, lastMonth: m };
  }
  return { ahead, lastMonth: null };
}
