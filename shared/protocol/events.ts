// What happened in a month (GameEvent.id): a card from the event deck ("event:<id>") or a piece of
// news the rules report (a fab reached volume, a milestone…). One union, and the one place that
// tells them apart.
import { EVENT_IDS, type EventId } from "../data/events";

export const NEWS_IDS = [
  "fab-volume", "fab-tools-installed", "milestone", "power-online", "launches", "contract-offered", "contract-accepted",
  "contract-declined", "contract-expired", "contract-completed", "contract-breach", "contract-missed", "contract-broken", "contract-terminated", "research-done", "sanctions-changed", "licences-granted", "licences-revoked", "site-halted", "victory", "match-ended", "staff-poached", "queue-jumped", "funding-short", "lobbying-short",
  "vendor-funding-short", "casting-funding-short", "launch-funding-short", "vendor-funding-blocked", "casting-funding-blocked", "launch-funding-done",
  "solar-curb-on", "solar-curb-off",
] as const;
export type NewsId = (typeof NEWS_IDS)[number];

/** A card from the event deck, as the event log names it. */
export type DeckEventKey = `event:${EventId}`;
export type GameEventId = DeckEventKey | NewsId;

const DECK_PREFIX = "event:";
const DECK = new Set<string>(EVENT_IDS);

/** The deck card an event id names ("event:chip-ban" → "chip-ban"), or null for news. */
export function deckEventOf(id: string): EventId | null {
  if (!id.startsWith(DECK_PREFIX)) return null;
  const card = id.slice(DECK_PREFIX.length);
  return DECK.has(card) ? (card as EventId) : null;
}

/** The i18n key of an event's text: event.<card> for a deck card, news.<id> otherwise. */
export function eventTextKey(id: string): string {
  return id.startsWith(DECK_PREFIX) ? `event.${id.slice(DECK_PREFIX.length)}` : `news.${id}`;
}
