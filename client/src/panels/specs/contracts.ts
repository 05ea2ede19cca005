// Contracts between players: offer to sell or buy a good monthly. Terms in money and the
// export-control refusal are the engine's preview.
import { MAX_CONTRACT_MONTHS, MAX_ORDER_GOODS, type Good, type FactionId } from "../../../../shared/index";
import type { FormSpec } from "../form";
import { goodOptions, keyed, rivalOptions } from "./options";

export const offerContract: FormSpec = {
  id: "offerContract",
  title: "order.offerContract",
  help: "order.offerContract.help",
  fields: [
    { name: "to", label: "field.to", kind: "select", options: (ctx) => rivalOptions(ctx.faction), initial: (ctx) => (ctx.faction === "tsmc" ? "tesla" : "tsmc") },
    { name: "side", label: "field.side", kind: "select", options: () => keyed(["buy", "sell"], "side"), initial: (ctx) => (ctx.faction === "tesla" ? "buy" : "sell") },
    { name: "good", label: "field.good", kind: "select", options: goodOptions, initial: (ctx) => (ctx.faction === "samsung" ? "hbm" : "wafer") },
    { name: "perMonth", label: "field.perMonth", kind: "number", min: 1, max: MAX_ORDER_GOODS, step: 1, initial: () => 5 },
    { name: "price", label: "field.price", kind: "number", min: 1, max: MAX_ORDER_GOODS, step: 1, initial: (ctx) => Math.round(ctx.view.markets.wafer.price || 20) },
    { name: "months", label: "field.months", kind: "number", min: 1, max: MAX_CONTRACT_MONTHS, step: 1, initial: () => 24 },
  ],
  build(v) {
    return { type: "offerContract", to: v.to as FactionId, side: v.side as "buy" | "sell", good: v.good as Good, perMonth: Number(v.perMonth), price: Number(v.price), months: Math.round(Number(v.months)) };
  },
};
