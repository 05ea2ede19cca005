// Four humans in a private match found by its code; host-only commands; spectators.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { CODE_ALPHABET } from "../../server/rooms/private-code";
import { collect, startHarness, until, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(undefined, undefined, { tickMs: 40 });
});
afterAll(async () => {
  await h.server.close();
});

describe("private online match", () => {
  it("four humans join by code, pick factions, ready up; only the host starts, pauses and sets the speed", async () => {
    const host = await h.client().create("match", { mode: "online", private: true, months: 60, speed: "fast", seed: 7, name: "Host" });
    host.onMessage("*", () => {});
    await until("the code is set", () => host.state.code.length === 6);
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
    await until("four players seated", () => host.state.players.size === 4);
    expect(host.state.players.get(host.sessionId)?.faction).toBe("tesla");
    expect(host.state.factions.get("china")?.playerName).toBe("Dov");

    // A faction that is taken cannot be joined twice.
    await expect(h.client().joinById(found.body.roomId, { name: "Eve", faction: "tsmc" })).rejects.toThrow(/taken/i);

    const refusedReady = collect<{ code: string }>(others[2], "refused");
    others[2].send("ready", { ready: "yes" });
    await until("a malformed ready is refused", () => refusedReady.length === 1);
    expect(refusedReady[0].code).toBe("malformed");

    for (const r of [host, ...others]) r.send("ready", { ready: true });
    await until("everyone ready", () => [...host.state.players.values()].every((p) => p.ready));

    const refusedToGuest = collect<{ code: string; command: string }>(others[0], "refused");
    others[0].send("start");
    others[0].send("pause");
    others[0].send("speed", { speed: "slow" });
    await until("three refusals", () => refusedToGuest.length === 3);
    expect(refusedToGuest.map((r) => r.code)).toEqual(["not-allowed", "not-allowed", "not-allowed"]);
    expect(host.state.status).toBe("waiting");

    host.send("start");
    await until("the match runs", () => host.state.status === "running" && host.state.month >= 2);
    for (const f of ["tesla", "tsmc", "samsung", "china"]) expect(host.state.factions.get(f)?.controller).toBe("human");

    const refusedPause = collect<{ code: string }>(others[1], "refused");
    others[1].send("pause");
    await until("guest pause refused", () => refusedPause.length === 1);
    expect(host.state.status).toBe("running");

    host.send("pause");
    await until("paused by host", () => host.state.status === "paused");
    const pausedAt = host.state.month;
    expect(host.state.pausesLeft).toBe(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(host.state.month).toBe(pausedAt);
    host.send("resume");
    await until("resumed", () => host.state.month > pausedAt);

    for (const r of [host, ...others]) await r.leave();
  });

  it("before the start a player moves to a free faction; a taken one or a started match refuses", async () => {
    const host = await h.client().create("match", { mode: "online", private: true, months: 60, speed: "fast", seed: 9, name: "Host" });
    host.onMessage("*", () => {});
    await until("seated", () => host.state.players.get(host.sessionId)?.faction === "tesla");
    const guest = await h.client().joinById(host.roomId, { name: "Gus", faction: "tsmc" });
    guest.onMessage("*", () => {});
    const refused = collect<{ code: string; key: string; command: string }>(host, "refused");

    host.send("faction", { faction: "china" });
    await until("the host sits at China", () => host.state.players.get(host.sessionId)?.faction === "china" && host.state.factions.get("china")?.playerName === "Host");
    expect(host.state.factions.get("tesla")?.playerName).toBe("");
    expect(host.state.players.get(host.sessionId)?.host).toBe(true);

    host.send("faction", { faction: "tsmc" });
    host.send("faction", { faction: "intel" });
    await until("two refusals", () => refused.length === 2);
    expect(refused.map((r) => [r.code, r.key])).toEqual([["not-allowed", "refusal.factionTaken"], ["malformed", "refusal.malformed"]]);
    expect(host.state.players.get(host.sessionId)?.faction).toBe("china");

    host.send("start");
    await until("running", () => host.state.status === "running");
    host.send("faction", { faction: "samsung" });
    await until("refused once started", () => refused.length === 3);
    expect(refused[2]).toMatchObject({ code: "wrong-stage", command: "faction" });
    await guest.leave();
    await host.leave();
  });

  it("a spectator sees the running match but cannot order", async () => {
    const host = await h.client().create("match", { mode: "online", months: 60, speed: "fast", seed: 8, name: "Host" });
    host.onMessage("*", () => {});
    host.send("start");
    await until("running", () => host.state.status === "running");
    const spectator = await h.client().joinById(host.roomId, { name: "Watcher", spectator: true });
    spectator.onMessage("*", () => {});
    const refused = collect<{ code: string; orderType: string }>(spectator, "refused");
    await until("the spectator sees the world", () => spectator.state.factions.size === 4 && spectator.state.month >= 1);
    spectator.send("order", { type: "borrow", amount: 100 });
    await until("the spectator's order is refused", () => refused.length === 1);
    expect(refused[0]).toMatchObject({ code: "not-your-faction", orderType: "borrow" });
    expect(spectator.state.players.get(spectator.sessionId)?.spectator).toBe(true);
    // Empty factions were filled by bots of the chosen difficulty.
    expect(host.state.factions.get("china")?.controller).toBe("bot");
    await spectator.leave();
    await host.leave();
  });
});
