// The journal of live rooms: what a process needs to rebuild a match or a class after a crash.
// A room row (kind, meta — seats, options, status…, owner process and its lease) and, for a
// match, one row per month played with that month's accepted orders. The engine is
// deterministic: options + seed + every month's orders replay to the same state hash.

export type JournalKind = "match" | "classroom";

export interface JournalRoomWrite {
  id: string;
  kind: JournalKind;
  /** JSON text of the room's meta (MatchJournalMeta / ClassJournalMeta). */
  meta: string;
  /** Kept for a later "Continue" (a solo match its player left), not resumed at boot. */
  parked?: boolean;
}

export interface JournalMonthWrite {
  id: string;
  month: number;
  /** JSON text: the month's orders [{ issuer, order, by? }]. */
  orders: string;
  /** JSON text of the engine state at the start of this month (every SNAPSHOT_MONTHS): a resume replays from here. */
  snapshot?: string;
}

/** One flush of the journal: written in one transaction. */
export interface JournalBatch {
  rooms: JournalRoomWrite[];
  months: JournalMonthWrite[];
  /** Rooms that finished (or were abandoned): their journal goes. */
  ended: string[];
}

export interface JournalListing {
  id: string;
  kind: JournalKind;
  owner: string;
  /** ms since the epoch; 0 when released (a clean shutdown). */
  leaseUntil: number;
  parked: boolean;
}

export interface JournalEntry {
  id: string;
  kind: JournalKind;
  meta: string;
  parked: boolean;
  months: Array<{ month: number; orders: string }>;
  /** The latest snapshot: the engine state at the start of `month` (the months before it need no replay). */
  snapshot: { month: number; state: string } | null;
}

export interface JournalStore {
  /**
   * Writes a batch for `owner`. New rooms are created owned by `owner` with `leaseUntil`;
   * a room another process has taken over is not overwritten (its rows are skipped).
   */
  writeJournal(batch: JournalBatch, owner: string, leaseUntil: number): Promise<void>;
  /** Extends the lease of every room `owner` holds; returns their ids. */
  renewLeases(owner: string, leaseUntil: number): Promise<string[]>;
  /** Clean shutdown: `owner`'s rooms may be resumed at once by anyone. */
  releaseLeases(owner: string): Promise<void>;
  listJournal(): Promise<JournalListing[]>;
  /**
   * Atomically takes a room whose lease has run out (or that `owner` already holds, or that is
   * parked and `parked` is set). True for exactly one caller.
   */
  claimJournal(id: string, owner: string, now: number, leaseUntil: number, parked?: boolean): Promise<boolean>;
  loadJournal(id: string): Promise<JournalEntry | null>;
}
