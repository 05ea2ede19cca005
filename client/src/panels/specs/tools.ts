// Tool orders: a whole kit for a fab, one line, prepaying (in the queue list), funding a vendor.
import {
  CHINA_PREMIUM, CHINA_QUOTA, TOOL_LINES, TOOL_LINE_IDS, VENDOR_FUNDING_DELAY, VENDOR_FUNDING_OUTPUT_PER_BILLION, VENDOR_IDS, type ToolKind,
  type VendorId, toolsNeededFor,
} from "../../../../shared/index";
import type { FabView as Fab } from "../../net/view";
import { tr } from "../../i18n";
import { monthName, num } from "../../i18n/format";
import { fabsOf, isBuilding, newOrderEta } from "../../model/derive";
import type { PanelContext } from "../context";
import type { FormSpec } from "../form";
import { fabOptions, keyed, lineLabel } from "./options";

/** Tools of each kind a fab needs (the engine's own arithmetic). */
export function toolsNeeded(fab: Fab): Partial<Record<ToolKind, number>> {
  return toolsNeededFor(fab.node, fab.capacity, fab.multipatterning);
}

/** Tools of a kind a fab still needs that are neither delivered nor on order (estimated: the
 *  server sends the share of all tools delivered, not each kind's). */
export function openTools(ctx: PanelContext, fab: Fab, kind: ToolKind): number {
  const need = toolsNeeded(fab)[kind] ?? 0;
  const onOrder = ctx.view.toolOrders.filter((o) => o.fabId === fab.id && TOOL_LINES[o.line]?.kind === kind).reduce((s, o) => s + o.quantity - o.delivered, 0);
  const delivered = Math.round(need * fab.tools);
  return Math.max(0, need - delivered - onOrder);
}

/** Price the faction pays on a line (China pays a premium on foreign tools), or null if it cannot buy. */
export function unitPrice(ctx: PanelContext, lineId: string): number | null {
  const line = TOOL_LINES[lineId];
  if (!line) return null;
  if (line.vendor === "domestic") return ctx.faction === "china" ? line.price : null;
  if (ctx.faction !== "china") return line.price;
  if (line.kind === "euv") return null;
  return line.price * (1 + (CHINA_PREMIUM[ctx.view.sanctionLevel] ?? 1));
}

function lineFor(ctx: PanelContext, kind: ToolKind): string | null {
  const foreign = TOOL_LINE_IDS.filter((l) => TOOL_LINES[l].kind === kind && TOOL_LINES[l].vendor !== "domestic");
  const domestic = TOOL_LINE_IDS.filter((l) => TOOL_LINES[l].kind === kind && TOOL_LINES[l].vendor === "domestic");
  for (const l of [...foreign, ...(ctx.faction === "china" ? domestic : [])]) if (unitPrice(ctx, l) !== null) return l;
  return null;
}

const buildingFabs = (ctx: PanelContext) => fabOptions(fabsOf(ctx.view, ctx.faction).filter(isBuilding));

export const orderToolKit: FormSpec = {
  id: "orderToolKit",
  title: "order.orderToolKit",
  help: "order.orderToolKit.help",
  fields: [{ name: "fabId", label: "field.fab", kind: "select", options: buildingFabs, initial: () => "" }],
  build(v) {
    return v.fabId ? { type: "orderToolKit", fabId: String(v.fabId) } : null;
  },
  preview(v, ctx) {
    const fab = ctx.view.fabs.find((f) => f.id === v.fabId);
    if (!fab) return { cost: null, lines: [tr("preview.noBuildingFab")] };
    let cost = 0;
    const lines: string[] = [];
    let blocked = false;
    for (const kind of Object.keys(toolsNeeded(fab)) as ToolKind[]) {
      const open = openTools(ctx, fab, kind);
      if (open <= 0) continue;
      const line = lineFor(ctx, kind);
      if (!line) {
        blocked = true;
        lines.push(tr("preview.tools.blocked", { kind: tr(`tool.${kind}`) }));
        continue;
      }
      const quota = ctx.faction === "china" && TOOL_LINES[line].vendor !== "domestic" ? CHINA_QUOTA[ctx.view.sanctionLevel]?.[kind] ?? 0 : Infinity;
      const q = Math.min(open, quota);
      cost += q * (unitPrice(ctx, line) ?? 0);
      const eta = newOrderEta(ctx.view, line, q);
      lines.push(tr("preview.tools.kindLine", { n: num(q), kind: tr(`tool.${kind}`), vendor: tr(`vendor.${TOOL_LINES[line].vendor}`), ahead: num(eta.ahead), eta: monthName(eta.etaMonth) }));
    }
    if (lines.length === 0) return { cost: null, lines: [tr("preview.tools.nothingOpen")] };
    return { cost, lines, warn: blocked && ctx.faction === "china" ? tr("preview.tools.euvEmbargo") : null };
  },
};

