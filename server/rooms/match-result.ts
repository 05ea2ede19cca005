// A finished match goes to storage: its record and its replay. Every client hears `ended`
// whatever the storage does; a failed save is kept and retried (ResilientStore) and shows on
// /health until it lands.
import type { MatchHost, MatchRecord } from "../../shared/index";
import type { ResilientStore } from "../storage/resilient-store";

/** Saves the result; `done(saved)` runs once the store answered (at once without a store). */
export function storeResult(store: ResilientStore | null, id: string, host: MatchHost, done: (result: MatchRecord, saved: boolean) => void): void {
  const result = host.record();
  const replay = host.replay();
  let saving: unknown;
  try {
    saving = store?.saveMatch({ id, endedAt: new Date().toISOString(), result, replay });
  } catch (err) {
    console.error(`match ${id}: saving the result failed:`, (err as Error)?.message ?? err);
    return done(result, false);
  }
  void Promise.resolve(saving).then((r) => done(result, r !== false), (err) => {
    console.error(`match ${id}: saving the result failed:`, (err as Error)?.message ?? err);
    done(result, false);
  });
}
