// A page that comes back while its old connection still looks open to the server (a refresh whose
// close the server has not read yet, a half-open network, a duplicated tab) takes the same seat, and
// the old connection is told so (4013). Colyseus drops the old connection itself with 4002, the code
// it also gives undecodable input, which counted as an expulsion: the new connection's seat
// reservation expired, an online seat went to a bot for good and a solo match was parked, the page
// sent back to the title (seen once in the browser tests, under load).
import { describe, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import type { Room } from "@colyseus/sdk";
import type { MatchRoom } from "../../server/rooms/match-room";
import { CLOSE_TAKEN_OVER } from "../../shared/index";
import { stateWhen } from "./harness";
import { useFakeClockServer } from "./fake-clock-server";

const TICK_MS = 50;
const { harness, time } = useFakeClockServer(TICK_MS);

/** Ticks the fake clock until the room's month has moved on by `months` (the reconnection is handled
 *  between ticks), or fails. */
async function monthsGoOn(room: Room, months: number): Promise<void> {
  await stateWhen(room, "the state is in", () => room.state.status === "running");
  const from = room.state.month;
  for (let i = 0; i < 40 && room.state.month < from + months; i++) {
    time.advance(TICK_MS);
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(room.state.month).toBeGreaterThanOrEqual(from + months);
}

/** The code the old connection was closed with, once it is. */
function closeOf(room: Room): Promise<number> {
  return new Promise((resolve) => room.onLeave((code) => resolve(code)));
}

describe("a seat taken over by a new connection with its key", () => {
  it("stays the player's in an online match, and the months go on", async () => {
    const first = await harness().client().create("match", { mode: "online", months: 60, speed: "fast", seed: 5, name: "Ana", faction: "samsung" });
    first.onMessage("*", () => {});
    first.reconnection.enabled = false;
    const watcher = await harness().client().joinById(first.roomId, { name: "Ben", faction: "tsmc" });
    watcher.onMessage("*", () => {});
    first.send("start");
    await stateWhen(watcher, "running", () => watcher.state.status === "running");
    const oldClosed = closeOf(first);

    // The old connection is still open when the new one asks for the seat.
    const back = await harness().client().reconnect(first.reconnectionToken);
    back.onMessage("*", () => {});
    expect(await oldClosed).toBe(CLOSE_TAKEN_OVER);

    expect(back.sessionId).toBe(first.sessionId);
    await stateWhen(watcher, "the seat is human", () => watcher.state.factions.get("samsung")?.controller === "human" && watcher.state.players.get(first.sessionId)?.connected === true);
    await monthsGoOn(back, 2);
    expect(back.state.players.get(back.sessionId)?.faction).toBe("samsung");
    await back.leave(true);
    await watcher.leave(true);
  });

  it("keeps a solo match live for the new connection instead of parking it", async () => {
    const first = await harness().client().create("match", { mode: "solo", faction: "tesla", difficulty: "normal", months: 60, speed: "fast", seed: 6, name: "Ada" });
    first.onMessage("*", () => {});
    first.reconnection.enabled = false;
    await stateWhen(first, "running", () => first.state.status === "running");
    time.advance(3 * TICK_MS);
    await stateWhen(first, "month 3", () => first.state.month >= 3);
    const room = matchMaker.getLocalRoomById(first.roomId) as MatchRoom;
    const oldClosed = closeOf(first);

    const back = await harness().client().reconnect(first.reconnectionToken);
    back.onMessage("*", () => {});
    expect(back.sessionId).toBe(first.sessionId);
    expect(await oldClosed).toBe(CLOSE_TAKEN_OVER);
    expect(matchMaker.getLocalRoomById(first.roomId)).toBe(room);
    await monthsGoOn(back, 2);
    expect(back.state.factions.get("tesla")?.controller).toBe("human");
    await back.leave(true);
  });

  it("keeps a student's place in a class, and tells the old connection", async () => {
    const teacher = await harness().client().create("classroom", { role: "teacher", months: 60, speed: "fast", seatSize: 1 });
    teacher.onMessage("*", () => {});
    await stateWhen(teacher, "the class has a code", () => (teacher.state.code ?? "").length === 6);
    const student = await harness().client().joinById(teacher.roomId, { code: teacher.state.code, name: "Mei" });
    student.onMessage("*", () => {});
    student.reconnection.enabled = false;
    await stateWhen(teacher, "Mei on the roster", () => teacher.state.students.size === 1);
    const oldClosed = closeOf(student);

    const back = await harness().client().reconnect(student.reconnectionToken);
    back.onMessage("*", () => {});
    expect(await oldClosed).toBe(CLOSE_TAKEN_OVER);
    expect(back.sessionId).toBe(student.sessionId);
    await stateWhen(teacher, "Mei still on the roster, connected", () => teacher.state.students.size === 1 && [...teacher.state.students.values()].every((s) => s.connected));
    await back.leave(true);
    await teacher.leave(true);
  });
});
