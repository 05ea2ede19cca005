// Orders for lithography and process tools, prepaying, and funding vendors.
import { PREPAY_PREMIUM, TOOL_LINES, VENDOR_FUNDING_DELAY, VENDOR_FUNDING_OUTPUT_PER_BILLION, type ToolKind } from "../../data/tools";
import { newId } from "../../model/ids";
import { linesFor, onOrderFor, toolAccess, toolsToOrder } from "../../model/tool-access";
import type { Fab, GameState } from "../../model/types";
import type { FactionId } from "../../data/factions";
import { refuse } from "../../protocol/refusal";
import { canAfford, spend } from "../money";
import { findOwnFab } from "./fabs";
import { isFaction, type HandlerTable } from "./handler";

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

export const toolHandlers: HandlerTable = {
  orderTools(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotBuild");
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
    const cost = o.quantity * access.unitPrice;
    if (!canAfford(state.factions[issuer], cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    return () => placeOrders(state, issuer, fab, [{ line: o.line, quantity: o.quantity, unitPrice: access.unitPrice }]);
  },

  orderToolKit(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotBuild");
    const fab = findOwnFab(state, issuer, o.fabId);
    if (!fab) return refuse("unknown-target", "refusal.unknownFab", { fabId: o.fabId });
    if (!fabTakesTools(fab)) return refuse("wrong-stage", "refusal.fabHasTools");
    const plan: PlannedOrder[] = [];
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
    }
    if (plan.length === 0) return blocked ? refuse("sanctioned", blocked) : refuse("limit-reached", "refusal.nothingToOrder");
    const cost = plan.reduce((s, p) => s + p.quantity * p.unitPrice, 0);
    if (!canAfford(state.factions[issuer], cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    return () => placeOrders(state, issuer, fab, plan);
  },

  prepay(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotBuild");
    const order = state.toolOrders.find((t) => t.id === o.orderId && t.faction === issuer);
    if (!order) return refuse("unknown-target", "refusal.unknownToolOrder", { orderId: o.orderId });
    if (order.prepaidSeq !== null) return refuse("limit-reached", "refusal.alreadyPrepaid");
    const cost = (order.quantity - order.delivered) * order.unitPrice * PREPAY_PREMIUM;
    if (!canAfford(state.factions[issuer], cost)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    return () => {
      spend(state.factions[issuer], cost);
      state.prepaidSeq += 1;
      order.prepaidSeq = state.prepaidSeq;
    };
  },

  fundVendor(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotBuild");
    if (o.vendor === "domestic" && issuer !== "china") return refuse("not-allowed", "refusal.domesticChinaOnly");
    if (o.vendor !== "domestic" && issuer === "china" && state.sanctionLevel >= 2) return refuse("sanctioned", "refusal.fundingBlocked");
    const f = state.factions[issuer];
    if (!canAfford(f, o.amount)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(o.amount) });
    return () => {
      spend(f, o.amount);
      for (const [lineId, line] of Object.entries(TOOL_LINES)) {
        if (line.vendor !== o.vendor) continue;
        const extra = line.outputPerMonth * VENDOR_FUNDING_OUTPUT_PER_BILLION * (o.amount / 1000);
        state.toolLines[lineId].fundedPipeline.push([state.month + VENDOR_FUNDING_DELAY, extra]);
      }
    };
  },
};
