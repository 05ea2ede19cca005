// Spot trades, standing procurement, and how a memory maker splits its DRAM wafers.
import { FACTIONS } from "../../data/factions";
import { MAX_SPOT_ORDERS } from "../../data/limits";
import { MARKETS } from "../../data/markets";
import { blockedSale } from "../../model/sanctions";
import { stockOf } from "../../model/stock";
import { effect, type OrderEffect } from "../../protocol/preview";
import { refuse } from "../../protocol/refusal";
import { accept, type HandlerTable } from "./handler";
import { priceParam, unitParam } from "./trade-text";

export const tradeHandlers: HandlerTable = {
  spotTrade(state, issuer, o) {
    if (o.side === "buy" && blockedSale("npc", issuer, o.good)) return refuse("sanctioned", "refusal.controlledGood", { good: o.good });
    if (state.spotOrders.filter((s) => s.faction === issuer).length >= MAX_SPOT_ORDERS) return refuse("limit-reached", "refusal.tooManySpotOrders");
    const f = state.factions[issuer];
    const price = state.markets[o.good].price;
    const value = o.quantity * Math.min(o.limitPrice ?? Infinity, price) * MARKETS[o.good].moneyPerUnitPerPrice;
    if (o.side === "sell") {
      const pending = state.spotOrders.filter((s) => s.faction === issuer && s.good === o.good && s.side === "sell").reduce((a, s) => a + s.quantity, 0);
      if (stockOf(f, o.good) - pending < o.quantity) return refuse("no-stock", "refusal.notEnoughStock", { good: o.good });
    } else if (f.cash < value) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(value) });
    // Nothing is paid now: the trade clears at the next monthly market (rules/month/markets.ts).
    return accept(null, () => [
      effect(o.side === "sell" ? "preview.spot.income" : "preview.spot.spend", { value: { money: value } }),
      effect("preview.spot.price", { price: priceParam(o.good, price), unit: unitParam(o.good) }),
      effect("preview.spot.stock", { stock: { num: stockOf(f, o.good), digits: 0 }, unit: unitParam(o.good) }),
      effect("preview.spot.clears"),
    ], () => {
      state.spotOrders.push({ faction: issuer, good: o.good, side: o.side, quantity: o.quantity, limitPrice: o.limitPrice ?? null });
    });
  },

  setProcurement(state, issuer, o) {
    if (o.perMonth > 0 && blockedSale("npc", issuer, o.good)) return refuse("sanctioned", "refusal.controlledGood", { good: o.good });
    const f = state.factions[issuer];
    const price = state.markets[o.good].price;
    const current = f.procurement.find((p) => p.good === o.good);
    return accept(null, (): OrderEffect[] => {
      if (o.perMonth === 0) return [effect("preview.procure.stop")];
      const lines = [
        effect("preview.procure.monthly", { value: { money: o.perMonth * Math.min(o.maxPrice, price) * MARKETS[o.good].moneyPerUnitPerPrice }, price: priceParam(o.good, price) }),
        current ? effect("preview.procure.current", { n: { num: current.perMonth, digits: 0 }, max: { num: current.maxPrice, digits: 0 } }) : effect("preview.procure.none"),
      ];
      if (o.maxPrice < price) lines.push(effect("preview.procure.belowMarket", undefined, true));
      return lines;
    }, () => {
      f.procurement = f.procurement.filter((p) => p.good !== o.good);
      if (o.perMonth > 0) f.procurement.push({ good: o.good, perMonth: o.perMonth, maxPrice: o.maxPrice });
    });
  },

  setHbmShare(state, issuer, o) {
    if (!state.fabs.some((fab) => fab.owner === issuer && fab.kind === "dram")) return refuse("not-allowed", "refusal.noDramFabs");
    const max = FACTIONS[issuer].hbmShareMax;
    if (o.share > max + 1e-9) return refuse("limit-reached", "refusal.hbmShareMax", { max: Math.round(max * 100) });
    return accept(null, () => [effect("preview.hbm.tradeoff", { share: { pct: o.share }, now: { pct: state.factions[issuer].hbmShare } }), effect("preview.hbm.max", { max: { pct: max } })], () => {
      state.factions[issuer].hbmShare = o.share;
    });
  },
};
