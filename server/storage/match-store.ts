// Where finished matches go: their result and the replay that reproduces them.
// An interface with two implementations: SQLite (the default) and PostgreSQL (DATABASE_URL).
import type { MatchRecord, Replay } from "../../shared/index";

export interface StoredMatch {
  id: string;
  endedAt: string;
  result: MatchRecord;
  replay: Replay;
}

/** A class's export, kept under its code; only the teacher key's hash is stored. */
export interface StoredClassroom {
  code: string;
  teacherKeyHash: string;
  updatedAt: string;
  /** `{ students: [...one row per student], matches: [...each match's summary] }` */
  results: unknown;
}

/** SQLite answers at once; PostgreSQL (and any networked store) with a promise. Callers await both. */
export type MaybePromise<T> = T | Promise<T>;

export interface MatchStore {
  saveMatch(match: StoredMatch): MaybePromise<void>;
  getResult(id: string): MaybePromise<MatchRecord | null>;
  getReplay(id: string): MaybePromise<Replay | null>;
  saveClassroom(classroom: StoredClassroom): MaybePromise<void>;
  getClassroom(code: string): MaybePromise<StoredClassroom | null>;
  close(): MaybePromise<void>;
}
