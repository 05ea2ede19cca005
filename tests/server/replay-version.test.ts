// A replay stored by another engine version: the server refuses to hand it out as replayable (409, with why).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE_VERSION, runMatch } from "../../shared/index";
import { SqliteMatchStore } from "../../server/storage/sqlite-match-store";
import { startHarness } from "./harness";

describe("stored replays and the engine version", () => {
  it("serves a replay of this engine version and refuses one recorded by another, saying which", async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), "terrafab-")), "test.sqlite");
    const { record, replay } = runMatch({ seed: 12, months: 60 }, { recordReplay: true });
    const store = new SqliteMatchStore(dbPath);
    store.saveMatch({ id: "current", endedAt: new Date().toISOString(), result: record, replay: replay! });
    store.saveMatch({ id: "older", endedAt: new Date().toISOString(), result: record, replay: { ...replay!, engineVersion: ENGINE_VERSION + 1 } });
    store.close();

    const h = await startHarness(dbPath);
    try {
      const ok = await h.http<{ engineVersion: number }>("/api/matches/current/replay");
      expect(ok.status).toBe(200);
      expect(ok.body.engineVersion).toBe(ENGINE_VERSION);
      const refused = await h.http<{ error: string; engineVersion: number; recordedEngineVersion: number; replay: unknown }>("/api/matches/older/replay");
      expect(refused.status).toBe(409);
      expect(refused.body.error).toContain(`engine version ${ENGINE_VERSION + 1}`);
      expect(refused.body.error).toMatch(/cannot reproduce/);
      expect(refused.body.engineVersion).toBe(ENGINE_VERSION);
      expect(refused.body.recordedEngineVersion).toBe(ENGINE_VERSION + 1);
    } finally {
      await h.server.close();
    }
  });
});
