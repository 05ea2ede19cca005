// Resuming rooms from the journal: at boot (a restart), and every SCAN_MS for rooms whose
// process died (their lease ran out). The store's atomic claim makes exactly one process
// resume a room; the room is created in this process with its old id (matchMaker.handleCreateRoom)
// and rebuilds itself from the journal entry handed over by a one-time local token.
import { matchMaker } from "@colyseus/core";
import { randomBytes } from "node:crypto";
import { CLOSE_RESUMED } from "../../shared/index";
import type { Journal } from "../storage/journal";
import type { JournalEntry } from "../storage/journal-store";

export const SCAN_MS = 2000;

const entries = new Map<string, JournalEntry>();

/** The room being created claims its journal entry (once; unknown tokens give null). */
export function claimResume(token: unknown): JournalEntry | null {
  if (typeof token !== "string") return null;
  const entry = entries.get(token) ?? null;
  entries.delete(token);
  return entry;
}

export class Resumer {
  /**
   * A health check that noticed the dead process may still be cleaning up its listings (a query,
   * then deletes by room id): a listing of a room resumed here is put back if it went.
   */
  private guardListing(id: string): void {
    for (const ms of [500, 1500, 3000, 6000, 10_000, 15_000]) {
      setTimeout(() => {
        const room = matchMaker.getLocalRoomById(id) as unknown as { _listing?: unknown } | undefined;
        if (!room?._listing) return;
        void Promise.resolve(matchMaker.driver.has(id)).then((has) => {
          if (!has && matchMaker.getLocalRoomById(id)) return matchMaker.driver.persist(room._listing as never, true);
        }).catch(() => {});
      }, ms).unref();
    }
  }

  private timer: NodeJS.Timeout | null = null;
  private scanning: Promise<string[]> | null = null;
  private inFlight = new Set<string>();
  /** Rooms resumed by this process (ids), for tests and the log. */
  readonly resumed: string[] = [];

  constructor(private readonly journal: Journal, private readonly log: (m: string) => void = (m) => console.log(m)) {}

  start(): void {
    this.timer = setInterval(() => void this.scan(), SCAN_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Resumes every unfinished room whose lease has run out; matches before classes. */
  scan(): Promise<string[]> {
    this.scanning ??= this.scanOnce().finally(() => (this.scanning = null));
    return this.scanning;
  }

  private async scanOnce(): Promise<string[]> {
    if (this.journal.isFrozen) return [];
    let list;
    try {
      list = await this.journal.store.listJournal();
    } catch (err) {
      this.log(`resume: reading the journal failed: ${(err as Error)?.message ?? err}`);
      return [];
    }
    const now = Date.now();
    const due = list
      .filter((r) => !r.parked && r.leaseUntil < now && !matchMaker.getLocalRoomById(r.id))
      .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "match" ? -1 : 1));
    // A dead process's room listings may still be in a shared matchmaker (Redis): they go first, so
    // nobody is sent to it and its cleanup cannot later remove the listing of a room resumed here.
    for (const owner of new Set(due.map((r) => r.owner))) {
      if (owner !== this.journal.owner) await Promise.resolve(matchMaker.driver.cleanup?.(owner)).catch(() => {});
    }
    const done: string[] = [];
    for (const r of due) if (await this.resume(r.id)) done.push(r.id);
    return done;
  }

  /** Takes the room (if no other process did) and creates it here. `parked`: a solo match kept for "Continue". */
  async resume(id: string, parked = false): Promise<boolean> {
    if (matchMaker.getLocalRoomById(id)) return true;
    if (this.inFlight.has(id) || this.journal.isFrozen) return false;
    this.inFlight.add(id);
    try {
      const claimed = await this.journal.store.claimJournal(id, this.journal.owner, Date.now(), this.journal.leaseUntil, parked);
      if (!claimed) return false;
      const entry = await this.journal.store.loadJournal(id);
      if (!entry) return false;
      const started = Date.now();
      const token = randomBytes(24).toString("base64url");
      entries.set(token, entry);
      try {
        await matchMaker.handleCreateRoom(entry.kind, { resumeToken: token });
      } catch (err) {
        entries.delete(token);
        // Kept (parked) for a look by hand, not retried at every scan.
        this.log(`resume: ${entry.kind} ${id} could not be resumed, parked: ${(err as Error)?.message ?? err}`);
        await this.journal.store.writeJournal({ rooms: [{ id, kind: entry.kind, meta: entry.meta, parked: true }], months: [], ended: [] }, this.journal.owner, 0).catch(() => {});
        return false;
      }
      this.resumed.push(id);
      this.guardListing(id);
      const from = entry.snapshot ? `, from the snapshot of month ${entry.snapshot.month}` : "";
      this.log(`resumed ${entry.kind} ${id} (${entry.months.length} months journaled${from}, in ${Date.now() - started} ms)`);
      return true;
    } finally {
      this.inFlight.delete(id);
    }
  }
}

type ConnectionListener = (this: unknown, ws: WebSocketLike, req: { url?: string }, ...rest: unknown[]) => unknown;
interface WebSocketLike { close(code?: number, reason?: string): void }
/** Any listener (the ws server's own type for them). */
type Listener = (...args: never[]) => unknown;
interface ServerLike {
  listeners(event: "connection"): Listener[];
  removeListener(event: "connection", fn: Listener): unknown;
  on(event: "connection", fn: Listener): unknown;
}

/**
 * The SDK's own reconnection keeps its decoded state and asks for patches on top of it; a room
 * rebuilt from the journal has other schema references, so that cannot work. Such a reconnection —
 * to a room this process does not run (yet) but the journal has, or to a resumed room's seat not
 * yet taken back — is closed with 4012: the client then reconnects afresh (`client.reconnect(token)`,
 * through the matchmaker, which finds the room on whichever process runs it) with the same key.
 */
export function holdReconnections(wss: ServerLike, journal: Journal): void {
  const original = wss.listeners("connection")[0] as ConnectionListener | undefined;
  if (!original) return;
  wss.removeListener("connection", original);
  wss.on("connection", async function (this: unknown, ws: WebSocketLike, req: { url?: string }, ...rest: unknown[]) {
    const url = new URL(`ws://server${req.url ?? "/"}`);
    const roomId = /\/[a-zA-Z0-9_-]+\/([a-zA-Z0-9_-]+)$/.exec(url.pathname)?.[1];
    // Only the SDK's own reconnection (it skips the handshake and keeps its old state); a fresh
    // reconnection through the matchmaker carries the key too, and is what this asks for.
    if (roomId && url.searchParams.get("reconnectionToken") && url.searchParams.has("skipHandshake")) {
      const local = matchMaker.getLocalRoomById(roomId) as unknown as { staleSession?: (id: string) => boolean } | undefined;
      if (local) {
        if (local.staleSession?.(url.searchParams.get("sessionId") ?? "")) return ws.close(CLOSE_RESUMED, "server restarted; reconnect afresh");
      } else {
        const journaled = await journal.store.listJournal().then((list) => list.some((r) => r.id === roomId && !r.parked), () => false);
        if (journaled) return ws.close(CLOSE_RESUMED, "server restarted; reconnect afresh");
      }
    }
    return original.call(this, ws, req, ...rest);
  });
}
