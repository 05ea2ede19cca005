// The shared store for many processes and hosts: PostgreSQL through node-postgres (DATABASE_URL).
// The same tables as SQLite: results and replays, class exports, and the journal of live rooms
// with its leases (an UPDATE … WHERE lease ran out is the atomic claim: exactly one process wins).
import pg from "pg";
import type { MatchRecord, Replay } from "../../shared/index";
import type { MatchStore, StoredClassroom, StoredMatch } from "./match-store";
import type { JournalBatch, JournalEntry, JournalKind, JournalListing, JournalStore } from "./journal-store";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (id TEXT PRIMARY KEY, ended_at TEXT NOT NULL, result TEXT NOT NULL, replay TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS classrooms (code TEXT PRIMARY KEY, teacher_key_hash TEXT NOT NULL, updated_at TEXT NOT NULL, results TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS live_rooms (id TEXT PRIMARY KEY, kind TEXT NOT NULL, meta TEXT NOT NULL, owner TEXT NOT NULL,
  lease_until BIGINT NOT NULL, parked INTEGER NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS live_months (room_id TEXT NOT NULL, month INTEGER NOT NULL, orders TEXT NOT NULL, PRIMARY KEY (room_id, month));
CREATE TABLE IF NOT EXISTS live_snapshots (room_id TEXT PRIMARY KEY, month INTEGER NOT NULL, state TEXT NOT NULL);
`;

/** Run `work` in one transaction on one pooled connection: committed if it returns, rolled back if it throws. */
async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await work(client);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

export class PgMatchStore implements MatchStore, JournalStore {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, and creates the tables if they are not there (several processes may race: the lock makes that safe). */
  static async open(url: string, poolSize = 8): Promise<PgMatchStore> {
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    pool.on("error", (err) => console.error(`PostgreSQL: ${err.message}`));
    await inTransaction(pool, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(7466231)");
      await client.query(SCHEMA);
    });
    return new PgMatchStore(pool);
  }

  async saveMatch(m: StoredMatch): Promise<void> {
    await this.pool.query(
      `INSERT INTO matches (id, ended_at, result, replay) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET ended_at = EXCLUDED.ended_at, result = EXCLUDED.result, replay = EXCLUDED.replay`,
      [m.id, m.endedAt, JSON.stringify(m.result), JSON.stringify(m.replay)],
    );
  }

  async getResult(id: string): Promise<MatchRecord | null> {
    const r = await this.pool.query<{ result: string }>("SELECT result FROM matches WHERE id = $1", [id]);
    return r.rows[0] ? (JSON.parse(r.rows[0].result) as MatchRecord) : null;
  }

  async getReplay(id: string): Promise<Replay | null> {
    const r = await this.pool.query<{ replay: string }>("SELECT replay FROM matches WHERE id = $1", [id]);
    return r.rows[0] ? (JSON.parse(r.rows[0].replay) as Replay) : null;
  }

  async saveClassroom(c: StoredClassroom): Promise<void> {
    await this.pool.query(
      `INSERT INTO classrooms (code, teacher_key_hash, updated_at, results) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET teacher_key_hash = EXCLUDED.teacher_key_hash, updated_at = EXCLUDED.updated_at, results = EXCLUDED.results`,
      [c.code, c.teacherKeyHash, c.updatedAt, JSON.stringify(c.results)],
    );
  }

  async getClassroom(code: string): Promise<StoredClassroom | null> {
    const r = await this.pool.query<{ code: string; teacher_key_hash: string; updated_at: string; results: string }>(
      "SELECT code, teacher_key_hash, updated_at, results FROM classrooms WHERE code = $1", [code]);
    const row = r.rows[0];
    return row ? { code: row.code, teacherKeyHash: row.teacher_key_hash, updatedAt: row.updated_at, results: JSON.parse(row.results) } : null;
  }

  // ——— the journal ———

  async writeJournal(batch: JournalBatch, owner: string, leaseUntil: number): Promise<void> {
    if (batch.rooms.length + batch.months.length + batch.ended.length === 0) return;
    await inTransaction(this.pool, async (client) => {
      const now = Date.now();
      for (const r of batch.rooms) {
        await client.query(
          `INSERT INTO live_rooms (id, kind, meta, owner, lease_until, parked, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO UPDATE SET meta = EXCLUDED.meta, parked = EXCLUDED.parked, lease_until = EXCLUDED.lease_until, updated_at = EXCLUDED.updated_at
           WHERE live_rooms.owner = EXCLUDED.owner`,
          [r.id, r.kind, r.meta, owner, r.parked ? 0 : leaseUntil, r.parked ? 1 : 0, now],
        );
      }
      if (batch.months.length > 0) {
        // Every month of every room in one statement; rows of rooms another process took over are skipped.
        await client.query(
          `INSERT INTO live_months (room_id, month, orders)
           SELECT m.room_id, m.month, m.orders FROM unnest($1::text[], $2::int[], $3::text[]) AS m(room_id, month, orders)
           WHERE EXISTS (SELECT 1 FROM live_rooms r WHERE r.id = m.room_id AND r.owner = $4)
           ON CONFLICT (room_id, month) DO UPDATE SET orders = EXCLUDED.orders`,
          [batch.months.map((m) => m.id), batch.months.map((m) => m.month), batch.months.map((m) => m.orders), owner],
        );
      }
      for (const m of batch.months) {
        if (!m.snapshot) continue;
        await client.query(
          `INSERT INTO live_snapshots (room_id, month, state) SELECT $1, $2, $3
           WHERE EXISTS (SELECT 1 FROM live_rooms r WHERE r.id = $1 AND r.owner = $4)
           ON CONFLICT (room_id) DO UPDATE SET month = EXCLUDED.month, state = EXCLUDED.state`,
          [m.id, m.month, m.snapshot, owner],
        );
      }
      if (batch.ended.length > 0) {
        await client.query("DELETE FROM live_rooms WHERE id = ANY($1::text[]) AND owner = $2", [batch.ended, owner]);
        await client.query("DELETE FROM live_months m WHERE m.room_id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM live_rooms r WHERE r.id = m.room_id)", [batch.ended]);
        await client.query("DELETE FROM live_snapshots s WHERE s.room_id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM live_rooms r WHERE r.id = s.room_id)", [batch.ended]);
      }
    });
  }

  async renewLeases(owner: string, leaseUntil: number): Promise<string[]> {
    const r = await this.pool.query<{ id: string }>("UPDATE live_rooms SET lease_until = $1 WHERE owner = $2 AND parked = 0 RETURNING id", [leaseUntil, owner]);
    return r.rows.map((x) => x.id);
  }

  async releaseLeases(owner: string): Promise<void> {
    await this.pool.query("UPDATE live_rooms SET lease_until = 0 WHERE owner = $1", [owner]);
  }

  async listJournal(): Promise<JournalListing[]> {
    const r = await this.pool.query<{ id: string; kind: JournalKind; owner: string; lease_until: string; parked: number }>("SELECT id, kind, owner, lease_until, parked FROM live_rooms");
    return r.rows.map((x) => ({ id: x.id, kind: x.kind, owner: x.owner, leaseUntil: Number(x.lease_until), parked: x.parked === 1 }));
  }

  async claimJournal(id: string, owner: string, now: number, leaseUntil: number, parked = false): Promise<boolean> {
    const r = await this.pool.query(
      "UPDATE live_rooms SET owner = $1, lease_until = $2, parked = 0 WHERE id = $3 AND parked = $4 AND (lease_until < $5 OR owner = $1)",
      [owner, leaseUntil, id, parked ? 1 : 0, now],
    );
    return r.rowCount === 1;
  }

  async loadJournal(id: string): Promise<JournalEntry | null> {
    const room = await this.pool.query<{ id: string; kind: JournalKind; meta: string; parked: number }>("SELECT id, kind, meta, parked FROM live_rooms WHERE id = $1", [id]);
    const row = room.rows[0];
    if (!row) return null;
    const months = await this.pool.query<{ month: number; orders: string }>("SELECT month, orders FROM live_months WHERE room_id = $1 ORDER BY month", [id]);
    const snap = await this.pool.query<{ month: number; state: string }>("SELECT month, state FROM live_snapshots WHERE room_id = $1", [id]);
    return { id: row.id, kind: row.kind, meta: row.meta, parked: row.parked === 1, months: months.rows, snapshot: snap.rows[0] ?? null };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
