// Four humans in a private match found by its code; host-only commands; spectators. The months
// run on a fake clock: they pass when the test advances it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import type { Room } from "@colyseus/sdk";
import { FakeScheduler } from "../../shared/index";
import type { MatchRoom } from "../../server/rooms/match-room";
import { CODE_ALPHABET } from "../../server/rooms/private-code";
import { received, startHarness, stateWhen, type Harness } from "./harness";

const TICK_MS = 40;
const time = new FakeScheduler();
const months = (n: number) => time.advance(n * TICK_MS);
/** The month the server's engine is at, read in-process (no waiting for a patch). */
const serverMonth = (roomId: string) => (matchMaker.getLocalRoomById(roomId) as MatchRoom).engineState.month;

let h: Harness;
beforeAll(async () => {
  h = await startHarness(undefined, undefined, { tickMs: TICK_MS, scheduler: time });
});
afterAll(async () => {
  await h.server.close();
});

describe("private online match", () => {
  it("four humans join by code, pick factions, ready up; only the host starts, pauses and sets the speed", async () => {
    const host = await h.client().create("match", { mode: "online", private: true, months: 60, speed: "fast", seed: 7, name: "Host" });
    host.onMessage("*", () => {});
    await stateWhen(host, "the code is set", () => host.state.code.length === 6);
    const code: string = host.state.code;
    expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);

    const found = await h.http<{ roomId: string }>(`/api/rooms/by-code/${code.toLowerCase()}`);
    expect(found.status).toBe(200);
    expect(found.body.roomId).toBe(host.roomId);
    expect((await h.http(`/api/rooms/by-code/ZZZZZZ`)).status).toBe(404);

    const names = ["Bea", "Cai", "Dov"];
    const factions = ["tsmc", "samsung", "china"];
    const others: Room[] = [];
    for (let i = 0; i < 3; i++) {
      const room = await h.client().joinById(found.body.roomId, { name: names[i], faction: factions[i] });
      room.onMessage("*", () => {});
      others.push(room);
    }
    await stateWhen(host, "four players seated", () => host.state.players.size === 4);
    expect(host.state.players.get(host.sessionId)?.faction).toBe("tesla");
    expect(host.state.factions.get("china")?.playerName).toBe("Dov");

    // A faction that is taken cannot be joined twice.
    await expect(h.client().joinById(found.body.roomId, { name: "Eve", faction: "tsmc" })).rejects.toThrow(/taken/i);

    const refusedReady = received<{ code: string }>(others[2], "refused");
    others[2].send("ready", { ready: "yes" });
    expect((await refusedReady)[0].code).toBe("malformed");

    for (const r of [host, ...others]) r.send("ready", { ready: true });
    await stateWhen(host, "everyone ready", () => [...host.state.players.values()].every((p) => p.ready));

    const refusedToGuest = received<{ code: string; command: string }>(others[0], "refused", 3);
    others[0].send("start");
    others[0].send("pause");
    others[0].send("speed", { speed: "slow" });
    expect((await refusedToGuest).map((r) => r.code)).toEqual(["not-allowed", "not-allowed", "not-allowed"]);
    expect(host.state.status).toBe("waiting");

    host.send("start");
    await stateWhen(host, "the match runs", () => host.state.status === "running");
    expect(serverMonth(host.roomId)).toBe(0);
    months(2);
    await stateWhen(host, "two months played", () => host.state.month === 2);
    for (const f of ["tesla", "tsmc", "samsung", "china"]) expect(host.state.factions.get(f)?.controller).toBe("human");

    const refusedPause = received<{ code: string }>(others[1], "refused");
    others[1].send("pause");
    await refusedPause;
    expect(host.state.status).toBe("running");

    host.send("pause");
    await stateWhen(host, "paused by host", () => host.state.status === "paused");
    const pausedAt = host.state.month;
    expect(host.state.pausesLeft).toBe(2);
    months(10);
    expect(serverMonth(host.roomId)).toBe(pausedAt);
    host.send("resume");
    await stateWhen(host, "running again", () => host.state.status === "running");
    months(1);
    await stateWhen(host, "resumed", () => host.state.month === pausedAt + 1);

    for (const r of [host, ...others]) await r.leave();
  });

  it("before the start a player moves to a free faction; a taken one or a started match refuses", async () => {
    const host = await h.client().create("match", { mode: "online", private: true, months: 60, speed: "fast", seed: 9, name: "Host" });
    host.onMessage("*", () => {});
    await stateWhen(host, "seated", () => host.state.players.get(host.sessionId)?.faction === "tesla");
    const guest = await h.client().joinById(host.roomId, { name: "Gus", faction: "tsmc" });
    guest.onMessage("*", () => {});

    host.send("faction", { faction: "china" });
    await stateWhen(host, "the host sits at China", () => host.state.players.get(host.sessionId)?.faction === "china" && host.state.factions.get("china")?.playerName === "Host");
    expect(host.state.factions.get("tesla")?.playerName).toBe("");
    expect(host.state.players.get(host.sessionId)?.host).toBe(true);

    const refused = received<{ code: string; key: string; command: string }>(host, "refused", 2);
    host.send("faction", { faction: "tsmc" });
    host.send("faction", { faction: "intel" });
    expect((await refused).map((r) => [r.code, r.key])).toEqual([["not-allowed", "refusal.factionTaken"], ["malformed", "refusal.malformed"]]);
    expect(host.state.players.get(host.sessionId)?.faction).toBe("china");

    host.send("start");
    await stateWhen(host, "running", () => host.state.status === "running");
    const late = received<{ code: string; command: string }>(host, "refused");
    host.send("faction", { faction: "samsung" });
    expect((await late)[0]).toMatchObject({ code: "wrong-stage", command: "faction" });
    await guest.leave();
    await host.leave();
  });

  it("a spectator sees the running match but cannot order", async () => {
    const host = await h.client().create("match", { mode: "online", months: 60, speed: "fast", seed: 8, name: "Host" });
    host.onMessage("*", () => {});
    host.send("start");
    await stateWhen(host, "running", () => host.state.status === "running");
    const spectator = await h.client().joinById(host.roomId, { name: "Watcher", spectator: true });
    spectator.onMessage("*", () => {});
    months(1);
    await stateWhen(spectator, "the spectator sees the world", () => spectator.state.factions.size === 4 && spectator.state.month >= 1);
    const refused = received<{ code: string; orderType: string }>(spectator, "refused");
    spectator.send("order", { type: "borrow", amount: 100 });
    expect((await refused)[0]).toMatchObject({ code: "not-your-faction", orderType: "borrow" });
    expect(spectator.state.players.get(spectator.sessionId)?.spectator).toBe(true);
    // Empty factions were filled by bots of the chosen difficulty.
    expect(host.state.factions.get("china")?.controller).toBe("bot");
    await spectator.leave();
    await host.leave();
  });
});
