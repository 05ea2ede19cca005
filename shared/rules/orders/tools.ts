// Orders for lithography and process tools, prepaying, and funding vendors.
import { PREPAY_PREMIUM, TOOL_LINES, VENDOR_FUNDING_DELAY, VENDOR_FUNDING_OUTPUT_PER_BILLION, type ToolKind, type ToolLineData } from "../../data/tools";
import { newId } from "../../model/ids";
import { setMonthlyFunding } from "../../model/monthly-funding";
import { linesFor, onOrderFor, toolAccess, toolsToOrder } from "../../model/tool-access";
import type { Fab, GameState, ToolOrder } from "../../model/types";
import type { FactionId } from "../../data/factions";
import { effect, type OrderEffect } from "../../protocol/preview";
import { refuse } from "../../protocol/refusal";
import { canAfford, spend } from "../money";
import { findOwnFab } from "./fabs";
import { accept, type HandlerTable } from "./handler";
import { toolEta } from "./tool-eta";
import { reportQueueJumps } from "./queue-jump";
import { cutOffFromWest } from "../../model/sanctions";

interface PlannedOrder {
  line: string;
  quantity: number;
  unitPrice: number;
}

function placeOrders(state: GameState, faction: FactionId, fab: Fab, plan: PlannedOrder[]): void {
  const f = state.factions[faction];
  for (const p of plan) {
    spend(f, p.quantity * p.unitPrice);
    state.toolOrders.push({
      id: newId(state, "t"), line: p.line, faction, fabId: fab.id, quantity: p.quantity, delivered: 0,
      placedMonth: state.month, earliestMonth: state.month + TOOL_LINES[p.line].leadMonths, prepaidSeq: null, unitPrice: p.unitPrice,
    });
  }
}

function fabTakesTools(fab: Fab): boolean {
  return fab.stage === "permitting" || fab.stage === "shell" || fab.stage === "install";
}

/** Where an order would wait and when its last tool would come, as a line of the preview. */
function queueEffect(state: GameState, p: PlannedOrder, kindLine: boolean): OrderEffect {
  const line = TOOL_LINES[p.line];
  const { ahead, lastMonth } = toolEta(state, p.line, p.quantity);
  if (kindLine) {
    const what = { n: p.quantity, kind: { text: `tool.${line.kind}` }, vendor: { text: `vendor.${line.vendor}` }, ahead };
    return lastMonth === null ? effect("preview.tools.kindLineStalled", what) : effect("preview.tools.kindLine", { ...what, eta: { month: lastMonth } });
  }
  return lastMonth === null ? effect("preview.tools.queueStalled", { ahead }) : effect("preview.tools.queue", { ahead, lead: line.leadMonths, eta: { month: lastMonth } });
}

/** What moving an order to the front of its queue costs: the tools still to come, at a premium. */
export function prepayCost(order: Pick<ToolOrder, "quantity" | "delivered" | "unitPrice">): number {
  return (order.quantity - order.delivered) * order.unitPrice * PREPAY_PREMIUM;
}

const costOf = (plan: PlannedOrder[]) => plan.reduce((s, p) => s + p.quantity * p.unitPrice, 0);

