// The process's journal writer. Rooms hand it what changed (a month's orders, "my meta changed",
// "I finished"); it never writes on the room's clock: a timer flushes everything in one
// transaction every FLUSH_MS (well within a month at any speed), retrying a failed flush.
// It also holds this process's lease on its rooms, renewed every LEASE_MS / 3, so that when
// the process dies another one (or the same one restarted) resumes them once the lease runs out.
import { randomBytes } from "node:crypto";
import type { JournalBatch, JournalKind, JournalStore } from "./journal-store";

export const FLUSH_MS = 100;
/** Every this many months the journal also keeps the engine state: a resume replays at most this many months. */
export const SNAPSHOT_MONTHS = 12;
/** A dead process's rooms are resumed elsewhere after at most this long (plus one scan). */
export const LEASE_MS = 6000;

export interface JournalOptions {
  owner?: string;
  flushMs?: number;
  leaseMs?: number;
  log?: (message: string) => void;
}

export class Journal {
  /** This process in the store's leases; Colyseus' processId once the server listens (see adopt). */
  owner: string;
  readonly leaseMs: number;
  private readonly flushMs: number;
  private readonly log: (message: string) => void;
  /** Rooms whose meta changed since the last flush: how to read it then. */
  private dirty = new Map<string, { kind: JournalKind; meta: () => unknown; parked: boolean }>();
  private months: Array<{ id: string; month: number; orders: unknown[]; snapshot?: unknown }> = [];
  private ended = new Set<string>();
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private leaseTimer: NodeJS.Timeout | null = null;
  private frozen = false;
  private failing: string | null = null;
  /** Rooms this process holds, and what to do when another process took one over. */
  private lost: ((id: string) => void) | null = null;
  readonly held = new Set<string>();
  /** Rooms whose row is known to be in the store (only those can have been taken over). */
  private written = new Set<string>();
  /** Parked rooms hold no lease (renewals skip them). */
  private parked = new Set<string>();

  constructor(readonly store: JournalStore, options: JournalOptions = {}) {
    this.owner = options.owner ?? `${process.pid}-${randomBytes(6).toString("hex")}`;
    this.flushMs = options.flushMs ?? FLUSH_MS;
    this.leaseMs = options.leaseMs ?? LEASE_MS;
    this.log = options.log ?? ((m) => console.error(m));
  }

  /** Before anything is written: hold the leases under Colyseus' own processId (a dead owner's listings can then be cleaned up by it). */
  adopt(owner: string): void {
    if (this.held.size === 0 && owner) this.owner = owner;
  }

  start(onLost?: (id: string) => void): void {
    this.lost = onLost ?? null;
    this.timer = setInterval(() => void this.flush(), this.flushMs);
    this.timer.unref();
    this.leaseTimer = setInterval(() => void this.renew(), Math.max(200, Math.floor(this.leaseMs / 3)));
    this.leaseTimer.unref();
  }

  get leaseUntil(): number {
    return Date.now() + this.leaseMs;
  }

  /** The room's meta changed; `meta` is read at the next flush (off the room's clock). */
  touch(id: string, kind: JournalKind, meta: () => unknown, parked = false): void {
    if (this.frozen) return;
    if (parked) this.parked.add(id);
    else this.parked.delete(id);
    this.held.add(id);
    this.ended.delete(id);
    this.dirty.set(id, { kind, meta, parked });
  }

  /**
   * A month was played with these orders (the room's own replay entries). `snapshot`: the engine state
   * at the start of the month, an object nobody changes afterwards (serialised at the flush, off the clock).
   */
  month(id: string, month: number, orders: unknown[], snapshot?: unknown): void {
    if (this.frozen) return;
    this.months.push(snapshot === undefined ? { id, month, orders } : { id, month, orders, snapshot });
  }

  /** Finished or abandoned: nothing to resume. */
  end(id: string): void {
    if (this.frozen) return;
    this.dirty.delete(id);
    this.months = this.months.filter((m) => m.id !== id);
    this.ended.add(id);
    this.held.delete(id);
    this.parked.delete(id);
  }

  /** Writes everything pending; resolves when written (or failed and kept for the next flush). */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.pending() ? this.flush() : undefined));
    if (!this.pending()) return Promise.resolve();
    const dirty = this.dirty;
    const months = this.months;
    const ended = this.ended;
    this.dirty = new Map();
    this.months = [];
    this.ended = new Set();
    const batch: JournalBatch = { rooms: [], months: [], ended: [...ended] };
    for (const [id, d] of dirty) {
      try {
        batch.rooms.push({ id, kind: d.kind, meta: JSON.stringify(d.meta()), parked: d.parked });
      } catch (err) {
        this.log(`journal: room ${id}'s meta could not be read: ${(err as Error)?.message ?? err}`);
      }
    }
    for (const m of months) batch.months.push(m.snapshot === undefined ? { id: m.id, month: m.month, orders: JSON.stringify(m.orders) } : { id: m.id, month: m.month, orders: JSON.stringify(m.orders), snapshot: JSON.stringify(m.snapshot) });
    this.flushing = this.store.writeJournal(batch, this.owner, this.leaseUntil).then(
      () => {
        for (const r of batch.rooms) if (this.held.has(r.id)) this.written.add(r.id);
        for (const id of batch.ended) this.written.delete(id);
        if (this.failing) this.log("journal: writing again");
        this.failing = null;
      },
      (err) => {
        const message = String((err as Error)?.message ?? err).slice(0, 200);
        if (this.failing !== message) this.log(`journal: a write failed (kept, retried): ${message}`);
        this.failing = message;
        // Put it back in front of what came meanwhile (months stay in order).
        for (const [id, d] of dirty) if (!this.dirty.has(id) && !this.ended.has(id)) this.dirty.set(id, d);
        this.months = [...months.filter((m) => !this.ended.has(m.id)), ...this.months];
        for (const id of ended) this.ended.add(id);
      },
    ).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private pending(): boolean {
    return this.dirty.size > 0 || this.months.length > 0 || this.ended.size > 0;
  }

  health(): { ok: boolean; journal: string } {
    return { ok: this.failing === null, journal: this.failing ?? "ok" };
  }

  private async renew(): Promise<void> {
    if (this.frozen) return;
    try {
      const known = [...this.written];
      const mine = new Set(await this.store.renewLeases(this.owner, this.leaseUntil));
      // A room this process still runs but no longer holds was taken over (this process stalled
      // past its lease): the other copy wins, this one closes.
      for (const id of known) {
        if (!mine.has(id) && this.held.has(id) && !this.parked.has(id)) {
          this.held.delete(id);
          this.written.delete(id);
          this.lost?.(id);
        }
      }
    } catch (err) {
      this.log(`journal: renewing the lease failed: ${(err as Error)?.message ?? err}`);
    }
  }

  /** Shutdown: write what is pending, then take nothing more (rooms closing now change nothing). */
  async freeze(release = true): Promise<void> {
    await this.flush();
    this.frozen = true;
    if (this.timer) clearInterval(this.timer);
    if (this.leaseTimer) clearInterval(this.leaseTimer);
    this.timer = this.leaseTimer = null;
    if (release) await this.store.releaseLeases(this.owner).catch((err) => this.log(`journal: releasing the lease failed: ${(err as Error)?.message ?? err}`));
  }

  get isFrozen(): boolean {
    return this.frozen;
  }
}
