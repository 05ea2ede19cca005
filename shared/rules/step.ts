// One month of the world. Pure: takes a state and the orders given since the
// last tick, returns the next state and what happened. No clock, no I/O.
import { FACTION_IDS } from "../data/factions";
import { computeGW } from "../model/compute";
import { emptyFlows } from "../model/create-match";
import type { GameEvent, GameState } from "../model/types";
import type { IssuedOrder } from "../protocol/order";
import type { Refusal } from "../protocol/refusal";
import { applyOrder, applyTypedOrder } from "./apply-order";
import { runLimitingFactors } from "./limiting/limiting-factor";
import { dropExpiredModifiers } from "./modifiers";
import { runContracts } from "./month/contracts";
import { runSolarCurb } from "./month/counter-controls";
import { runConstruction } from "./month/construction";
import { runAssembly, runSwitchOn } from "./month/deployment";
import { runEvents } from "./month/events";
import { runFinance } from "./month/finance";
import { runMarkets } from "./month/markets";
import { runMonthlyFunding } from "./month/monthly-funding";
import { runMilestones } from "./month/milestones";
import { runLaunchesAndEdge, runPower } from "./month/power";
import { runProduction } from "./month/production";
import { runResearch } from "./month/research";
import { runScore } from "./month/score";
import { runTalent } from "./month/talent";
import { runVendors } from "./month/vendors";

export interface StepResult {
  state: GameState;
  events: GameEvent[];
  refusals: Array<{ issuer: unknown; order: unknown; refusal: Refusal }>;
}

/** A deep copy of plain JSON data (faster than structuredClone for this shape). */
export function cloneState<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneState) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const k in value) out[k] = cloneState((value as Record<string, unknown>)[k]);
    return out as T;
  }
  return value;
}

/** An order from the engine's own typed code (the simulator's bots), marked so the boundary's
 *  zod parse is skipped; orders from sockets, files and replays are never marked. */
export type TypedOrder = IssuedOrder & { typed: true };

type AnyOrder = IssuedOrder | TypedOrder | { issuer: unknown; order: unknown };

const isTyped = (entry: AnyOrder): entry is TypedOrder => (entry as { typed?: unknown }).typed === true;

/** One month. Pure: the previous state is left untouched. */
export function step(previous: GameState, orders: ReadonlyArray<AnyOrder> = []): StepResult {
  return stepInPlace(cloneState(previous), orders);
}

/**
 * One month on a state the caller owns and will not reuse (the simulator's own
 * copy). Same result as step(), without the copy.
 */
export function stepInPlace(state: GameState, orders: ReadonlyArray<AnyOrder> = []): StepResult {
  state.eventLog = [];
  const refusals: StepResult["refusals"] = [];
  if (state.status !== "running") return { state, events: [], refusals: orders.map((o) => ({ ...o, refusal: { code: "match-over", reason: "refusal.matchOver" } })) };

  // Flows are this month's, including what orders spend.
  for (const id of FACTION_IDS) state.factions[id].flows = emptyFlows();
  for (const entry of orders) {
    const refusal = isTyped(entry) ? applyTypedOrder(state, entry.issuer, entry.order) : applyOrder(state, entry.issuer, entry.order);
    // The whole entry comes back, so callers can keep their own fields (who sent it).
    if (refusal) refusals.push({ ...entry, refusal });
  }
  runMonthlyFunding(state);

  runEvents(state);
  runTalent(state);
  runVendors(state);
  runConstruction(state);
  runSolarCurb(state);
  runPower(state);
  runProduction(state);
  runContracts(state);
  runMarkets(state);
  runAssembly(state);
  runLaunchesAndEdge(state);
  runSwitchOn(state);
  runFinance(state);
  runResearch(state);
  runLimitingFactors(state);
  runMilestones(state);
  runScore(state);
  dropExpiredModifiers(state);

  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    f.limitingHistory.push(f.limitingFactor);
    f.computeHistory.push(Math.round(computeGW(f) * 1000) / 1000);
    f.cashHistory.push(Math.round(f.cash));
    f.salesHistory.push(Math.round(f.flows.salesValue));
  }
  for (const m of Object.values(state.markets)) m.history.push(Math.round(m.price * 1000) / 1000);

  const endedByTime = state.month + 1 >= state.options.months;
  if (state.winner || endedByTime) {
    state.status = "ended";
    state.endedMonth = state.month;
    if (!state.winner) {
      const ranked = [...FACTION_IDS].sort((a, b) => state.factions[b].score - state.factions[a].score);
      state.winner = ranked[0];
    }
    state.eventLog.push({ month: state.month, id: "match-ended", faction: state.winner });
  } else {
    state.month += 1;
  }
  return { state, events: state.eventLog, refusals };
}
