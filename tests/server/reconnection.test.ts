// A dropped player's seat is played by a bot and handed back when they return;
// a player who leaves for good is replaced by a bot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, until, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(undefined, undefined, { tickMs: 50 });
});
afterAll(async () => {
  await h.server.close();
});

describe("reconnection", () => {
  it("a bot plays a dropped seat and returns it on reconnect (a page refresh)", async () => {
    const first = await h.client().create("match", { mode: "online", months: 60, speed: "fast", seed: 3, name: "Ana", faction: "samsung" });
    first.onMessage("*", () => {});
    first.reconnection.enabled = false; // behave like a closed tab: no automatic retry
    first.send("start");
    await until("running", () => first.state.status === "running");
    expect(first.state.factions.get("samsung")?.controller).toBe("human");
    const token = first.reconnectionToken;
    const roomId = first.roomId;

    // Watch from a second seat while Ana is away.
    const watcher = await h.client().joinById(roomId, { name: "Ben", faction: "tsmc" });
    watcher.onMessage("*", () => {});
    first.connection.close(4100, "network blip");
    await until("the seat goes to a bot", () => watcher.state.factions.get("samsung")?.controller === "bot");
    const monthAway = watcher.state.month;
    await until("the bot keeps playing", () => watcher.state.month >= monthAway + 2);

    const back = await h.client().reconnect(token);
    back.onMessage("*", () => {});
    await until("the seat is human again", () => watcher.state.factions.get("samsung")?.controller === "human");
    expect(back.sessionId).toBe(first.sessionId);
    expect(back.state.players.get(back.sessionId)?.faction).toBe("samsung");

    // Leaving for good: the seat becomes a bot's and the player is gone.
    await back.leave(true);
    await until("the seat is a bot's for good", () => watcher.state.factions.get("samsung")?.controller === "bot" && !watcher.state.players.has(first.sessionId));
    await watcher.leave();
  });
});
