// Replays a match from its options and orders: same seed + same orders → same state hash.
import type { GameState } from "../model/types";
import { createMatch } from "../model/create-match";
import { MatchOptionsSchema } from "../protocol/options";
import { ReplaySchema, type Replay } from "../protocol/order";
import { stepInPlace } from "../rules/step";
import { stateHash } from "../rules/state-hash";

export function replayMatch(input: unknown): { state: GameState; stateHash: string; replay: Replay } {
  const replay = ReplaySchema.parse(input);
  let state = createMatch(MatchOptionsSchema.parse(replay.options));
  let i = 0;
  const orders = [...replay.orders].sort((a, b) => a.month - b.month);
  while (state.status === "running") {
    const batch: Array<{ issuer: unknown; order: unknown }> = [];
    while (i < orders.length && orders[i].month <= state.month) {
      if (orders[i].month === state.month) batch.push({ issuer: orders[i].issuer, order: orders[i].order });
      i++;
    }
    state = stepInPlace(state, batch).state;
  }
  return { state, stateHash: stateHash(state), replay };
}
