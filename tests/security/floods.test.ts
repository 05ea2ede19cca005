// Attack 3: floods that dodge a resettable strike count — a paced 400 msg/s flood, a slow
// sustained over-rate, and undecodable frames sent as room requests. Every frame counts;
// each is disconnected (4290), holds no seat, is logged once, and a control match plays on.
import { describe, expect, it, vi } from "vitest";
import type { Room } from "@colyseus/sdk";
import { CLOSE_FLOOD } from "../../server/rooms/flood-guard";
import { stateWhen, until } from "../server/harness";
import { useFakeClockServer } from "../server/fake-clock-server";

// The matches' months pass on a fake clock, when the test advances it.
const TICK_MS = 100;
const { harness, time } = useFakeClockServer(TICK_MS);

const ROOM_REQUEST = 21;
/** A request frame (id 1, type "order") whose MessagePack payload is cut short. */
const UNDECODABLE_REQUEST = Uint8Array.from([ROOM_REQUEST, 1, 0xa5, ...Buffer.from("order"), 0xd9, 0xff]);

async function controlMatch(): Promise<Room> {
  const host = await harness().client().create("match", { mode: "online", months: 180, seed: 77, name: "Control" });
  host.onMessage("*", () => {});
  host.send("start");
  await stateWhen(host, "the control match runs", () => host.state.status === "running");
  return host;
}

/** Join a running match as TSMC, send `burst` frames every `everyMs` until closed (bounded), return the close code. */
async function flood(roomId: string, burst: number, everyMs: number, frame: (r: Room) => void, maxMs: number): Promise<{ code: number; sent: number; room: Room }> {
  const room = await harness().client().joinById(roomId, { name: "Flood", faction: "tsmc" });
  room.onMessage("*", () => {});
  room.reconnection.enabled = false;
  let code = 0;
  room.onLeave((c: number) => (code = c));
  let sent = 0;
  const start = Date.now();
  while (code === 0 && Date.now() - start < maxMs) {
    for (let i = 0; i < burst && room.connection.isOpen; i++, sent++) frame(room);
    await new Promise((r) => setTimeout(r, everyMs));
  }
  await until("closed", () => code !== 0, 5000);
  return { code, sent, room };
}

describe("floods", () => {
  it("a paced 400 msg/s flood is disconnected with 4290 and loses its seat; the control match plays on", async () => {
    const control = await controlMatch();
    const host = await harness().client().create("match", { mode: "online", months: 60, seed: 12, name: "Host" });
    host.onMessage("*", () => {});
    host.send("start");
    await stateWhen(host, "running", () => host.state.status === "running");
    const month = control.state.month;
    // 4 messages every 10 ms: 400 a second, evenly paced, each one a valid, small message.
    const r = await flood(host.roomId, 4, 10, (room) => room.send("ready", { ready: true }), 10_000);
    expect(r.code).toBe(CLOSE_FLOOD);
    await stateWhen(host, "the seat is a bot's", () => !host.state.players.has(r.room.sessionId) && host.state.factions.get("tsmc")?.controller === "bot");
    // The process still answers: the control match plays its next month.
    time.advance(TICK_MS);
    await stateWhen(control, "the control match ticks on", () => control.state.month === month + 1);
    await Promise.all([host.leave(), control.leave()]);
  });

  it("a sustained flood just over the rate, in bursts with pauses, is disconnected too (no strike reset)", async () => {
    const host = await harness().client().create("match", { mode: "online", months: 60, seed: 13, name: "Host" });
    host.onMessage("*", () => {});
    host.send("start");
    await stateWhen(host, "running", () => host.state.status === "running");
    // 10 messages every 250 ms = 40 a second, twice the rate, with idle gaps in between
    // (some of those messages are allowed; that must not wipe the slate).
    const r = await flood(host.roomId, 10, 250, (room) => room.send("ready", { ready: true }), 30_000);
    expect(r.code).toBe(CLOSE_FLOOD);
    await host.leave();
  }, 60_000);

  it("undecodable request frames count: the sender is disconnected, and the error is logged once with a count", async () => {
    const control = await controlMatch();
    const month = control.state.month;
    const host = await harness().client().create("match", { mode: "online", months: 60, seed: 14, name: "Host" });
    host.onMessage("*", () => {});
    host.send("start");
    await stateWhen(host, "running", () => host.state.status === "running");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const r = await flood(host.roomId, 20, 10, (room) => room.connection.send(UNDECODABLE_REQUEST), 10_000);
      expect(r.code).toBe(CLOSE_FLOOD);
      expect(r.sent).toBeGreaterThan(50);
      // One stack trace at most for all those frames; the rest are counted, reported later as "(repeated N more times)".
      const decodeLogs = errors.mock.calls.filter((c) => String(c[0]).includes("RangeError") || String(c[0]).toLowerCase().includes("unpack") || String(c[0]).includes("Unexpected") || String(c[0]).includes("decode"));
      expect(decodeLogs.length).toBeLessThanOrEqual(2);
      expect(errors.mock.calls.length).toBeLessThan(10);
      harness().server.logger.flush();
      expect(errors.mock.calls.some((c) => /repeated \d+ more times/.test(String(c[0])))).toBe(true);
    } finally {
      errors.mockRestore();
    }
    // The process still answers: the control match plays its next month.
    time.advance(TICK_MS);
    await stateWhen(control, "the control match ticks on", () => control.state.month === month + 1);
    await Promise.all([host.leave(), control.leave()]);
  });
});
