// Markets: spot trades, standing procurement, and how much DRAM goes into HBM.
import { FACTIONS, MARKETS, type Good, blockedSale } from "../../../../shared/index";
import { tr } from "../../i18n";
import { money, num, pct } from "../../i18n/format";
import type { PanelContext } from "../context";
import type { FormSpec } from "../form";
import { goodOptions, keyed } from "./options";

export function stockOf(ctx: PanelContext, good: Good): number {
  return good === "wafer" ? ctx.me.logicWafers : good === "hbm" ? ctx.me.hbm : good === "dram" ? ctx.me.dram : ctx.me.warehouse;
}

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
    { name: "quantity", label: "field.quantityGood", kind: "number", min: 1, max: 1000000, step: 1, initial: () => 100 },
    { name: "limitPrice", label: "field.limitPrice", kind: "number", min: 0, max: 1000000, step: 1, initial: () => 0 },
  ],
  build(v) {
    const q = Number(v.quantity), lp = Number(v.limitPrice);
    if (!(q > 0 && q <= 1_000_000)) return null;
    const order = { type: "spotTrade" as const, good: v.good as Good, side: v.side as "buy" | "sell", quantity: q };
    return lp > 0 ? { ...order, limitPrice: lp } : order;
  },
  preview(v, ctx) {
    const good = v.good as Good, q = Number(v.quantity) || 0, lp = Number(v.limitPrice) || 0;
    const price = ctx.view.markets[good].price;
    const value = q * Math.min(lp > 0 ? lp : Infinity, price) * MARKETS[good].moneyPerUnitPerPrice;
    const lines = [tr("preview.spot.price", { price: priceText(good, price), unit: tr(`unit.${good}`) }), tr("preview.spot.stock", { stock: num(stockOf(ctx, good)), unit: tr(`unit.${good}`) }), tr("preview.spot.clears")];
    if (v.side === "sell") return { cost: null, lines: [tr("preview.spot.income", { value: money(value) }), ...lines], warn: stockOf(ctx, good) < q ? tr("refusal.notEnoughStock", { good: tr(`good.${good}`) }) : null };
    return { cost: value, lines, warn: blockedSale("npc", ctx.faction, good) ? tr("refusal.controlledGood", { good: tr(`good.${good}`) }) : null };
  },
};

export const setProcurement: FormSpec = {
  id: "setProcurement",
  title: "order.setProcurement",
  help: "order.setProcurement.help",
  fields: [
    { name: "good", label: "field.good", kind: "select", options: goodOptions, initial: () => "hbm" },
    { name: "perMonth", label: "field.perMonth", kind: "number", min: 0, max: 1000000, step: 1, initial: () => 500 },
    { name: "maxPrice", label: "field.maxPrice", kind: "number", min: 1, max: 1000000, step: 1, initial: () => 900 },
  ],
  build(v) {
    const pm = Number(v.perMonth), mp = Number(v.maxPrice);
    return pm >= 0 && pm <= 1_000_000 && mp > 0 && mp <= 1_000_000 ? { type: "setProcurement", good: v.good as Good, perMonth: pm, maxPrice: mp } : null;
  },
  preview(v, ctx) {
    const good = v.good as Good, pm = Number(v.perMonth) || 0, mp = Number(v.maxPrice) || 0;
    const price = ctx.view.markets[good].price;
    const current = ctx.me.procurement.find((p) => p.good === good);
    return {
      cost: null,
      lines: [
        tr("preview.procure.monthly", { value: money(pm * Math.min(mp, price) * MARKETS[good].moneyPerUnitPerPrice), price: priceText(good, price) }),
        current ? tr("preview.procure.current", { n: num(current.perMonth), max: num(current.maxPrice) }) : tr("preview.procure.none"),
        pm === 0 ? tr("preview.procure.stop") : "",
      ].filter(Boolean),
      warn: pm > 0 && blockedSale("npc", ctx.faction, good) ? tr("refusal.controlledGood", { good: tr(`good.${good}`) }) : mp < price ? tr("preview.procure.belowMarket") : null,
    };
  },
};

export const setHbmShare: FormSpec = {
  id: "setHbmShare",
  title: "order.setHbmShare",
  help: "order.setHbmShare.help",
  unavailable: (ctx) => (ctx.view.fabs.some((f) => f.owner === ctx.faction && f.kind === "dram") ? null : "refusal.noDramFabs"),
  fields: [{ name: "share", label: "field.sharePct", kind: "number", min: 0, max: 100, step: 1, initial: (ctx) => Math.round(ctx.me.hbmShare * 100) }],
  build(v) {
    const s = Number(v.share);
    return s >= 0 && s <= 100 ? { type: "setHbmShare", share: s / 100 } : null;
  },
  preview(v, ctx) {
    const s = (Number(v.share) || 0) / 100;
    const max = FACTIONS[ctx.faction].hbmShareMax;
    return {
      cost: null,
      lines: [tr("preview.hbm.tradeoff", { share: pct(s), now: pct(ctx.me.hbmShare) }), tr("preview.hbm.max", { max: pct(max) })],
      warn: s > max + 1e-9 ? tr("refusal.hbmShareMax", { max: Math.round(max * 100) }) : null,
    };
  },
};
