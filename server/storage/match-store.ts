// Where finished matches go: their result and the replay that reproduces them.
// An interface so another database can be added beside SQLite later.
import type { MatchRecord, Replay } from "../../shared/index";

export interface StoredMatch {
  id: string;
  endedAt: string;
  result: MatchRecord;
  replay: Replay;
}

export interface MatchStore {
  saveMatch(match: StoredMatch): void;
  getResult(id: string): MatchRecord | null;
  getReplay(id: string): Replay | null;
  close(): void;
}
