// Tool orders: a whole kit for a fab, one line, prepaying (in the queue list), funding a vendor.
// What they cost and when the tools come is the engine's preview.
import { MAX_ORDER_MONEY, MAX_TOOLS_PER_ORDER, TOOL_LINE_IDS, VENDOR_IDS, type VendorId } from "../../../../shared/index";
import { fabsOf, isBuilding } from "../../model/derive";
import type { PanelContext } from "../context";
import type { FormSpec } from "../form";
import { fabOptions, keyed, lineLabel } from "./options";

const buildingFabs = (ctx: PanelContext) => fabOptions(fabsOf(ctx.view, ctx.faction).filter(isBuilding));

export const orderToolKit: FormSpec = {
  id: "orderToolKit",
  title: "order.orderToolKit",
  help: "order.orderToolKit.help",
  fields: [{ name: "fabId", label: "field.fab", kind: "select", options: buildingFabs, initial: () => "" }],
  build(v) {
    return v.fabId ? { type: "orderToolKit", fabId: String(v.fabId) } : null;
  },
};

export const orderTools: FormSpec = {
  id: "orderTools",
  title: "order.orderTools",
  help: "order.orderTools.help",
  fields: [
    { name: "fabId", label: "field.fab", kind: "select", options: buildingFabs, initial: () => "" },
    // China's own tool makers sell only to China: the others are not offered lines they may never buy.
    // China starts on ASML's DUV, which it may buy under today's controls (its EUV is embargoed: still
    // listed, so the refusal can say why).
    { name: "line", label: "field.line", kind: "select", options: (ctx) => TOOL_LINE_IDS.filter((l) => !l.startsWith("domestic:") || ctx.faction === "china").map((l) => ({ value: l, label: lineLabel(l) })), initial: (ctx) => (ctx.faction === "china" ? "asml:duv" : "asml:euv") },
    { name: "quantity", label: "field.quantity", kind: "number", min: 1, max: MAX_TOOLS_PER_ORDER, step: 1, initial: () => 1 },
  ],
  build(v) {
    return v.fabId ? { type: "orderTools", fabId: String(v.fabId), line: String(v.line), quantity: Math.round(Number(v.quantity)) } : null;
  },
};

export const fundVendor: FormSpec = {
  id: "fundVendor",
  title: "order.fundVendor",
  help: "order.fundVendor.help",
  fields: [
    { name: "vendor", label: "field.vendor", kind: "select", options: (ctx) => keyed(VENDOR_IDS.filter((x) => x !== "domestic" || ctx.faction === "china"), "vendor"), initial: (ctx) => (ctx.faction === "china" ? "domestic" : "asml") },
    { name: "amount", label: "field.amount", kind: "number", min: 100, max: MAX_ORDER_MONEY, step: 100, initial: () => 1000 },
    // A tool maker's capacity grows over years: a player may keep funding it each month.
    { name: "everyMonth", label: "field.everyMonth", kind: "checkbox", initial: () => false },
  ],
  build(v) {
    return { type: "fundVendor", vendor: v.vendor as VendorId, amount: Number(v.amount), ...(v.everyMonth ? { everyMonth: true } : {}) };
  },
};
