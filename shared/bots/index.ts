// Bots are seats like any other: they read the state and return Orders that go
// through the same validation and rules as a human's (DESIGN.md §10).
import type { FactionId } from "../data/factions";
import type { GameState } from "../model/types";
import type { Order } from "../protocol/order";
import type { Difficulty } from "../protocol/options";
import { botNoise, makeContext } from "./context";
import { fundPrograms, play } from "./policies";

/** Orders a bot gives this month for its faction. Pure: the same state gives the same orders. */
export function botOrders(state: GameState, faction: FactionId, difficulty: Difficulty): Order[] {
  if (state.status !== "running") return [];
  const ctx = makeContext(state, faction, difficulty);
  const history = state.factions[faction].limitingHistory;
  if (difficulty === "easy") {
    // Reacts to what bound it three months ago, and builds only every other month; its programmes
    // and standing decisions run every month (a streak milestone must not be out of reach).
    if (state.month % 2 !== 0) {
      fundPrograms(ctx);
      return ctx.orders;
    }
    const late = history[Math.max(0, history.length - 4)] ?? state.factions[faction].limitingFactor;
    play(ctx, { factor: late, lookahead: false });
    // …and wastes: overtime on everything, whether or not it helps.
    if (botNoise(ctx, 1) < 0.5) for (const fab of state.fabs) if (fab.owner === faction && fab.stage === "shell" && !fab.overtime) ctx.orders.push({ type: "setOvertime", fabId: fab.id, on: true });
    return ctx.orders;
  }
  play(ctx, { factor: state.factions[faction].limitingFactor, lookahead: difficulty === "hard" });
  return ctx.orders;
}
