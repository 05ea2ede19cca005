// A faction's stock of each tradable good, and the part of it that was bought rather than made.
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

/** Bought stock is never more than the stock itself. */
function trimBought(f: FactionState): void {
  f.hbmBought = Math.max(0, Math.min(f.hbmBought, f.hbm));
  f.logicWafersBought = Math.max(0, Math.min(f.logicWafersBought, f.logicWafers));
}

export function takeStock(f: FactionState, good: Good, amount: number): void {
  if (amount <= 0) return;
  switch (good) {
    case "wafer": f.logicWafers = Math.max(0, f.logicWafers - amount); break;
    case "hbm": f.hbm = Math.max(0, f.hbm - amount); break;
    case "dram": f.dram = Math.max(0, f.dram - amount); break;
    case "accelerator": f.warehouse = Math.max(0, f.warehouse - amount); break;
  }
  trimBought(f);
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
  if (amount <= 0) return;
  if (good === "hbm") f.hbmBought += amount;
  if (good === "wafer") f.logicWafersBought += amount;
}

/** Use bought stock first (a deployer's accelerators take what it bought), so what it keeps is its own. */
export function useStock(f: FactionState, good: "wafer" | "hbm", amount: number): void {
  if (good === "hbm") f.hbmBought -= amount;
  else f.logicWafersBought -= amount;
  takeStock(f, good, amount);
}

/** Take stock for a sale; returns how much of it the seller made itself. What it bought goes first and
 *  is a resale: it counts in no one's sales of that good, or a buyer could pass the same stacks or
 *  wafers round to win a share milestone (Samsung buying SK hynix's HBM and selling it on, TSMC
 *  buying wafers to raise its leading-edge share) or to dilute one (Tesla selling on what it was
 *  delivered). */
export function sellStock(f: FactionState, good: Good, amount: number): number {
  const bought = good === "hbm" ? f.hbmBought : good === "wafer" ? f.logicWafersBought : 0;
  const resold = Math.min(amount, bought);
  if (good === "hbm") f.hbmBought -= resold;
  if (good === "wafer") f.logicWafersBought -= resold;
  takeStock(f, good, amount);
  return amount - resold;
}
