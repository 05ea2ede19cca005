// A client that floods (more than 20 messages a second, sustained) is refused,
// then disconnected with close code 4290 and loses its seat; the other players play on.
import { describe, expect, it } from "vitest";
import { CLOSE_FLOOD } from "../../server/rooms/flood-guard";
import { collect, stateWhen } from "./harness";
import { useFakeClockServer } from "./fake-clock-server";

// Months pass on a fake clock, when the test advances it.
const TICK_MS = 50;
const { harness, time } = useFakeClockServer(TICK_MS);

describe("flood control", () => {
  it("a sustained flood is refused, then disconnected with close code 4290; others play on", async () => {
    const host = await harness().client().create("match", { mode: "online", months: 60, speed: "fast", seed: 12, name: "Host" });
    host.onMessage("*", () => {});
    const flooder = await harness().client().joinById(host.roomId, { name: "Flood", faction: "tsmc" });
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
