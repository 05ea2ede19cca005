// What the journal keeps of a match besides its months, and reading a journal entry back: the
// engine state to start from (the latest snapshot, or the match's start) and the months to replay.
import { ENGINE_VERSION, FACTION_IDS, createMatch, type ClockSetting, type DeckDraw, type FactionId, type GameState, type MatchOptions, type ReplayOrder } from "../../shared/index";
import type { JournalEntry } from "../storage/journal-store";
import type { CreateOptions } from "./messages";
import type { Seats } from "./seats";

export interface MatchJournalMeta {
  v: 1;
  /** The engine that played the months: another engine version would not replay them to the same state. */
  engineVersion?: number;
  options: CreateOptions;
  game: MatchOptions;
  classroomId: string | null;
  seatSize: number;
  tickMs?: number;
  code: string;
  status: string;
  speed: string;
  pausesLeft: number;
  heldForClass: boolean;
  hostId: string;
  seats: Record<FactionId, Array<{ sessionId: string; name: string; ready: boolean; student?: string; token?: string }>>;
  spectators: Array<{ sessionId: string; name: string; token?: string }>;
  removed: string[];
}

export interface JournaledRoom {
  options: CreateOptions;
  game: GameState;
  clock: ClockSetting;
  classroomId: string | null;
  seatSize: number;
  code: string;
  hostId: string;
  seats: Seats;
  /** Spectators' reconnection keys by session. */
  spectators: Map<string, string>;
  names: (sessionId: string) => string;
  removed: Set<string>;
}

export function journalMetaOf(r: JournaledRoom): MatchJournalMeta {
  const seats = Object.fromEntries(FACTION_IDS.map((f) => [f, r.seats[f].occupants.map((o) => ({ sessionId: o.sessionId, name: o.name, ready: o.ready, student: o.student, token: o.token }))]));
  return {
    v: 1,
    engineVersion: ENGINE_VERSION,
    options: r.options,
    game: { ...r.game.options },
    classroomId: r.classroomId,
    seatSize: r.seatSize,
    tickMs: r.clock.tickMs,
    code: r.code,
    status: r.clock.status,
    speed: r.clock.speed,
    pausesLeft: r.clock.pausesLeft,
    heldForClass: r.clock.heldForClass,
    hostId: r.hostId,
    seats: seats as MatchJournalMeta["seats"],
    spectators: [...r.spectators].map(([sessionId, token]) => ({ sessionId, token, name: r.names(sessionId) })),
    removed: [...r.removed],
  };
}

export interface JournaledMatch {
  meta: MatchJournalMeta;
  /** The state to replay from, with the deck cards drawn before it. */
  game: GameState;
  deck: DeckDraw[];
  months: Array<{ month: number; orders: ReplayOrder[] }>;
}

/** Reads a journal entry; months played by another engine version would replay to another state, so such a match is refused (and parked). */
export function readJournal(entry: JournalEntry): JournaledMatch {
  const meta = JSON.parse(entry.meta) as MatchJournalMeta;
  if (meta.engineVersion !== undefined && meta.engineVersion !== ENGINE_VERSION) {
    throw new Error(`its months were played by engine version ${meta.engineVersion}; this build runs ${ENGINE_VERSION}`);
  }
  // The latest snapshot (the engine state at the start of a month) spares replaying the months before it.
  const snap = entry.snapshot ? (JSON.parse(entry.snapshot.state) as { state: GameState; deck: DeckDraw[] }) : null;
  return {
    meta,
    game: snap ? snap.state : createMatch(meta.game),
    deck: snap ? snap.deck : [],
    months: entry.months.map((row) => ({ month: row.month, orders: JSON.parse(row.orders) as ReplayOrder[] })),
  };
}

/** Does this reconnection key open a seat of this parked (or live) solo match's journal meta? */
export function opensSeat(metaJson: string, key: string): boolean {
  try {
    const meta = JSON.parse(metaJson) as MatchJournalMeta;
    return meta.options.mode === "solo" && FACTION_IDS.some((f) => (meta.seats[f] ?? []).some((o) => typeof o.token === "string" && o.token.length > 0 && o.token === key));
  } catch {
    return false;
  }
}
