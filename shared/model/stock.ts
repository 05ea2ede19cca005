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
    case "hbm": f.hbm = Math.max(0, f.hbm - amount); break;
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
