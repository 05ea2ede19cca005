// Replays a match from its options and orders: same seed + same orders → same state hash.
import type { GameState } from "../model/types";
import { createMatch } from "../model/create-match";
import { MatchOptionsSchema } from "../protocol/options";
import { ReplaySchema, type Replay } from "../protocol/order";
import { stepInPlace } from "../rules/step";
import { stateHash } from "../rules/state-hash";
import { ENGINE_VERSION } from "./engine-version";

/** A replay recorded under other rules: refused rather than replayed into a different ending. */
export class ReplayVersionError extends Error {
  constructor(readonly recorded: number | null) {
    super(replayVersionMessage(recorded));
    this.name = "ReplayVersionError";
  }
}

function replayVersionMessage(recorded: number | null): string {
  const by = recorded === null ? "an engine from before replays carried a version" : `engine version ${recorded}`;
  return `This replay was recorded by ${by}; this build runs engine version ${ENGINE_VERSION}, whose rules differ, ` +
    `so it cannot reproduce that match. Replay it with the build that recorded it ` +
    `(the commit where shared/sim/engine-version.ts says ENGINE_VERSION = ${recorded ?? "nothing"}).`;
}

/** The engine version a stored replay was recorded by (null if it carries none). */
export function replayEngineVersion(input: unknown): number | null {
  const v = typeof input === "object" && input !== null ? (input as { engineVersion?: unknown }).engineVersion : undefined;
  return typeof v === "number" && Number.isInteger(v) ? v : null;
}

/** Why this build cannot replay `input` because of its engine version, or null if it can. */
export function replayVersionProblem(input: unknown): string | null {
  const recorded = replayEngineVersion(input);
  return recorded === ENGINE_VERSION ? null : replayVersionMessage(recorded);
}

/** A new replay under this build's engine version. */
export function newReplay(options: Replay["options"], orders: Replay["orders"], hash?: string): Replay {
  return hash === undefined
    ? { version: 1, engineVersion: ENGINE_VERSION, options, orders }
    : { version: 1, engineVersion: ENGINE_VERSION, options, orders, stateHash: hash };
}

/** Throws ReplayVersionError for a replay from another engine version, and zod's error for a malformed one. */
export function replayMatch(input: unknown): { state: GameState; stateHash: string; replay: Replay } {
  const recorded = replayEngineVersion(input);
  if (recorded !== ENGINE_VERSION) throw new ReplayVersionError(recorded);
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
