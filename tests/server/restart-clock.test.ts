// After a restart the journal brings each running match back with its clock held: it waits for
// its first player to return, or RESUME_CLOCK_GRACE_MS (30 s) — on a fake clock, to the millisecond.
import { describe, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import type { Room } from "@colyseus/sdk";
import { FakeScheduler } from "../../shared/index";
import type { MatchRoom } from "../../server/rooms/match-room";
import { received, startHarness, stateWhen, type Harness } from "./harness";

const TICK_MS = 40;
const GRACE_MS = 30_000;
const monthOf = (roomId: string) => (matchMaker.getLocalRoomById(roomId) as MatchRoom).engineState.month;

async function runningMatch(h: Harness, seed: number, name: string): Promise<Room> {
  const room = await h.client().create("match", { mode: "online", months: 60, speed: "fast", seed, name });
  room.onMessage("*", () => {});
  room.reconnection.enabled = false; // the test brings the player back itself, to the new server
  room.send("start");
  await stateWhen(room, "running", () => room.state.status === "running");
  return room;
}

describe("the clock after a restart", () => {
  it("waits for the first player back, or 30 s for a seat nobody takes back", async () => {
    const before = new FakeScheduler();
    const first = await startHarness(undefined, undefined, { tickMs: TICK_MS, scheduler: before });
    const back = await runningMatch(first, 61, "Ana");
    const away = await runningMatch(first, 62, "Ben");
    before.advance(3 * TICK_MS);
    expect([monthOf(back.roomId), monthOf(away.roomId)]).toEqual([3, 3]);
    const token = back.reconnectionToken;
    await first.server.close();

    const after = new FakeScheduler();
    const second = await startHarness(first.dbPath, undefined, { tickMs: TICK_MS, scheduler: after });
    try {
      // Both resumed at month 3, their clocks held.
      expect([monthOf(back.roomId), monthOf(away.roomId)]).toEqual([3, 3]);
      after.advance(GRACE_MS - TICK_MS);
      expect([monthOf(back.roomId), monthOf(away.roomId)]).toEqual([3, 3]);

      // Ana comes back: her match's clock goes on at once.
      const again = await second.client().reconnect(token);
      const resumed = received<{ by?: string }>(again, "resumed");
      again.onMessage("*", () => {});
      await stateWhen(again, "Ana is back", () => again.state.players.get(again.sessionId)?.connected === true);
      // Its next month is a month after her return; Ben's match still waits.
      after.advance(TICK_MS - 1);
      expect([monthOf(back.roomId), monthOf(away.roomId)]).toEqual([3, 3]);
      after.advance(1);
      expect([monthOf(back.roomId), monthOf(away.roomId)]).toEqual([4, 3]);
      expect((await resumed)[0].by).toBe("server");

      // 30 s after the restart (now) Ben's match goes on without him: a bot plays his seat.
      after.advance(TICK_MS);
      expect([monthOf(back.roomId), monthOf(away.roomId)]).toEqual([5, 4]);
      await again.leave();
    } finally {
      await second.server.close();
    }
  }, 60_000);
});
