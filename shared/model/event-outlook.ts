// What a player can know of the event deck: the odds, not the order. Cards are drawn at a known
// monthly chance after the first months, each card once until the deck is reshuffled; which cards are
// still in it follows from the news everyone has seen. So the risk of each is a number that changes
// as cards come out — the hidden draw becomes a visible one (issue 12, "visible uncertainty").
import { EVENT_CHANCE_PER_MONTH, EVENT_GRACE_MONTHS, EVENT_IDS, type EventId } from "../data/events";
import type { GameState } from "./types";

/** Months ahead the outlook looks. */
export const OUTLOOK_MONTHS = 12;

export interface EventOutlook {
  /** Random events are drawn in this match (a teacher may inject them either way). */
  on: boolean;
  /** Chance a card is drawn in a month, and the first month one can be. */
  perMonth: number;
  fromMonth: number;
  /** Cards still in the deck, in the deck list's fixed order (never the shuffled one). */
  left: EventId[];
  /** Chance of at least one event within OUTLOOK_MONTHS, and of a given card still in the deck. */
  anyWithin: number;
  eachWithin: number;
}

/** P(at least k successes in n trials of chance p). */
function atLeast(k: number, n: number, p: number): number {
  let below = 0;
  let term = 1; // P(exactly 0) = (1 − p)ⁿ, by multiplication: the same bits on every engine
  for (let i = 0; i < n; i++) term *= 1 - p;
  for (let i = 0; i < k && i <= n; i++) {
    below += term;
    term = (term * (n - i) * p) / ((i + 1) * (1 - p));
  }
  return Math.max(0, 1 - below);
}

export function eventOutlook(state: GameState): EventOutlook {
  const on = state.options.events && state.status === "running";
  // An empty deck is reshuffled whole at the next draw.
  const inDeck = new Set<EventId>(state.deck.length > 0 ? state.deck : EVENT_IDS);
  const left = EVENT_IDS.filter((id) => inDeck.has(id));
  let draws = 0;
  for (let m = state.month; m < state.month + OUTLOOK_MONTHS && m < state.options.months; m++) if (m >= EVENT_GRACE_MONTHS) draws++;
  const p = EVENT_CHANCE_PER_MONTH;
  const anyWithin = on ? atLeast(1, draws, p) : 0;
  // A given card sits at a uniformly random place among those left: it comes out by the k-th draw.
  let each = 0;
  if (on) for (let k = 1; k <= left.length; k++) each += atLeast(k, draws, p) / left.length;
  return { on, perMonth: p, fromMonth: EVENT_GRACE_MONTHS, left, anyWithin, eachWithin: each };
}
