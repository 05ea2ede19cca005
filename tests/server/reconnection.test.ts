// A dropped player's seat is played by a bot and handed back when they return;
// a player who leaves for good is replaced by a bot. Months pass on a fake clock.
import { describe, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import type { MatchRoom } from "../../server/rooms/match-room";
import { stateWhen } from "./harness";
import { useFakeClockServer } from "./fake-clock-server";

const TICK_MS = 50;
const { harness, time } = useFakeClockServer(TICK_MS);

describe("reconnection", () => {
  it("a bot plays a dropped seat and returns it on reconnect (a page refresh)", async () => {
    const first = await harness().client().create("match", { mode: "online", months: 60, speed: "fast", seed: 3, name: "Ana", faction: "samsung" });
    first.onMessage("*", () => {});
    first.reconnection.enabled = false; // behave like a closed tab: no automatic retry
    first.send("start");
    await stateWhen(first, "running", () => first.state.status === "running");
    expect(first.state.factions.get("samsung")?.controller).toBe("human");
    const token = first.reconnectionToken;
    const roomId = first.roomId;
    const host = (matchMaker.getLocalRoomById(roomId) as MatchRoom).matchHost;

    // Watch from a second seat while Ana is away.
    const watcher = await harness().client().joinById(roomId, { name: "Ben", faction: "tsmc" });
    watcher.onMessage("*", () => {});
    time.advance(TICK_MS);
    expect(host.replayOrders.some((o) => o.issuer === "samsung")).toBe(false);
    first.connection.close(4100, "network blip");
    await stateWhen(watcher, "the seat goes to a bot", () => watcher.state.factions.get("samsung")?.controller === "bot");
    const monthAway = host.game.month;
    time.advance(2 * TICK_MS);
    await stateWhen(watcher, "the bot keeps playing", () => watcher.state.month === monthAway + 2);
    expect(host.replayOrders.some((o) => o.issuer === "samsung" && o.month >= monthAway)).toBe(true);

    const back = await harness().client().reconnect(token);
    back.onMessage("*", () => {});
    await stateWhen(watcher, "the seat is human again", () => watcher.state.factions.get("samsung")?.controller === "human");
    expect(back.sessionId).toBe(first.sessionId);
    expect(back.state.players.get(back.sessionId)?.faction).toBe("samsung");
    const returnedAt = host.game.month;
    time.advance(2 * TICK_MS);
    expect(host.replayOrders.some((o) => o.issuer === "samsung" && o.month >= returnedAt)).toBe(false);

    // Leaving for good: the seat becomes a bot's and the player is gone.
    await back.leave(true);
    await stateWhen(watcher, "the seat is a bot's for good", () => watcher.state.factions.get("samsung")?.controller === "bot" && !watcher.state.players.has(first.sessionId));
    await watcher.leave();
  });
});
