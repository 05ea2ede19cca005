// The default store: one embedded SQLite file (better-sqlite3), nothing to install or run.
// Results and replays of finished matches, class exports, and the journal of live rooms.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { MatchRecord, Replay } from "../../shared/index";
import type { MatchStore, StoredClassroom, StoredMatch } from "./match-store";
import type { JournalBatch, JournalEntry, JournalKind, JournalListing, JournalStore } from "./journal-store";

export class SqliteMatchStore implements MatchStore, JournalStore {
  private readonly db: Database.Database;
  private readonly stmt: Record<string, Database.Statement>;
  private readonly writeBatch: (batch: JournalBatch, owner: string, leaseUntil: number) => void;

  constructor(path: string) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    // WAL + NORMAL: a commit survives a crash of the process (kill -9); only a power cut may lose
    // the last commits. Keeps a journal write in the tens of microseconds.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(`CREATE TABLE IF NOT EXISTS matches (
      id TEXT PRIMARY KEY,
      ended_at TEXT NOT NULL,
      result TEXT NOT NULL,
      replay TEXT NOT NULL
    )`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS classrooms (
      code TEXT PRIMARY KEY,
      teacher_key_hash TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      results TEXT NOT NULL
    )`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS live_rooms (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      meta TEXT NOT NULL,
      owner TEXT NOT NULL,
      lease_until INTEGER NOT NULL,
      parked INTEGER NOT NULL DEFAULT 0,
      updated_at INTEGER NOT NULL
    )`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS live_months (
      room_id TEXT NOT NULL,
      month INTEGER NOT NULL,
      orders TEXT NOT NULL,
      PRIMARY KEY (room_id, month)
    )`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS live_snapshots (
      room_id TEXT PRIMARY KEY,
      month INTEGER NOT NULL,
      state TEXT NOT NULL
    )`);
    const s = (sql: string) => this.db.prepare(sql);
    this.stmt = {
      upsertRoom: s(`INSERT INTO live_rooms (id, kind, meta, owner, lease_until, parked, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET meta = excluded.meta, parked = excluded.parked, lease_until = excluded.lease_until, updated_at = excluded.updated_at
        WHERE live_rooms.owner = excluded.owner`),
      month: s(`INSERT OR REPLACE INTO live_months (room_id, month, orders)
        SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM live_rooms WHERE id = ? AND owner = ?)`),
      endRoom: s("DELETE FROM live_rooms WHERE id = ? AND owner = ?"),
      endMonths: s("DELETE FROM live_months WHERE room_id = ? AND NOT EXISTS (SELECT 1 FROM live_rooms WHERE id = ?)"),
      endSnapshot: s("DELETE FROM live_snapshots WHERE room_id = ? AND NOT EXISTS (SELECT 1 FROM live_rooms WHERE id = ?)"),
      snapshot: s(`INSERT OR REPLACE INTO live_snapshots (room_id, month, state)
        SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM live_rooms WHERE id = ? AND owner = ?)`),
      loadSnapshot: s("SELECT month, state FROM live_snapshots WHERE room_id = ?"),
      renew: s("UPDATE live_rooms SET lease_until = ? WHERE owner = ? AND parked = 0"),
      owned: s("SELECT id FROM live_rooms WHERE owner = ? AND parked = 0"),
      release: s("UPDATE live_rooms SET lease_until = 0 WHERE owner = ?"),
      list: s("SELECT id, kind, owner, lease_until, parked FROM live_rooms"),
      claim: s("UPDATE live_rooms SET owner = ?, lease_until = ?, parked = 0 WHERE id = ? AND parked = ? AND (lease_until < ? OR owner = ?)"),
      loadRoom: s("SELECT id, kind, meta, parked FROM live_rooms WHERE id = ?"),
      loadMonths: s("SELECT month, orders FROM live_months WHERE room_id = ? ORDER BY month"),
    };
    this.writeBatch = this.db.transaction((batch: JournalBatch, owner: string, leaseUntil: number) => {
      const now = Date.now();
      for (const r of batch.rooms) this.stmt.upsertRoom.run(r.id, r.kind, r.meta, owner, r.parked ? 0 : leaseUntil, r.parked ? 1 : 0, now);
      for (const m of batch.months) {
        this.stmt.month.run(m.id, m.month, m.orders, m.id, owner);
        if (m.snapshot) this.stmt.snapshot.run(m.id, m.month, m.snapshot, m.id, owner);
      }
      for (const id of batch.ended) {
        this.stmt.endRoom.run(id, owner);
        this.stmt.endMonths.run(id, id);
        this.stmt.endSnapshot.run(id, id);
      }
    });
  }

  saveMatch(m: StoredMatch): void {
    this.db
      .prepare("INSERT OR REPLACE INTO matches (id, ended_at, result, replay) VALUES (?, ?, ?, ?)")
      .run(m.id, m.endedAt, JSON.stringify(m.result), JSON.stringify(m.replay));
  }

  getResult(id: string): MatchRecord | null {
    const row = this.db.prepare("SELECT result FROM matches WHERE id = ?").get(id) as { result: string } | undefined;
    return row ? (JSON.parse(row.result) as MatchRecord) : null;
  }

  getReplay(id: string): Replay | null {
    const row = this.db.prepare("SELECT replay FROM matches WHERE id = ?").get(id) as { replay: string } | undefined;
    return row ? (JSON.parse(row.replay) as Replay) : null;
  }

  saveClassroom(c: StoredClassroom): void {
    this.db
      .prepare("INSERT OR REPLACE INTO classrooms (code, teacher_key_hash, updated_at, results) VALUES (?, ?, ?, ?)")
      .run(c.code, c.teacherKeyHash, c.updatedAt, JSON.stringify(c.results));
  }

  getClassroom(code: string): StoredClassroom | null {
    const row = this.db.prepare("SELECT code, teacher_key_hash, updated_at, results FROM classrooms WHERE code = ?").get(code) as
      | { code: string; teacher_key_hash: string; updated_at: string; results: string }
      | undefined;
    return row ? { code: row.code, teacherKeyHash: row.teacher_key_hash, updatedAt: row.updated_at, results: JSON.parse(row.results) } : null;
  }

  // ——— the journal ———

  async writeJournal(batch: JournalBatch, owner: string, leaseUntil: number): Promise<void> {
    this.writeBatch(batch, owner, leaseUntil);
  }

  async renewLeases(owner: string, leaseUntil: number): Promise<string[]> {
    this.stmt.renew.run(leaseUntil, owner);
    return (this.stmt.owned.all(owner) as Array<{ id: string }>).map((r) => r.id);
  }

  async releaseLeases(owner: string): Promise<void> {
    this.stmt.release.run(owner);
  }

  async listJournal(): Promise<JournalListing[]> {
    return (this.stmt.list.all() as Array<{ id: string; kind: JournalKind; owner: string; lease_until: number; parked: number }>).map((r) => ({
      id: r.id, kind: r.kind, owner: r.owner, leaseUntil: r.lease_until, parked: r.parked === 1,
    }));
  }

  async claimJournal(id: string, owner: string, now: number, leaseUntil: number, parked = false): Promise<boolean> {
    return this.stmt.claim.run(owner, leaseUntil, id, parked ? 1 : 0, now, owner).changes === 1;
  }

  async loadJournal(id: string): Promise<JournalEntry | null> {
    const row = this.stmt.loadRoom.get(id) as { id: string; kind: JournalKind; meta: string; parked: number } | undefined;
    if (!row) return null;
    const months = this.stmt.loadMonths.all(id) as Array<{ month: number; orders: string }>;
    const snap = this.stmt.loadSnapshot.get(id) as { month: number; state: string } | undefined;
    return { id: row.id, kind: row.kind, meta: row.meta, parked: row.parked === 1, months, snapshot: snap ?? null };
  }

  close(): void {
    this.db.close();
  }
}
