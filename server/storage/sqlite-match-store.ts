// The default store: one embedded SQLite file (better-sqlite3), nothing to install or run.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { MatchRecord, Replay } from "../../shared/index";
import type { MatchStore, StoredClassroom, StoredMatch } from "./match-store";

export class SqliteMatchStore implements MatchStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
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

  close(): void {
    this.db.close();
  }
}
