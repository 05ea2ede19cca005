// Markets: spot trades, standing procurement, supply deals with the outside makers, and how much DRAM goes into HBM.
// Prices, stock and refusals come with the engine's preview.
import { MAX_ORDER_GOODS, SUPPLY_DEAL_GOODS, SUPPLY_DEAL_MAX_MONTHS, SUPPLY_DEAL_MIN_MONTHS, type Good, type SupplyDealGood } from "../../../../shared/index";
import { tr } from "../../i18n";
import { num } from "../../i18n/format";
import type { FormSpec } from "../form";
import { TYPICAL_QUANTITY, goodOptions, keyed, marketPriceOf } from "./options";

export function priceText(good: Good, price: number): string {
  return tr(`price.${good}`, { p: num(price, good === "dram" ? 2 : 0) });
}

export const spotTrade: FormSpec = {
  id: "spotTrade",
  title: "order.spotTrade",
  help: "order.spotTrade.help",
  fields: [
    { name: "good", label: "field.good", kind: "select", options: goodOptions, initial: () => "hbm" },
    { name: "side", label: "field.side", kind: "select", options: () => keyed(["buy", "sell"], "side"), initial: () => "buy" },
    { name: "quantity", label: "field.quantityGood", kind: "number", min: 1, max: MAX_ORDER_GOODS, step: 1, follows: (_, v) => TYPICAL_QUANTITY[v.good as Good] },
    { name: "limitPrice", label: "field.limitPrice", kind: "number", min: 0, max: MAX_ORDER_GOODS, step: 1, initial: () => 0 },
  ],
  build(v) {
    const order = { type: "spotTrade" as const, good: v.good as Good, side: v.side as "buy" | "sell", quantity: Number(v.quantity) };
    // 0 means "no limit": the field's way of leaving the price open.
    return Number(v.limitPrice) > 0 ? { ...order, limitPrice: Number(v.limitPrice) } : order;
  },
};

export const setProcurement: FormSpec = {
  id: "setProcurement",
  title: "order.setProcurement",
  help: "order.setProcurement.help",
  fields: [
    { name: "good", label: "field.good", kind: "select", options: goodOptions, initial: () => "hbm" },
    { name: "perMonth", label: "field.perMonth", kind: "number", min: 0, max: MAX_ORDER_GOODS, step: 1, follows: (_, v) => TYPICAL_QUANTITY[v.good as Good] },
    // Half again today's price: room for the price to rise a few months before the purchase stops.
    { name: "maxPrice", label: "field.maxPrice", kind: "number", min: 1, max: MAX_ORDER_GOODS, step: 1, follows: (ctx, v) => Math.round(1.5 * marketPriceOf(ctx, v.good as Good)) },
  ],
  build(v) {
    return { type: "setProcurement", good: v.good as Good, perMonth: Number(v.perMonth), maxPrice: Number(v.maxPrice) };
  },
};

export const supplyDeal: FormSpec = {
  id: "supplyDeal",
  title: "order.supplyDeal",
  help: "order.supplyDeal.help",
  fields: [
    { name: "good", label: "field.good", kind: "select", options: () => keyed(SUPPLY_DEAL_GOODS, "good"), initial: () => "hbm" },
    // Outside foundries sell players about a k wafers a month (a fifth of Intel's few k); the memory makers hundreds of k stacks.
    { name: "perMonth", label: "field.perMonth", kind: "number", min: 1, max: MAX_ORDER_GOODS, step: 1, follows: (_, v) => (v.good === "hbm" ? 300 : 1) },
    { name: "months", label: "field.months", kind: "number", min: SUPPLY_DEAL_MIN_MONTHS, max: SUPPLY_DEAL_MAX_MONTHS, step: 1, initial: () => 36 },
  ],
  build(v) {
    return { type: "supplyDeal", good: v.good as SupplyDealGood, perMonth: Number(v.perMonth), months: Math.round(Number(v.months)) };
  },
};

export const setHbmShare: FormSpec = {
  id: "setHbmShare",
  title: "order.setHbmShare",
  help: "order.setHbmShare.help",
  // The share in force, followed until the player types one: fixed at the first month's, the field
  // offered China's 5 % years after an "Attack it" had raised the share to 35 %, a cut for a sent order.
  fields: [{ name: "share", label: "field.sharePct", kind: "number", min: 0, max: 100, step: 1, follows: (ctx) => Math.round(ctx.me.hbmShare * 100) }],
  build(v) {
    return { type: "setHbmShare", share: Number(v.share) / 100 };
  },
};
