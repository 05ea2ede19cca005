import { hashValue } from "../model/hash";
import type { GameState } from "../model/types";

/** The hash replays are checked against: the whole state, canonical key order. */
export function stateHash(state: GameState): string {
  return hashValue(state);
}
