// A solo match on a fake clock, played to its end; the result is fetched over HTTP.
import { describe, expect, it } from "vitest";
import { collect, received, stateWhen } from "./harness";
import { useFakeClockServer } from "./fake-clock-server";

const TICK_MS = 25;
const { harness, time } = useFakeClockServer(TICK_MS);

describe("solo match", () => {
  it("GET /health answers ok", async () => {
    const res = await harness().http("/health");
    expect(res).toEqual({ status: 200, body: { ok: true } });
  });

  it("plays one human and three bots to the end, then serves the result and replay", async () => {
    const room = await harness().client().create("match", { mode: "solo", faction: "tesla", difficulty: "normal", months: 60, speed: "fast", seed: 42, name: "Ada" });
    const events = collect<{ id: string }>(room, "event");
    await stateWhen(room, "the match starts", () => room.state.status === "running");
    expect(room.state.factions.get("tesla")?.controller).toBe("human");
    expect(room.state.factions.get("tsmc")?.controller).toBe("bot");
    // No month passes until the clock does.
    expect(room.state.month).toBe(0);

    // An order the rules accept, and one they refuse (Tesla cannot build in China).
    const queued = received(room, "queued");
    const refused = received<{ code: string; reason: string }>(room, "refused");
    room.send("order", { type: "buildPower", source: "solar", region: "us", gw: 1 });
    room.send("order", { type: "buildFab", site: "china", node: "N3", capacity: 50 });
    await queued;
    const [refusal] = await refused;
    expect(refusal.code).toBe("not-allowed");
    expect(refusal.reason).toMatch(/cannot build/i);

    const ended = received<{ matchId: string; winner: string }>(room, "ended");
    time.advance(60 * TICK_MS);
    const [end] = await ended;
    await stateWhen(room, "the end is mirrored", () => room.state.status === "ended");
    expect(events.length).toBeGreaterThan(0);
    const matchId = end.matchId;

    const result = await harness().http<{ winner: string; stateHash: string; factions: Record<string, { limitingFactor: string[] }> }>(`/api/matches/${matchId}`);
    expect(result.status).toBe(200);
    expect(result.body.winner).toBe(end.winner);
    expect(result.body.factions.tesla.limitingFactor.length).toBeGreaterThan(0);

    const replay = await harness().http<{ orders: Array<{ issuer: string; order: { type: string } }> }>(`/api/matches/${matchId}/replay`);
    expect(replay.status).toBe(200);
    expect(replay.body.orders.some((o) => o.issuer === "tesla" && o.order.type === "buildPower")).toBe(true);
    expect((await harness().http(`/api/matches/nope`)).status).toBe(404);
    await room.leave();
  });
});
