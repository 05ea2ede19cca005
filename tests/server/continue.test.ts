// "Continue": a solo match its player left is kept by the server (its journal parked) and comes back
// with the key the browser kept — same seat, same month; a wrong key gets nothing.
import { describe, expect, it } from "vitest";
import { replayMatch } from "../../shared/index";
import { received, stateWhen, until } from "./harness";
import { useFakeClockServer } from "./fake-clock-server";

// Months pass on a fake clock, when the test advances it.
const TICK_MS = 40;
const { harness, time } = useFakeClockServer(TICK_MS);

const post = (path: string, key?: string) => fetch(harness().url + path, { method: "POST", headers: key ? { Authorization: `Bearer ${key}` } : {} });

describe("continue a solo match", () => {
  it("keeps a left solo match and gives it back to the key the browser kept", async () => {
    const room = await harness().client().create("match", { mode: "solo", faction: "tsmc", months: 60, seed: 21, name: "Sol" });
    room.onMessage("*", () => {});
    const session = room.sessionId;
    await stateWhen(room, "running", () => (room.state as { status?: string }).status === "running");
    time.advance(6 * TICK_MS);
    await stateWhen(room, "six months", () => (room.state as { month?: number }).month === 6);
    const token = room.reconnectionToken;
    const [roomId, key] = token.split(":");
    await room.leave(true);
    // The room closes and its journal is parked (not resumed at boot, not deleted); its clock has stopped.
    time.advance(10 * TICK_MS);
    let parked = false;
    await until("the journal says parked", () => {
      void harness().server.journal!.store.listJournal().then((l) => (parked = l.some((r) => r.id === roomId && r.parked)));
      return parked;
    }, 10_000);

    expect((await post(`/api/matches/${roomId}/continue`)).status).toBe(401);
    expect((await post(`/api/matches/${roomId}/continue`, "not-the-key")).status).toBe(404);
    const ok = await post(`/api/matches/${roomId}/continue`, key);
    expect(ok.status).toBe(200);

    const back = await harness().client().reconnect(token);
    back.onMessage("*", () => {});
    const ending = received<{ matchId: string; stateHash: string }>(back, "ended");
    expect(back.sessionId).toBe(session);
    expect(back.roomId).toBe(roomId);
    const state = () => back.state as { month?: number; players?: { get(id: string): { faction?: string; connected?: boolean } | undefined } };
    await stateWhen(back, "the seat is back", () => state().players?.get(session)?.faction === "tsmc" && state().players?.get(session)?.connected === true);
    // The same month it was left at: no month passed while it was parked.
    expect(state().month).toBe(6);
    time.advance(60 * TICK_MS);
    const [ended] = await ending;
    const replay = await (await fetch(`${harness().url}/api/matches/${ended.matchId}/replay`)).json();
    expect(replayMatch(replay).stateHash).toBe(ended.stateHash);
    // Finished: nothing left to continue.
    expect((await post(`/api/matches/${roomId}/continue`, key)).status).toBe(404);
  }, 90_000);
});
