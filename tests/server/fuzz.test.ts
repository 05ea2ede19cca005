// A seeded fuzz of thousands of random messages against a live room: the room
// keeps ticking, refused input changes nothing, other clients are unaffected.
// (The flood limit is raised here so the messages reach the rules; flood.test.ts
// checks the limit itself, in its own process.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import { FakeScheduler, replayMatch, stateHash, type Replay } from "../../shared/index";
import type { MatchRoom } from "../../server/rooms/match-room";
import { collect, received, startHarness, stateWhen, type Harness } from "./harness";
import { mulberry32 } from "./seeded";

// Months pass on a fake clock, when the test advances it.
const TICK_MS = 40;
const time = new FakeScheduler();
const months = (n: number) => time.advance(n * TICK_MS);
let fast: Harness;
beforeAll(async () => {
  fast = await startHarness(undefined, 100_000, { tickMs: TICK_MS, scheduler: time });
});
afterAll(async () => {
  await fast.server.close();
});

const TYPES = ["order", "ready", "start", "pause", "resume", "speed", "teleport", "", "__proto__", "constructor", "order ", "ORDER", 42];
function junk(r: () => number, depth = 0): unknown {
  const k = Math.floor(r() * 12);
  if (depth > 2) return r();
  switch (k) {
    case 0: return null;
    case 1: return r() * 1e9 - 5e8;
    case 2: return "x".repeat(Math.floor(r() * 400)); // even nested, under the 4 KB frame limit (robustness.test.ts sends oversize)
    case 3: return [junk(r, depth + 1), junk(r, depth + 1)];
    case 4: return { type: ["buildFab", "borrow", "launch", "injectEvent", "nope"][Math.floor(r() * 5)], amount: junk(r, depth + 1), site: "mars", capacity: -1 };
    case 5: return { type: "borrow", amount: -r() * 1000 };
    case 6: return { type: "injectEvent", eventId: "taiwan-earthquake" };
    case 7: return { type: "buildFab", site: "china", node: "N2", capacity: 50 };
    case 8: return { speed: ["warp", 3, null][Math.floor(r() * 3)] };
    case 9: return Number.NaN;
    case 10: return { ready: "yes" };
    default: return undefined;
  }
}

describe("fuzzing a live room", () => {
  it("thousands of random messages are refused without changing the game", async () => {
    const host = await fast.client().create("match", { mode: "online", months: 120, speed: "fast", seed: 11, name: "Host" });
    host.onMessage("*", () => {});
    const fuzzer = await fast.client().joinById(host.roomId, { name: "Fuzz", faction: "china" });
    fuzzer.onMessage("*", () => {});
    const refused = collect<{ code: string }>(fuzzer, "refused");
    const queued = collect(fuzzer, "queued");
    host.send("start");
    await stateWhen(host, "running", () => host.state.status === "running");
    months(1);
    await stateWhen(host, "a month played", () => host.state.month === 1);
    const room = (await matchMaker.getLocalRoomById(host.roomId)) as MatchRoom;

    // While paused nothing ticks, so the engine state must not move at all.
    host.send("pause");
    await stateWhen(host, "paused", () => host.state.status === "paused");
    const before = stateHash(room.engineState);
    const r = mulberry32(2026);
    let sent = 0;
    const answered = received(fuzzer, ["refused", "queued"], 100 * 40, 60_000);
    for (let burst = 0; burst < 100; burst++) {
      for (let i = 0; i < 40; i++) {
        const type = TYPES[Math.floor(r() * TYPES.length)];
        // "start"/"pause"/"resume"/"speed" from a non-host and malformed orders are all refused.
        fuzzer.send(type as string, junk(r));
        sent++;
      }
      await new Promise((res) => setTimeout(res, 10));
    }
    // Every message is answered with a refusal, except the few valid orders, which are queued.
    await answered;
    expect(refused.length + queued.length).toBe(sent);
    expect(stateHash(room.engineState)).toBe(before);
    expect(room.engineState.sanctionLevel).toBeGreaterThan(0);
    expect(refused.some((x) => x.code === "malformed")).toBe(true);
    expect(refused.some((x) => x.code === "not-allowed")).toBe(true);

    // The room still ticks and the host is unaffected.
    host.send("resume");
    const month = host.state.month;
    await stateWhen(host, "running again", () => host.state.status === "running");
    months(3);
    await stateWhen(host, "ticking again", () => host.state.month === month + 3);
    expect(host.connection.isOpen).toBe(true);
    expect(fuzzer.connection.isOpen).toBe(true);
    await fuzzer.leave();
    await host.leave();
  }, 120_000);

  it("fuzzing a running match: the clock keeps going, and only accepted orders reach the game (its replay says so)", async () => {
    const host = await fast.client().create("match", { mode: "online", months: 60, speed: "fast", seed: 13, name: "Host" });
    host.onMessage("*", () => {});
    const hostQueued = received(host, "queued");
    const fuzzer = await fast.client().joinById(host.roomId, { name: "Fuzz", faction: "samsung" });
    fuzzer.onMessage("*", () => {});
    const refused = collect(fuzzer, "refused");
    const queued = collect(fuzzer, "queued");
    host.send("start");
    await stateWhen(host, "running", () => host.state.status === "running");
    const monthAtStart = host.state.month;

    const r = mulberry32(77);
    let sent = 0;
    const answered = received(fuzzer, ["refused", "queued"], 50 * 40 + 5, 60_000);
    for (let burst = 0; burst < 50; burst++) {
      for (let i = 0; i < 40; i++) {
        fuzzer.send(TYPES[Math.floor(r() * TYPES.length)] as string, junk(r));
        sent++;
      }
      // A few well-formed orders among the junk, so some input is accepted.
      if (burst % 10 === 0) {
        fuzzer.send("order", { type: "hire", engineers: 0.01, phds: 0 });
        sent++;
      }
      if (burst === 25) host.send("order", { type: "hire", engineers: 0.1, phds: 0 });
      // Months pass while the fuzz is under way.
      if (burst % 10 === 5) months(1);
      await new Promise((res) => setTimeout(res, 10));
    }
    await answered;
    expect(refused.length + queued.length).toBe(sent);
    // The month moved on while the fuzz was under way, and the host's own order went through.
    await hostQueued;
    await stateWhen(host, "the months moved on", () => host.state.month === monthAtStart + 5);

    const ending = received<{ matchId: string; stateHash: string }>(host, "ended");
    months(60);
    const [ended] = await ending;
    const replay = await fast.http<Replay>(`/api/matches/${ended.matchId}/replay`);
    // Samsung's seat was the fuzzer's all along (no bot), so its orders in the replay are
    // exactly the ones acknowledged as queued: nothing refused ever reached the engine.
    expect(queued.length).toBeGreaterThan(0);
    expect(replay.body.orders.filter((o) => o.issuer === "samsung")).toHaveLength(queued.length);
    expect(replayMatch(replay.body).stateHash).toBe(ended.stateHash);
    expect(host.connection.isOpen).toBe(true);
    await fuzzer.leave();
    await host.leave();
  }, 120_000);
});
