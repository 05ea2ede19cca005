// A store that never throws at the game: a failed save is kept in memory and retried
// (1 s, 2 s, 4 s … up to 30 s apart) until it lands; the failure shows on /health and in
// the log once. Results of a match whose save is still pending are served from memory.
// The inner store may answer at once (SQLite) or with promises (PostgreSQL): every method here
// returns a promise.
import type { MatchRecord, Replay } from "../../shared/index";
import type { MatchStore, StoredClassroom, StoredMatch } from "./match-store";

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

export interface StorageHealth {
  ok: boolean;
  /** "ok", or what the last failure said. */
  storage: string;
  /** Saves waiting for a retry. */
  pending: number;
}

export class ResilientStore {
  private pendingMatches = new Map<string, StoredMatch>();
  private pendingClasses = new Map<string, StoredClassroom>();
  private failure: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private delay = FIRST_RETRY_MS;
  private closed = false;
  private retrying: Promise<boolean> | null = null;

  constructor(
    readonly inner: MatchStore,
    private readonly log: (message: string) => void = (m) => console.error(m),
  ) {}

  health(): StorageHealth {
    const pending = this.pendingMatches.size + this.pendingClasses.size;
    return { ok: this.failure === null && pending === 0, storage: this.failure ?? "ok", pending };
  }

  private fail(err: unknown): void {
    const message = String((err as Error)?.message ?? err).slice(0, 200);
    if (this.failure !== message) this.log(`storage failing: ${message} (saves are kept and retried)`);
    this.failure = message;
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.retry();
    }, this.delay);
    this.timer.unref();
    this.delay = Math.min(MAX_RETRY_MS, this.delay * 2);
  }

  /** Try every pending save again now. True when nothing is left pending. */
  retry(): Promise<boolean> {
    // One pass at a time; a save that arrives meanwhile is in the maps and goes in the next pass.
    if (this.retrying) return this.retrying.then(() => this.retry());
    this.retrying = this.retryOnce().finally(() => (this.retrying = null));
    return this.retrying;
  }

  private async retryOnce(): Promise<boolean> {
    try {
      for (const [id, m] of [...this.pendingMatches]) {
        await this.inner.saveMatch(m);
        if (this.pendingMatches.get(id) === m) this.pendingMatches.delete(id);
      }
      for (const [code, c] of [...this.pendingClasses]) {
        await this.inner.saveClassroom(c);
        if (this.pendingClasses.get(code) === c) this.pendingClasses.delete(code);
      }
    } catch (err) {
      this.fail(err);
      return false;
    }
    if (this.failure) this.log("storage recovered: every pending save is stored");
    this.failure = null;
    this.delay = FIRST_RETRY_MS;
    return true;
  }

  /** True when stored now; false when kept for a retry. Never rejects. */
  saveMatch(match: StoredMatch): Promise<boolean> {
    this.pendingMatches.set(match.id, match);
    return this.retry();
  }

  saveClassroom(classroom: StoredClassroom): Promise<boolean> {
    this.pendingClasses.set(classroom.code, classroom);
    return this.retry();
  }

  async getResult(id: string): Promise<MatchRecord | null> {
    const pending = this.pendingMatches.get(id);
    if (pending) return pending.result;
    try {
      return await this.inner.getResult(id);
    } catch (err) {
      this.fail(err);
      return null;
    }
  }

  async getReplay(id: string): Promise<Replay | null> {
    const pending = this.pendingMatches.get(id);
    if (pending) return pending.replay;
    try {
      return await this.inner.getReplay(id);
    } catch (err) {
      this.fail(err);
      return null;
    }
  }

  async getClassroom(code: string): Promise<StoredClassroom | null> {
    const pending = this.pendingClasses.get(code);
    if (pending) return pending;
    try {
      return await this.inner.getClassroom(code);
    } catch (err) {
      this.fail(err);
      return null;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.retry(); // a last attempt; what still fails is reported
    if (this.pendingMatches.size + this.pendingClasses.size > 0) this.log(`storage: ${this.pendingMatches.size + this.pendingClasses.size} save(s) could not be written before shutdown`);
    await this.inner.close();
  }
}
