// Results survive a restart; the stored replay reproduces the match's state hash.
import { describe, expect, it } from "vitest";
import { FakeScheduler, replayMatch } from "../../shared/index";
import { received, startHarness } from "./harness";

describe("stored matches", () => {
  it("are still there after the server restarts, and their replay reproduces the hash", async () => {
    // Months on a fake clock: the whole match is played when the test lets its time pass.
    const time = new FakeScheduler();
    const first = await startHarness(undefined, undefined, { tickMs: 20, scheduler: time });
    const room = await first.client().create("match", { mode: "solo", faction: "china", months: 60, speed: "fast", seed: 99, name: "Li" });
    room.onMessage("*", () => {});
    const ended = received<{ matchId: string; stateHash: string }>(room, "ended");
    time.advance(60 * 20);
    const [end] = await ended;
    await room.leave();
    await first.server.close();

    const second = await startHarness(first.dbPath, undefined, { tickMs: 20, scheduler: new FakeScheduler() });
    try {
      const result = await second.http<{ stateHash: string; winner: string }>(`/api/matches/${end.matchId}`);
      expect(result.status).toBe(200);
      expect(result.body.stateHash).toBe(end.stateHash);
      const replay = await second.http(`/api/matches/${end.matchId}/replay`);
      expect(replay.status).toBe(200);
      expect(replayMatch(replay.body).stateHash).toBe(end.stateHash);
    } finally {
      await second.server.close();
    }
  });
});
