// A whole match played by bots (and optionally scripted orders), with everything
// the sim, balance and replay tools report. Pure: no clock, no I/O.
import { FACTION_IDS, type FactionId } from "../data/factions";
import { MILESTONE_IDS } from "../data/milestones";
import { botDecisions } from "../bots";
import type { BotReason } from "../bots/reasons";
import { createMatch } from "../model/create-match";
import type { GameState, LimitingFactor } from "../model/types";
import type { Difficulty, MatchOptionsInput } from "../protocol/options";
import type { Issuer, Order, Replay } from "../protocol/order";
import { stepInPlace } from "../rules/step";
import { stateHash } from "../rules/state-hash";
import { deckEventOf } from "../protocol/events";
import { newReplay } from "./replay";

export interface FactionRecord {
  score: number;
  milestones: Array<{ id: string; month: number | null }>;
  limitingFactor: LimitingFactor[];
  computeGW: number[];
  cash: number[];
  /** $M sold each month. */
  sales: number[];
}

export interface MatchRecord {
  seed: number;
  months: number;
  winner: FactionId | null;
  endedMonth: number | null;
  stateHash: string;
  factions: Record<FactionId, FactionRecord>;
  markets: { dramPrice: number[]; waferPrice: number[] };
  fabs: Array<{ owner: FactionId; site: string; kind: string; node: string; startedMonth: number | null; volumeMonth: number | null; expansionOf: string | null }>;
  events: Array<{ month: number; id: string }>;
}

export interface RunOptions {
  /** Bot difficulty per faction (default: the match difficulty for all). */
  seats?: Partial<Record<FactionId, Difficulty>>;
  /** Collect every applied order into a replay. */
  recordReplay?: boolean;
  /** Scripted players for some seats instead of bots (the scripted players of sim/players.ts). */
  players?: Partial<Record<FactionId, (state: GameState, id: FactionId) => Order[]>>;
  /** Change the starting state before month 0 (measurements: a seat given twice the cash…). */
  setup?: (state: GameState) => void;
  /** Called after every month with the new state (measurements that need a per-month series). */
  observe?: (state: GameState) => void;
  /** Stop after this month even if the match goes on (measurements at a fixed horizon). */
  untilMonth?: number;
}

/** The record of a finished (or stopped) match. Its stateHash is computed when first read (a whole
 *  state's canonical text costs more than a month of play, and balance runs never read it), so the
 *  state must not change after the record is made. */
export function recordOf(state: GameState, events: Array<{ month: number; id: string }>): MatchRecord {
  const factions = Object.fromEntries(
    FACTION_IDS.map((id) => {
      const f = state.factions[id];
      return [id, {
        score: f.score,
        milestones: MILESTONE_IDS[id].map((m) => ({ id: m, month: f.milestones[m] })),
        limitingFactor: [...f.limitingHistory],
        computeGW: [...f.computeHistory],
        cash: [...f.cashHistory],
        sales: [...f.salesHistory],
      }];
    }),
  ) as Record<FactionId, FactionRecord>;
  const record: Omit<MatchRecord, "stateHash"> = {
    seed: state.options.seed,
    months: state.options.months,
    winner: state.status === "ended" ? state.winner : null,
    endedMonth: state.endedMonth,
    factions,
    markets: { dramPrice: [...state.markets.dram.history], waferPrice: [...state.markets.wafer.history] },
    fabs: state.fabs.map((f) => ({ owner: f.owner, site: f.site, kind: f.kind, node: f.node, startedMonth: f.startedMonth, volumeMonth: f.volumeMonth, expansionOf: f.expansionOf })),
    events,
  };
  let hash: string | undefined;
  return Object.defineProperty(record, "stateHash", { enumerable: true, get: () => (hash ??= stateHash(state)) }) as MatchRecord;
}

export function runMatch(input: MatchOptionsInput, run: RunOptions = {}): { record: MatchRecord; state: GameState; replay: Replay | null } {
  let state = createMatch(input);
  run.setup?.(state);
  const events: Array<{ month: number; id: string }> = [];
  const replayOrders: Replay["orders"] = [];
  while (state.status === "running" && (run.untilMonth === undefined || state.month < run.untilMonth)) {
    // Bots and scripted players are typed code: their orders skip the parse that guards untrusted input.
    const orders: Array<{ issuer: Issuer; order: Order; typed: true; reason?: BotReason }> = [];
    for (const id of FACTION_IDS) {
      const player = run.players?.[id];
      if (player) for (const order of player(state, id)) orders.push({ issuer: id, order, typed: true });
      else for (const d of botDecisions(state, id, run.seats?.[id] ?? state.options.difficulty)) orders.push({ issuer: id, order: d.order, typed: true, reason: d.reason });
    }
    if (run.recordReplay) for (const o of orders) replayOrders.push(o.reason ? { month: state.month, issuer: o.issuer, order: o.order, reason: o.reason } : { month: state.month, issuer: o.issuer, order: o.order });
    const result = stepInPlace(state, orders);
    for (const e of result.events) {
      const card = deckEventOf(e.id);
      if (card) events.push({ month: e.month, id: card });
    }
    state = result.state;
    run.observe?.(state);
  }
  const record = recordOf(state, events);
  const replay: Replay | null = run.recordReplay
    ? newReplay({ ...state.options }, replayOrders, record.stateHash)
    : null;
  return { record, state, replay };
}
