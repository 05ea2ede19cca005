// A solo match at a fast test speed, played to its end; the result is fetched over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, startHarness, until, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(undefined, undefined, { tickMs: 25 });
});
afterAll(async () => {
  await h.server.close();
});

describe("solo match", () => {
  it("GET /health answers ok", async () => {
    const res = await h.http("/health");
    expect(res).toEqual({ status: 200, body: { ok: true } });
  });

  it("plays one human and three bots to the end, then serves the result and replay", async () => {
    const room = await h.client().create("match", { mode: "solo", faction: "tesla", difficulty: "normal", months: 60, speed: "fast", seed: 42, name: "Ada" });
    const events = collect<{ id: string }>(room, "event");
    const ended = collect<{ matchId: string; winner: string }>(room, "ended");
    const refused = collect<{ code: string; reason: string }>(room, "refused");
    await until("the match starts", () => room.state.status === "running");
    expect(room.state.factions.get("tesla")?.controller).toBe("human");
    expect(room.state.factions.get("tsmc")?.controller).toBe("bot");

    // An order the rules accept, and one they refuse (Tesla cannot build in China).
    room.send("order", { type: "buildPower", source: "solar", region: "us", gw: 1 });
    room.send("order", { type: "buildFab", site: "china", node: "N3", capacity: 50 });
    await until("the refusal arrives", () => refused.length > 0);
    expect(refused[0].code).toBe("not-allowed");
    expect(refused[0].reason).toMatch(/cannot build/i);

    await until("the match ends", () => ended.length > 0, 60_000);
    expect(room.state.status).toBe("ended");
    expect(events.length).toBeGreaterThan(0);
    const matchId = ended[0].matchId;

    const result = await h.http<{ winner: string; stateHash: string; factions: Record<string, { limitingFactor: string[] }> }>(`/api/matches/${matchId}`);
    expect(result.status).toBe(200);
    expect(result.body.winner).toBe(ended[0].winner);
    expect(result.body.factions.tesla.limitingFactor.length).toBeGreaterThan(0);

    const replay = await h.http<{ orders: Array<{ issuer: string; order: { type: string } }> }>(`/api/matches/${matchId}/replay`);
    expect(replay.status).toBe(200);
    expect(replay.body.orders.some((o) => o.issuer === "tesla" && o.order.type === "buildPower")).toBe(true);
    expect((await h.http(`/api/matches/nope`)).status).toBe(404);
    await room.leave();
  });
});
