// A seeded fuzz of thousands of random messages against a live room: the room
// keeps ticking, refused input changes nothing, other clients are unaffected.
// (The flood limit is raised here so the messages reach the rules; flood.test.ts
// checks the limit itself, in its own process.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import { stateHash } from "../../shared/index";
import type { MatchRoom } from "../../server/rooms/match-room";
import { collect, startHarness, until, type Harness } from "./harness";

let fast: Harness;
beforeAll(async () => {
  fast = await startHarness(undefined, 100_000);
});
afterAll(async () => {
  await fast.server.close();
});

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ["order", "ready", "start", "pause", "resume", "speed", "teleport", "", "__proto__", "constructor", "order ", "ORDER", 42];
function junk(r: () => number, depth = 0): unknown {
  const k = Math.floor(r() * 12);
  if (depth > 2) return r();
  switch (k) {
    case 0: return null;
    case 1: return r() * 1e9 - 5e8;
    case 2: return "x".repeat(Math.floor(r() * 3000));
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
    const host = await fast.client().create("match", { mode: "online", months: 120, speed: "fast", tickMs: 40, seed: 11, name: "Host" });
    host.onMessage("*", () => {});
    const fuzzer = await fast.client().joinById(host.roomId, { name: "Fuzz", faction: "china" });
    fuzzer.onMessage("*", () => {});
    const refused = collect<{ code: string }>(fuzzer, "refused");
    const queued = collect(fuzzer, "queued");
    host.send("start");
    await until("running", () => host.state.status === "running" && host.state.month >= 1);
    const room = (await matchMaker.getLocalRoomById(host.roomId)) as MatchRoom;

    // While paused nothing ticks, so the engine state must not move at all.
    host.send("pause");
    await until("paused", () => host.state.status === "paused");
    const before = stateHash(room.engineState);
    const r = mulberry32(2026);
    let sent = 0;
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
    await until("every message answered", () => refused.length + queued.length >= sent, 60_000);
    expect(sent).toBeGreaterThanOrEqual(4000);
    expect(stateHash(room.engineState)).toBe(before);
    expect(room.engineState.sanctionLevel).toBeGreaterThan(0);
    expect(refused.some((x) => x.code === "malformed")).toBe(true);
    expect(refused.some((x) => x.code === "not-allowed")).toBe(true);

    // The room still ticks and the host is unaffected.
    host.send("resume");
    const month = host.state.month;
    await until("ticking again", () => host.state.month >= month + 3);
    expect(host.connection.isOpen).toBe(true);
    expect(fuzzer.connection.isOpen).toBe(true);
    await fuzzer.leave();
    await host.leave();
  }, 120_000);
});
