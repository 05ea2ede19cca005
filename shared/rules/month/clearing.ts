// One market clearing: everyone trades at this month's price; the short side is
// filled in full, the long side pro rata. Then the price moves toward demand ÷ supply.
import { MARKETS, type Good } from "../../data/markets";
import type { MarketState } from "../../model/types";
import { detPow } from "../../model/det-math";

export interface Offer {
  who: string;
  quantity: number;
  /** For logic wafers: the yield they carry and their price relative to the reference. */
  waferYield?: number;
  premium?: number;
}

export interface Fill {
  who: string;
  quantity: number;
}

export interface Clearing {
  sold: Fill[];
  bought: Fill[];
  supply: number;
  demand: number;
  /** Mean yield and price premium of the wafers sold. */
  waferYield: number;
  premium: number;
}

/** `first`: a buyer served in full before the others share what is left (pro rata). */
export function clear(offers: Offer[], bids: Offer[], first?: string): Clearing {
  const supply = offers.reduce((s, o) => s + Math.max(0, o.quantity), 0);
  const demand = bids.reduce((s, b) => s + Math.max(0, b.quantity), 0);
  const traded = Math.min(supply, demand);
  const sellShare = supply > 0 ? traded / supply : 0;
  const buyShare = demand > 0 ? traded / demand : 0;
  const priority = first === undefined ? 0 : bids.filter((b) => b.who === first).reduce((s, b) => s + Math.max(0, b.quantity), 0);
  const servedFirst = Math.min(priority, traded);
  const restShare = demand - priority > 0 ? (traded - servedFirst) / (demand - priority) : 0;
  let yieldSum = 0;
  let premiumSum = 0;
  const sold = offers.map((o) => {
    const q = Math.max(0, o.quantity) * sellShare;
    yieldSum += q * (o.waferYield ?? 0);
    premiumSum += q * (o.premium ?? 1);
    return { who: o.who, quantity: q };
  });
  const bought = bids.map((b) => ({
    who: b.who,
    quantity: first === undefined ? Math.max(0, b.quantity) * buyShare : b.who === first ? Math.max(0, b.quantity) * (priority > 0 ? servedFirst / priority : 0) : Math.max(0, b.quantity) * restShare,
  }));
  return { sold, bought, supply, demand, waferYield: traded > 0 ? yieldSum / traded : 0, premium: traded > 0 ? premiumSum / traded : 1 };
}

export function movePrice(good: Good, market: MarketState, demand: number, supply: number): void {
  const d = MARKETS[good];
  const ratio = supply > 1e-9 ? demand / supply : demand > 0 ? d.cap : 1;
  const pull = detPow(Math.max(ratio, 1e-3), d.elasticity);
  const factor = Math.min(1 + d.maxMonthlyMove, Math.max(1 - d.maxMonthlyMove, pull));
  market.price = Math.min(d.basePrice * d.cap, Math.max(d.basePrice * d.floor, market.price * factor));
  market.lastDemand = demand;
  market.lastSupply = supply;
}
