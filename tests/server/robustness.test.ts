// Input that is not a message at all (undecodable bytes, oversize frames, seeded
// random frames) and a month that throws: the process and the other players go
// on, and an expelled connection holds no seat.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import type { Room } from "@colyseus/sdk";
import { FakeScheduler } from "../../shared/index";
import { CLOSE_TOO_BIG } from "../../server/rooms/close-codes";
import type { MatchRoom } from "../../server/rooms/match-room";
import { received, startHarness, stateWhen, until, type Harness } from "./harness";
import { mulberry32 } from "./seeded";

// Months pass on a fake clock, when the test advances it.
const TICK_MS = 40;
const time = new FakeScheduler();
const months = (n: number) => time.advance(n * TICK_MS);
let h: Harness;
beforeAll(async () => {
  h = await startHarness(undefined, undefined, { tickMs: TICK_MS, scheduler: time });
});
afterAll(async () => {
  await h.server.close();
});

const ROOM_DATA = 13;
/** A `send("order", …)` frame whose MessagePack payload is cut short (a 255-byte string with no bytes). */
const UNDECODABLE = Uint8Array.from([ROOM_DATA, 0xa5, ...Buffer.from("order"), 0xd9, 0xff]);

async function listedClients(roomId: string): Promise<number> {
  const [listing] = await matchMaker.query({ roomId });
  return listing?.clients ?? -1;
}

/** Join as China (or watch), send something bad, and report the close code (0 if still open). */
async function intrude(roomId: string, spectator: boolean, send: (room: Room) => void): Promise<number> {
  // The previous intruder's seat must be released before China can be taken again.
  const live = matchMaker.getLocalRoomById(roomId) as MatchRoom;
  await until("China is free", () => live.state.factions.get("china")?.playerName === "");
  const room = await h.client().joinById(roomId, spectator ? { name: "X", spectator: true } : { name: "X", faction: "china" });
  room.onMessage("*", () => {});
  room.reconnection.enabled = false;
  let code = 0;
  room.onLeave((c: number) => (code = c));
  send(room);
  // A decodable frame gets an answer or nothing; a ping round trip proves it was read.
  await new Promise<void>((resolve) => {
    if (!room.connection.isOpen) return resolve();
    room.ping(() => resolve());
    room.onLeave(() => resolve());
  });
  const closedWith = code;
  if (closedWith === 0 && room.connection.isOpen) await room.leave(true);
  return closedWith;
}

describe("robustness", () => {
  it("undecodable, oversize and random frames expel only their sender, hold no seat, and the match plays on", async () => {
    const host = await h.client().create("match", { mode: "online", months: 120, speed: "fast", seed: 21, name: "Host" });
    host.onMessage("*", () => {});
    const bystander = await h.client().joinById(host.roomId, { name: "Bo", faction: "tsmc" });
    bystander.onMessage("*", () => {});
    host.send("start");
    await stateWhen(host, "running", () => host.state.status === "running");
    months(1);
    await stateWhen(host, "a month played", () => host.state.month === 1);
    const startMonth = host.state.month;

    // Undecodable bytes: Colyseus closes with 4002; oversize: ws closes with 1009.
    for (let n = 0; n < 10; n++) {
      expect(await intrude(host.roomId, n % 2 === 0, (r) => r.connection.send(UNDECODABLE))).toBe(4002);
      expect(await intrude(host.roomId, n % 2 === 1, (r) => r.send("order", { type: "borrow", amount: 1, pad: "x".repeat(5000) }))).toBe(CLOSE_TOO_BIG);
    }
    // Seeded random frames: each is refused, ignored, read as a leave (4000) or expelled (4002) — never more.
    const r = mulberry32(404);
    for (let n = 0; n < 60; n++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(r() * 48) }, () => Math.floor(r() * 256));
      if (n % 2 === 0) bytes[0] = ROOM_DATA;
      const code = await intrude(host.roomId, n % 3 === 0, (room) => room.connection.send(bytes));
      expect([0, 4000, 4002]).toContain(code);
    }

    // No seat is held for an expelled connection: China is free, only two clients count.
    await stateWhen(host, "expelled seats released", () => !host.state.factions.get("china")?.playerName && host.state.players.size === 2);
    expect(await listedClients(host.roomId)).toBe(2);
    // The match plays on, and the players who behaved were never touched.
    months(3);
    await stateWhen(host, "the clock keeps going", () => host.state.month === startMonth + 3);
    await stateWhen(bystander, "the bystander sees it too", () => bystander.state.month === startMonth + 3);
    expect(host.connection.isOpen && bystander.connection.isOpen).toBe(true);
    expect(bystander.state.month).toBe(host.state.month);
    await bystander.leave();
    await host.leave();
  }, 120_000);

  it("a month that throws pauses that match only; the process and other matches go on", async () => {
    const broken = await h.client().create("match", { mode: "online", months: 60, speed: "fast", seed: 31, name: "A" });
    broken.onMessage("*", () => {});
    const healthy = await h.client().create("match", { mode: "online", months: 60, speed: "fast", seed: 32, name: "B" });
    healthy.onMessage("*", () => {});
    broken.send("start");
    healthy.send("start");
    await stateWhen(broken, "running", () => broken.state.status === "running");
    await stateWhen(healthy, "running", () => healthy.state.status === "running");
    months(1);
    await stateWhen(broken, "a month", () => broken.state.month === 1);
    await stateWhen(healthy, "a month", () => healthy.state.month === 1);

    const room = matchMaker.getLocalRoomById(broken.roomId) as MatchRoom;
    const host = room.matchHost;
    const stepMonth = host.stepMonth.bind(host);
    host.stepMonth = () => {
      throw new Error("test: a month that throws");
    };
    const paused = received<{ by: string }>(broken, "paused");
    months(3);
    expect((await paused)[0].by).toBe("server");
    await stateWhen(broken, "the broken match is held", () => broken.state.status === "paused");
    await stateWhen(healthy, "the other match plays on", () => healthy.state.month === 4);
    expect(host.game.month).toBe(1);

    // Once fixed, the host resumes it.
    host.stepMonth = stepMonth;
    broken.send("resume");
    await stateWhen(broken, "resumed", () => broken.state.status === "running");
    months(1);
    await stateWhen(broken, "playing again", () => broken.state.month === 2);
    await broken.leave();
    await healthy.leave();
  }, 120_000);
});
