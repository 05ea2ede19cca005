// Spot trades, standing procurement, supply deals with the outside makers, and how a memory maker splits its DRAM wafers.
import { FACTIONS } from "../../data/factions";
import { CONTRACT_LEAD_MONTHS, MAX_SPOT_ORDERS } from "../../data/limits";
import { MARKETS, SUPPLY_DEAL_DEPOSIT_MONTHS, SUPPLY_DEAL_PREMIUM } from "../../data/markets";
import { blockedPurchase, blockedSale, contractRefusalKey } from "../../model/sanctions";
import { isSupplyDeal, standingPurchase } from "../../model/standing-purchase";
import { stockOf } from "../../model/stock";
import { effect, type OrderEffect } from "../../protocol/preview";
import { refuse } from "../../protocol/refusal";
import { canAfford, spend } from "../money";
import { supplyDealRoom, supplyDealWait } from "../month/outside-makers";
import { accept, type HandlerTable } from "./handler";
import { priceParam, unitParam } from "./trade-text";

export const tradeHandlers: HandlerTable = {
  spotTrade(state, issuer, o) {
    if (o.side === "buy" && blockedPurchase(state, issuer, o.good)) return refuse("sanctioned", "refusal.controlledGood", { good: o.good });
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
    if (o.perMonth > 0 && blockedPurchase(state, issuer, o.good)) return refuse("sanctioned", "refusal.controlledGood", { good: o.good });
    const f = state.factions[issuer];
    const price = state.markets[o.good].price;
    // The standing spot purchase only: supply deals with the outside makers run to their end.
    const current = standingPurchase(f, o.good);
    return accept(null, (): OrderEffect[] => {
      if (o.perMonth === 0) return [effect(current ? "preview.procure.stop" : "preview.procure.none")];
      const lines = [
        effect("preview.procure.monthly", { value: { money: o.perMonth * Math.min(o.maxPrice, price) * MARKETS[o.good].moneyPerUnitPerPrice }, price: priceParam(o.good, price) }),
        current ? effect("preview.procure.current", { n: { num: current.perMonth, digits: 0 }, max: { num: current.maxPrice, digits: 0 } }) : effect("preview.procure.none"),
      ];
      if (o.maxPrice < price) lines.push(effect("preview.procure.belowMarket", undefined, true));
      return lines;
    }, () => {
      f.procurement = f.procurement.filter((p) => p.good !== o.good || isSupplyDeal(p));
      if (o.perMonth > 0) f.procurement.push({ good: o.good, perMonth: o.perMonth, maxPrice: o.maxPrice });
    });
  },

  supplyDeal(state, issuer, o) {
    if (blockedSale("npc", issuer, o.good)) return refuse("sanctioned", contractRefusalKey(state, issuer, o.good), { good: o.good });
    // Allocated ahead, like a contract for wafers or HBM: the first delivery comes after the lead time.
    const from = state.month + CONTRACT_LEAD_MONTHS;
    const room = supplyDealRoom(state, o.good, from);
    if (room < 1) return refuse("limit-reached", "refusal.supplyDealSoldOut", { good: o.good, months: supplyDealWait(state, o.good, from) });
    if (o.perMonth > room) return refuse("limit-reached", "refusal.supplyDealRoom", { room: Math.floor(room), good: o.good });
    const f = state.factions[issuer];
    const price = state.markets[o.good].price * (1 + SUPPLY_DEAL_PREMIUM);
    const monthly = o.perMonth * price * MARKETS[o.good].moneyPerUnitPerPrice;
    const deposit = monthly * SUPPLY_DEAL_DEPOSIT_MONTHS;
    if (!canAfford(f, deposit)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(deposit) });
    const until = from + o.months - 1;
    return accept(deposit, () => [
      effect("preview.deal.terms", { n: { num: o.perMonth, digits: 0 }, unit: unitParam(o.good), price: priceParam(o.good, price), from: { month: from }, until: { month: until } }),
      effect("preview.deal.money", { deposit: { money: deposit }, monthly: { money: monthly }, market: priceParam(o.good, state.markets[o.good].price) }),
      effect("preview.deal.room", { room: { num: room, digits: 0 }, unit: unitParam(o.good) }),
    ], () => {
      spend(f, deposit);
      // The deposit is the makers' fee for reserving the capacity: it is not refunded.
      f.procurement.push({ good: o.good, perMonth: o.perMonth, maxPrice: price, untilMonth: until, fixedPrice: price, fromMonth: from });
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
