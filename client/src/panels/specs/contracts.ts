// Contracts between players: offer to sell or buy a good monthly.
import { MARKETS, type Good, blockedSale, type FactionId } from "../../../../shared/index";
import { tr } from "../../i18n";
import { money, monthName, num } from "../../i18n/format";
import type { FormSpec } from "../form";
import { goodOptions, keyed, rivalOptions } from "./options";
import { priceText } from "./market";

export const offerContract: FormSpec = {
  id: "offerContract",
  title: "order.offerContract",
  help: "order.offerContract.help",
  fields: [
    { name: "to", label: "field.to", kind: "select", options: (ctx) => rivalOptions(ctx.faction), initial: (ctx) => (ctx.faction === "tsmc" ? "tesla" : "tsmc") },
    { name: "side", label: "field.side", kind: "select", options: () => keyed(["buy", "sell"], "side"), initial: (ctx) => (ctx.faction === "tesla" ? "buy" : "sell") },
    { name: "good", label: "field.good", kind: "select", options: goodOptions, initial: (ctx) => (ctx.faction === "samsung" ? "hbm" : "wafer") },
    { name: "perMonth", label: "field.perMonth", kind: "number", min: 1, max: 1000000, step: 1, initial: () => 5 },
    { name: "price", label: "field.price", kind: "number", min: 1, max: 1000000, step: 1, initial: (ctx) => Math.round(ctx.view.markets.wafer.price || 20) },
    { name: "months", label: "field.months", kind: "number", min: 1, max: 120, step: 1, initial: () => 24 },
  ],
  build(v) {
    const pm = Number(v.perMonth), price = Number(v.price), months = Math.round(Number(v.months));
    if (!(pm > 0 && pm <= 1_000_000 && price > 0 && price <= 1_000_000 && months >= 1 && months <= 120)) return null;
    return { type: "offerContract", to: v.to as FactionId, side: v.side as "buy" | "sell", good: v.good as Good, perMonth: pm, price, months };
  },
  preview(v, ctx) {
    const good = v.good as Good, pm = Number(v.perMonth) || 0, price = Number(v.price) || 0, months = Math.round(Number(v.months)) || 0;
    const monthly = pm * price * MARKETS[good].moneyPerUnitPerPrice;
    const seller = v.side === "sell" ? ctx.faction : (v.to as FactionId);
    const buyer = v.side === "sell" ? (v.to as FactionId) : ctx.faction;
    return {
      cost: null,
      lines: [
        tr(v.side === "sell" ? "preview.contract.sell" : "preview.contract.buy", { n: num(pm), unit: tr(`unit.${good}`), who: tr(`faction.${v.to}`), monthly: money(monthly), months, total: money(monthly * months), until: monthName(ctx.view.month + months) }),
        tr("preview.contract.market", { price: priceText(good, ctx.view.markets[good].price) }),
        tr("preview.contract.breach"),
      ],
      warn: blockedSale(seller, buyer, good) ? tr("refusal.controlledGood", { good: tr(`good.${good}`) }) : null,
    };
  },
};
