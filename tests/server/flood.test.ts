// A client that floods (more than 20 messages a second, sustained) is refused,
// then disconnected with close code 4290 and loses its seat; the other players play on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeScheduler } from "../../shared/index";
import { CLOSE_FLOOD } from "../../server/rooms/flood-guard";
import { collect, startHarness, stateWhen, type Harness } from "./harness";

// Months pass on a fake clock, when the test advances it.
const TICK_MS = 50;
const time = new FakeScheduler();
let h: Harness;
beforeAll(async () => {
  h = await startHarness(undefined, undefined, { tickMs: TICK_MS, scheduler: time });
});
afterAll(async () => {
  await h.server.close();
});

describe("flood control", () => {
  it("a sustained flood is refused, then disconnected with close code 4290; others play on", async () => {
    const host = await h.client().create("match", { mode: "online", months: 60, speed: "fast", seed: 12, name: "Host" });
    host.onMessage("*", () => {});
    const flooder = await h.client().joinById(host.roomId, { name: "Flood", faction: "tsmc" });
    flooder.onMessage("*", () => {});
    flooder.reconnection.enabled = false;
    const refused = collect<{ code: string }>(flooder, "refused");
    let closeCode = 0;
    const left = new Promise<void>((resolve) => flooder.onLeave((code: number) => {
      closeCode = code;
      resolve();
    }));
    host.send("start");
    await stateWhen(host, "running", () => host.state.status === "running");
    for (let i = 0; i < 400 && closeCode === 0; i++) flooder.send("ready", { ready: true });
    await left;
    expect(refused.some((x) => x.code === "flood")).toBe(true);
    expect(closeCode).toBe(CLOSE_FLOOD);
    // An expelled flooder holds no seat: it goes to a bot at once (a lost connection would wait 120 s).
    await stateWhen(host, "the seat is a bot's", () => !host.state.players.has(flooder.sessionId) && host.state.factions.get("tsmc")?.controller === "bot");
    const month = host.state.month;
    time.advance(2 * TICK_MS);
    await stateWhen(host, "the host plays on", () => host.state.month === month + 2);
    await host.leave();
  });
});
