// Contracts between players: offer to sell or buy a good monthly. Terms in money and the
// export-control refusal are the engine's preview.
import { MAX_CONTRACT_MONTHS, MAX_ORDER_GOODS, type Good, type FactionId } from "../../../../shared/index";
import type { FormSpec } from "../form";
import { TYPICAL_QUANTITY, goodOptions, keyed, marketPriceOf, rivalOptions } from "./options";

/** The deal each faction most often makes, as the form's starting terms: Tesla books TSMC's wafers,
 *  TSMC and Samsung sell to the deployer that buys from them (Samsung its HBM), China its own wafers
 *  (every good it might buy is controlled). An offer to a faction that never takes it helped no one. */
const USUAL_DEAL: Record<FactionId, { to: FactionId; side: "buy" | "sell"; good: Good }> = {
  tesla: { to: "tsmc", side: "buy", good: "wafer" },
  tsmc: { to: "tesla", side: "sell", good: "wafer" },
  samsung: { to: "tesla", side: "sell", good: "hbm" },
  china: { to: "tesla", side: "sell", good: "wafer" },
};

export const offerContract: FormSpec = {
  id: "offerContract",
  title: "order.offerContract",
  help: "order.offerContract.help",
  fields: [
    { name: "to", label: "field.to", kind: "select", options: (ctx) => rivalOptions(ctx.faction), initial: (ctx) => USUAL_DEAL[ctx.faction].to },
    { name: "side", label: "field.side", kind: "select", options: () => keyed(["buy", "sell"], "side"), initial: (ctx) => USUAL_DEAL[ctx.faction].side },
    { name: "good", label: "field.good", kind: "select", options: goodOptions, initial: (ctx) => USUAL_DEAL[ctx.faction].good },
    { name: "perMonth", label: "field.perMonth", kind: "number", min: 1, max: MAX_ORDER_GOODS, step: 1, follows: (_, v) => TYPICAL_QUANTITY[v.good as Good] },
    // The chosen good's market price until the player sets one (a stack of HBM costs about $600, a wafer $20 k).
    { name: "price", label: "field.price", kind: "number", min: 1, max: MAX_ORDER_GOODS, step: 1, follows: (ctx, v) => marketPriceOf(ctx, v.good as Good) },
    { name: "months", label: "field.months", kind: "number", min: 1, max: MAX_CONTRACT_MONTHS, step: 1, initial: () => 24 },
  ],
  build(v) {
    return { type: "offerContract", to: v.to as FactionId, side: v.side as "buy" | "sell", good: v.good as Good, perMonth: Number(v.perMonth), price: Number(v.price), months: Math.round(Number(v.months)) };
  },
};
