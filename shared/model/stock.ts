// A faction's stock of each tradable good.
import type { Good } from "../data/markets";
import type { FactionState } from "./types";

export function stockOf(f: FactionState, good: Good): number {
  switch (good) {
    case "wafer": return f.logicWafers;
    case "hbm": return f.hbm;
    case "dram": return f.dram;
    case "accelerator": return f.warehouse;
  }
}

export function takeStock(f: FactionState, good: Good, amount: number): void {
  switch (good) {
    case "wafer": f.logicWafers = Math.max(0, f.logicWafers - amount); break;
    case "hbm":
      f.hbm = Math.max(0, f.hbm - amount);
      f.hbmBought = Math.min(f.hbmBought, f.hbm);
      break;
    case "dram": f.dram = Math.max(0, f.dram - amount); break;
    case "accelerator": f.warehouse = Math.max(0, f.warehouse - amount); break;
  }
}

/** Add stock; logic wafers carry the yield they were made at and their node's price premium (weighted means). */
export function addStock(f: FactionState, good: Good, amount: number, waferYield = 0, premium = 1): void {
  if (amount <= 0) return;
  switch (good) {
    case "wafer": {
      const total = f.logicWafers + amount;
      f.logicWaferYield = total > 0 ? (f.logicWafers * f.logicWaferYield + amount * waferYield) / total : 0;
      f.logicWaferPremium = total > 0 ? (f.logicWafers * f.logicWaferPremium + amount * premium) / total : 1;
      f.logicWafers = total;
      break;
    }
    case "hbm": f.hbm += amount; break;
    case "dram": f.dram += amount; break;
    case "accelerator": f.warehouse += amount; break;
  }
}

/** Add stock this faction bought rather than made (from a contract, the spot market or a supply deal). */
export function addBoughtStock(f: FactionState, good: Good, amount: number, waferYield = 0, premium = 1): void {
  addStock(f, good, amount, waferYield, premium);
  if (good === "hbm" && amount > 0) f.hbmBought += amount;
}

/** Take stock for a sale; returns how much of it the seller made itself. HBM it bought goes first and
 *  is a resale: it counts in no one's HBM sales, or a buyer could pass the same stacks round to win
 *  the HBM-share milestone (Samsung buying SK hynix's on the spot market and selling them on) or to
 *  dilute it (Tesla selling on what it was delivered). */
export function sellStock(f: FactionState, good: Good, amount: number): number {
  const resold = good === "hbm" ? Math.min(amount, f.hbmBought) : 0;
  if (good === "hbm") f.hbmBought -= resold;
  takeStock(f, good, amount);
  return amount - resold;
}