export const orderTools: FormSpec = {
  id: "orderTools",
  title: "order.orderTools",
  help: "order.orderTools.help",
  fields: [
    { name: "fabId", label: "field.fab", kind: "select", options: buildingFabs, initial: () => "" },
    { name: "line", label: "field.line", kind: "select", options: () => TOOL_LINE_IDS.map((l) => ({ value: l, label: lineLabel(l) })), initial: () => "asml:euv" },
    { name: "quantity", label: "field.quantity", kind: "number", min: 1, max: 500, step: 1, initial: () => 1 },
  ],
  build(v) {
    const q = Math.round(Number(v.quantity));
    if (!v.fabId || !(q >= 1 && q <= 500)) return null;
    return { type: "orderTools", fabId: String(v.fabId), line: String(v.line), quantity: q };
  },
  preview(v, ctx) {
    const fab = ctx.view.fabs.find((f) => f.id === v.fabId);
    const line = TOOL_LINES[String(v.line)];
    if (!fab || !line) return { cost: null, lines: [tr("preview.noBuildingFab")] };
    const q = Math.round(Number(v.quantity)) || 0;
    const price = unitPrice(ctx, String(v.line));
    const open = openTools(ctx, fab, line.kind);
    const eta = newOrderEta(ctx.view, String(v.line), q);
    const lines = [
      tr("preview.tools.need", { open: num(open), kind: tr(`tool.${line.kind}`) }),
      tr("preview.tools.queue", { ahead: num(eta.ahead), eta: monthName(eta.etaMonth), lead: line.leadMonths }),
    ];
    const warn = price === null ? tr(line.kind === "euv" && ctx.faction === "china" ? "preview.tools.euvEmbargo" : "preview.tools.cannotBuy") : q > open ? tr("preview.tools.tooMany", { open: num(open) }) : null;
    return { cost: price === null ? null : q * price, lines, warn };
  },
};

export const fundVendor: FormSpec = {
  id: "fundVendor",
  title: "order.fundVendor",
  help: "order.fundVendor.help",
  fields: [
    { name: "vendor", label: "field.vendor", kind: "select", options: (ctx) => keyed(VENDOR_IDS.filter((x) => x !== "domestic" || ctx.faction === "china"), "vendor"), initial: (ctx) => (ctx.faction === "china" ? "domestic" : "asml") },
    { name: "amount", label: "field.amount", kind: "number", min: 100, max: 100000, step: 100, initial: () => 1000 },
  ],
  build(v) {
    const amount = Number(v.amount);
    return amount > 0 && amount <= 1_000_000 ? { type: "fundVendor", vendor: v.vendor as VendorId, amount } : null;
  },
  preview(v, ctx) {
    const amount = Number(v.amount) || 0;
    const lines = TOOL_LINE_IDS.filter((l) => TOOL_LINES[l].vendor === v.vendor).map((l) =>
      tr("preview.fund.line", { line: lineLabel(l), extra: num(TOOL_LINES[l].outputPerMonth * VENDOR_FUNDING_OUTPUT_PER_BILLION * (amount / 1000), 2), month: monthName(ctx.view.month + VENDOR_FUNDING_DELAY) }),
    );
    const warn = ctx.faction === "china" && v.vendor !== "domestic" && ctx.view.sanctionLevel >= 2 ? tr("refusal.fundingBlocked") : null;
    return { cost: amount, lines: [...lines, tr("preview.fund.shared")], warn };
  },
};
