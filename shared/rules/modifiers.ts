// Temporary effects of events (a DDR shock lasting six months, a tariff…).
import type { EventId } from "../data/events";
import type { GameState } from "../model/types";

export function hasModifier(state: GameState, id: EventId): boolean {
  return state.modifiers.some((m) => m.id === id && m.untilMonth > state.month);
}

export function addModifier(state: GameState, id: EventId, months: number): void {
  const existing = state.modifiers.find((m) => m.id === id);
  if (existing) existing.untilMonth = Math.max(existing.untilMonth, state.month + months);
  else state.modifiers.push({ id, untilMonth: state.month + months });
}

export function dropExpiredModifiers(state: GameState): void {
  state.modifiers = state.modifiers.filter((m) => m.untilMonth > state.month);
}
