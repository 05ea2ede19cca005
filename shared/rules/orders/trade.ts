// Spot trades, standing procurement, and how a memory maker splits its DRAM wafers.
import { FACTIONS } from "../../data/factions";
import { MAX_SPOT_ORDERS } from "../../data/limits";
import { MARKETS } from "../../data/markets";
import { blockedSale } from "../../model/sanctions";
import { stockOf } from "../../model/stock";
import { refuse } from "../../protocol/refusal";
import { isFaction, type HandlerTable } from "./handler";


export const tradeHandlers: HandlerTable = {
  spotTrade(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotTrade");
    if (o.side === "buy" && blockedSale("npc", issuer, o.good)) return refuse("sanctioned", "refusal.controlledGood", { good: o.good });
    if (state.spotOrders.filter((s) => s.faction === issuer).length >= MAX_SPOT_ORDERS) return refuse("limit-reached", "refusal.tooManySpotOrders");
    const f = state.factions[issuer];
    if (o.side === "sell") {
      const pending = state.spotOrders.filter((s) => s.faction === issuer && s.good === o.good && s.side === "sell").reduce((a, s) => a + s.quantity, 0);
      if (stockOf(f, o.good) - pending < o.quantity) return refuse("no-stock", "refusal.notEnoughStock", { good: o.good });
    } else {
      const price = Math.min(o.limitPrice ?? Infinity, state.markets[o.good].price);
      const cost = o.quantity * price * MARKETS[o.good].moneyPerUnitPerPrice;
      if (f.cash < cost) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(cost) });
    }
    return () => {
      state.spotOrders.push({ faction: issuer, good: o.good, side: o.side, quantity: o.quantity, limitPrice: o.limitPrice ?? null });
    };
  },

  setProcurement(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotTrade");
    if (o.perMonth > 0 && blockedSale("npc", issuer, o.good)) return refuse("sanctioned", "refusal.controlledGood", { good: o.good });
    const f = state.factions[issuer];
    return () => {
      f.procurement = f.procurement.filter((p) => p.good !== o.good);
      if (o.perMonth > 0) f.procurement.push({ good: o.good, perMonth: o.perMonth, maxPrice: o.maxPrice });
    };
  },

  setHbmShare(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotTrade");
    if (!state.fabs.some((fab) => fab.owner === issuer && fab.kind === "dram")) return refuse("not-allowed", "refusal.noDramFabs");
    const max = FACTIONS[issuer].hbmShareMax;
    if (o.share > max + 1e-9) return refuse("limit-reached", "refusal.hbmShareMax", { max: Math.round(max * 100) });
    return () => {
      state.factions[issuer].hbmShare = o.share;
    };
  },
};