export const toolHandlers: HandlerTable = {
  orderTools(state, issuer, o) {
    const fab = findOwnFab(state, issuer, o.fabId);
    if (!fab) return refuse("unknown-target", "refusal.unknownFab", { fabId: o.fabId });
    if (!fabTakesTools(fab)) return refuse("wrong-stage", "refusal.fabHasTools");
    const access = toolAccess(state, issuer, o.line);
    if (!access.ok) return refuse(access.code, access.reason);
    const kind = TOOL_LINES[o.line].kind;
    const open = toolsToOrder(state, fab.id, kind, fab.toolsNeeded[kind] ?? 0, fab.toolsDelivered[kind] ?? 0);
    if (open <= 0) return refuse("limit-reached", "refusal.toolNotNeeded", { kind });
    if (o.quantity > open) return refuse("limit-reached", "refusal.tooManyTools", { kind, open });
    if (o.quantity > access.quotaLeft) return refuse("sanctioned", "refusal.quotaExhausted");
    const plan = [{ line: o.line, quantity: o.quantity, unitPrice: access.unitPrice }];
    const cost = costOf(plan);
    if (!canAfford(state.factions[issuer], cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    return accept(cost, () => [effect("preview.tools.need", { open, kind: { text: `tool.${kind}` } }), queueEffect(state, plan[0], false)], () => placeOrders(state, issuer, fab, plan));
  },

  orderToolKit(state, issuer, o) {
    const fab = findOwnFab(state, issuer, o.fabId);
    if (!fab) return refuse("unknown-target", "refusal.unknownFab", { fabId: o.fabId });
    if (!fabTakesTools(fab)) return refuse("wrong-stage", "refusal.fabHasTools");
    const plan: PlannedOrder[] = [];
    /** Kinds still short after every line the faction may buy from. */
    const short: ToolKind[] = [];
    let blocked: string | null = null;
    const onOrder = onOrderFor(state, fab.id);
    for (const [kind, need] of Object.entries(fab.toolsNeeded) as Array<[ToolKind, number]>) {
      let open = Math.max(0, need - (fab.toolsDelivered[kind] ?? 0) - (onOrder[kind] ?? 0));
      for (const line of linesFor(issuer, kind)) {
        if (open <= 0) break;
        const access = toolAccess(state, issuer, line);
        if (!access.ok) {
          blocked = access.reason;
          continue;
        }
        const q = Math.min(open, access.quotaLeft);
        plan.push({ line, quantity: q, unitPrice: access.unitPrice });
        open -= q;
      }
      if (open > 0) short.push(kind);
    }
    if (plan.length === 0) return blocked ? refuse("sanctioned", blocked) : refuse("limit-reached", "refusal.nothingToOrder");
    const cost = costOf(plan);
    if (!canAfford(state.factions[issuer], cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    return accept(cost, () => [...plan.map((p) => queueEffect(state, p, true)), ...short.map((kind) => effect("preview.tools.blocked", { kind: { text: `tool.${kind}` } }, true))], () => placeOrders(state, issuer, fab, plan));
  },

  prepay(state, issuer, o) {
    const order = state.toolOrders.find((t) => t.id === o.orderId && t.faction === issuer);
    if (!order) return refuse("unknown-target", "refusal.unknownToolOrder", { orderId: o.orderId });
    if (order.prepaidSeq !== null) return refuse("limit-reached", "refusal.alreadyPrepaid");
    const cost = prepayCost(order);
    if (!canAfford(state.factions[issuer], cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    return accept(cost, () => [], () => {
      spend(state.factions[issuer], cost);
      reportQueueJumps(state, issuer, order);
      state.prepaidSeq += 1;
      order.prepaidSeq = state.prepaidSeq;
    });
  },

  fundVendor(state, issuer, o) {
    if (o.vendor === "domestic" && issuer !== "china") return refuse("not-allowed", "refusal.domesticChinaOnly");
    if (o.vendor !== "domestic" && cutOffFromWest(state, issuer)) return refuse("sanctioned", "refusal.fundingBlocked");
    const f = state.factions[issuer];
    if (!canAfford(f, o.amount)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(o.amount) });
    const lines = Object.entries(TOOL_LINES).filter(([, line]) => line.vendor === o.vendor);
    const extraOf = (line: ToolLineData) => line.outputPerMonth * VENDOR_FUNDING_OUTPUT_PER_BILLION * (o.amount / 1000);
    const from = state.month + VENDOR_FUNDING_DELAY;
    return accept(o.amount, () => [
      ...lines.map(([, line]) => effect("preview.fund.line", { vendor: { text: `vendor.${line.vendor}` }, kind: { text: `tool.${line.kind}` }, extra: { num: extraOf(line), digits: 2 }, month: { month: from } })),
      effect("preview.fund.shared"),
      ...(o.everyMonth ? [effect("preview.monthly.fund", { amount: { money: o.amount }, month: { month: state.month + 1 } })] : []),
    ], () => {
      spend(f, o.amount);
      for (const [lineId, line] of lines) state.toolLines[lineId].fundedPipeline.push([from, extraOf(line)]);
      if (o.everyMonth) setMonthlyFunding(f, { type: "fundVendor", vendor: o.vendor, amount: o.amount }, state.month);
    });
  },
};
