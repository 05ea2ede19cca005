// A real server for one test file whose months pass only when the test advances a fake clock.
// Apart from harness.ts because it registers the file's vitest hooks (harness.ts is also used
// outside vitest, by the scale tests' child processes).
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll } from "vitest";
import { FakeScheduler, type GameState } from "../../shared/index";
import type { MatchRoom } from "../../server/rooms/match-room";
import { startHarness, type Harness } from "./harness";

/** A server for this test file whose months pass only when the test advances its fake clock
 *  (`time.advance(tickMs)` plays one); `engine` reads a room's engine state directly. For a
 *  classroom (`classroom: true`) the clock drives the class's matches and the classroom watches
 *  them on its own real clock; `floodRate` raises the per-client message limit (30 students share a host). */
export function useFakeClockServer(tickMs: number, opts: { classroom?: boolean; floodRate?: number } = {}): { harness: () => Harness; time: FakeScheduler; engine: (roomId: string) => GameState } {
  const time = new FakeScheduler();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(undefined, opts.floodRate, opts.classroom ? { classTickMs: tickMs, scheduler: time } : { tickMs, scheduler: time });
  });
  afterAll(async () => {
    await h.server.close();
  });
  return { harness: () => h, time, engine: (roomId) => (matchMaker.getLocalRoomById(roomId) as MatchRoom).engineState };
}
