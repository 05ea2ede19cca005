// What a quantity of a good is worth at its reference price: how a maker's offered and sold output
// is weighed (wafers, HBM and DRAM together), whatever this month's prices.
import { MARKETS, type Good } from "../data/markets";
import type { FactionState } from "./types";

/** `quantity` of `good` sold by `f`, at the reference price; its wafers carry its node premium. */
export function atReference(f: FactionState, good: Good, quantity: number): number {
  return quantity * MARKETS[good].basePrice * MARKETS[good].moneyPerUnitPerPrice * (good === "wafer" ? f.logicWaferPremium : 1);
}
