// A faction buys a good two ways: one standing spot purchase (setProcurement) and any number of
// supply deals with the outside makers (supplyDeal), kept in the same list. Whoever reads or
// resizes "what it buys on the spot market each month" must take the standing one, never a deal.
import type { Good } from "../data/markets";
import type { FactionState, Procurement } from "./types";

/** A supply deal: a fixed allocation at a fixed price, served before the spot market. */
export function isSupplyDeal(p: Procurement): p is Procurement & { fixedPrice: number } {
  return p.fixedPrice != null;
}

/** The faction's standing spot purchase of a good, if it has one. */
export function standingPurchase(f: Pick<FactionState, "procurement">, good: Good): Procurement | undefined {
  return f.procurement.find((p) => p.good === good && !isSupplyDeal(p));
}
