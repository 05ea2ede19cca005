// Where finished matches go: their result and the replay that reproduces them.
// An interface so another database can be added beside SQLite later.
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

export interface MatchStore {
  saveMatch(match: StoredMatch): void;
  getResult(id: string): MatchRecord | null;
  getReplay(id: string): Replay | null;
  saveClassroom(classroom: StoredClassroom): void;
  getClassroom(code: string): StoredClassroom | null;
  close(): void;
}
