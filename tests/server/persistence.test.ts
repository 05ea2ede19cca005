// Results survive a restart; the stored replay reproduces the match's state hash.
import { describe, expect, it } from "vitest";
import { replayMatch } from "../../shared/index";
import { collect, startHarness, until } from "./harness";

describe("stored matches", () => {
  it("are still there after the server restarts, and their replay reproduces the hash", async () => {
    const first = await startHarness(undefined, undefined, { tickMs: 20 });
    const room = await first.client().create("match", { mode: "solo", faction: "china", months: 60, speed: "fast", seed: 99, name: "Li" });
    room.onMessage("*", () => {});
    const ended = collect<{ matchId: string; stateHash: string }>(room, "ended");
    await until("played to the end", () => ended.length > 0, 60_000);
    await room.leave();
    await first.server.close();

    const second = await startHarness(first.dbPath, undefined, { tickMs: 20 });
    try {
      const result = await second.http<{ stateHash: string; winner: string }>(`/api/matches/${ended[0].matchId}`);
      expect(result.status).toBe(200);
      expect(result.body.stateHash).toBe(ended[0].stateHash);
      const replay = await second.http(`/api/matches/${ended[0].matchId}/replay`);
      expect(replay.status).toBe(200);
      expect(replayMatch(replay.body).stateHash).toBe(ended[0].stateHash);
    } finally {
      await second.server.close();
    }
  });
});
