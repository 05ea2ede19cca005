// The default store: one embedded SQLite file (better-sqlite3), nothing to install or run.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { MatchRecord, Replay } from "../../shared/index";
import type { MatchStore, StoredMatch } from "./match-store";

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

  close(): void {
    this.db.close();
  }
}
