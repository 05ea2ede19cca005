import type { GameState } from "./types";

/** Deterministic ids: a prefix and a counter kept in the state. */
export function newId(state: GameState, prefix: string): string {
  state.nextId += 1;
  return `${prefix}${state.nextId}`;
}
