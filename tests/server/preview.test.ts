// Previews over a real connection: a `preview` request gets its typed reply (the engine's dry
// run for the sender's faction), a malformed one a refused preview and no kick, and a burst of
// previews is capped by their own budget without touching orders.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import type { PreviewReply } from "../../shared/index";
import { PREVIEW_BURST } from "../../server/rooms/preview-handler";
import { collect, startHarness, until, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  // Slow months: the state stays put while the previews are asked.
  h = await startHarness(undefined, undefined, { tickMs: 60_000 });
});
afterAll(async () => {
  await h.server.close();
});

/** Send one request and wait for the reply with its id. */
async function ask(room: Room, replies: PreviewReply[], id: number, request: unknown): Promise<PreviewReply> {
  room.send("preview", request);
  await until(`preview ${id} answered`, () => replies.some((r) => r.id === id), 10_000);
  return replies.find((r) => r.id === id)!;
}

describe("order previews over the wire", () => {
  it("answers a preview, refuses malformed ones without a kick, and caps bursts apart from orders", async () => {
    const room = await h.client().create("match", { mode: "solo", faction: "china", difficulty: "normal", months: 60, speed: "slow", seed: 9, name: "Lin" });
    room.reconnection.enabled = false;
    const replies = collect<PreviewReply>(room, "preview");
    const refused = collect<{ code: string }>(room, "refused");
    const queued = collect<{ orderType?: string }>(room, "queued");
    collect(room, "started");
    let closed = 0;
    room.onLeave((code: number) => (closed = code));
    await until("the match starts", () => room.state.status === "running");

    const fab = await ask(room, replies, 1, { id: 1, order: { type: "buildFab", site: "china", node: "N7", capacity: 20 } });
    expect(fab.ok).toBe(true);
    if (!fab.ok) return;
    expect(fab.cost).toBeGreaterThan(0);
    expect(fab.effects.map((e) => e.key)).toContain("preview.fab.volumeBy");

    // The who-may table speaks for the sender's own faction: only Tesla launches.
    const launch = await ask(room, replies, 2, { id: 2, order: { type: "launch", count: 1 } });
    expect(launch).toEqual({ id: 2, ok: false, refusal: { code: "not-allowed", reason: "refusal.launchTeslaOnly" } });

    // Malformed: a bad order in a good envelope, a bad envelope, no envelope at all.
    const badOrder = await ask(room, replies, 3, { id: 3, order: { type: "buildFab", site: "mars" } });
    expect(badOrder.ok ? null : badOrder.refusal.code).toBe("malformed");
    room.send("preview", { id: "x", order: 5 });
    room.send("preview", "nonsense");
    await until("the broken requests answered", () => replies.filter((r) => r.id === 0).length >= 2, 10_000);
    for (const r of replies.filter((x) => x.id === 0)) expect(r.ok ? null : r.refusal.code).toBe("malformed");
    expect(closed).toBe(0);
    expect(refused).toEqual([]);
    expect(queued).toEqual([]);

    // A burst beyond the previews' budget: the extra ones are refused as too fast, nobody is kicked.
    const burst = PREVIEW_BURST + 15;
    for (let i = 0; i < burst; i++) room.send("preview", { id: 100 + i, order: { type: "borrow", amount: 100 } });
    await until("the burst answered", () => replies.filter((r) => r.id >= 100).length === burst, 10_000);
    const tooFast = replies.filter((r) => r.id >= 100 && !r.ok && r.refusal.reason === "refusal.flood");
    expect(tooFast.length).toBeGreaterThan(0);
    expect(tooFast.length).toBeLessThan(burst);
    expect(closed).toBe(0);

    // Previews are not orders: a real order is still queued.
    room.send("order", { type: "borrow", amount: 100 });
    await until("the order queued", () => queued.length === 1, 10_000);
    expect(refused).toEqual([]);
    await room.leave();
  });
});
