// Every movement of cash goes through here, so cash is always accounted:
// cash = starting cash + income − spending.
import type { FactionState } from "../model/types";

export function spend(f: FactionState, amount: number): void {
  if (amount <= 0) return;
  f.cash -= amount;
  f.spending += amount;
  f.flows.costs += amount;
}

export function earn(f: FactionState, amount: number): void {
  if (amount <= 0) return;
  f.cash += amount;
  f.income += amount;
  f.flows.revenue += amount;
}

export function canAfford(f: FactionState, amount: number): boolean {
  return f.cash - amount >= 0;
}
