// The ASML queue over the wire: real server, real SDK clients, a fake clock. TSMC orders EUV tools,
// then Tesla orders its own and prepays them; TSMC's player is told who jumped the queue, by how
// many tools and about how much later its own come. (Events go to every seat; each client shows
// only those about its own faction.)
import { describe, expect, it } from "vitest";
import { received, receivedWhere, startTeslaAndTsmc } from "./harness";
import { useFakeClockServer } from "./fake-clock-server";
import type { Room } from "@colyseus/sdk";

const TICK_MS = 40;
const { harness, time, engine } = useFakeClockServer(TICK_MS);

/** Sends an order, waits until it is queued, then plays the month. */
async function play(room: Room, order: Record<string, unknown>): Promise<void> {
  const queued = received<{ month: number }>(room, ["queued", "refused"]);
  room.send("order", order);
  const [answer] = await queued;
  expect(answer).toHaveProperty("month");
  time.advance(TICK_MS);
}

describe("queue-jump news online", () => {
  it("TSMC's player hears that Tesla prepaid its way ahead at ASML", async () => {
    const { host, guest } = await startTeslaAndTsmc(harness(), 23);
    const newFab = (owner: string) => engine(host.roomId).fabs.filter((f) => f.owner === owner).at(-1)?.id;
    const monthNow = () => engine(host.roomId).month;

    let m = monthNow();
    await play(guest, { type: "buildFab", site: "taiwan", node: "N2", capacity: 50 });
    await play(host, { type: "buildFab", site: "texas", node: "N2", capacity: 40 });
    const tsmcFab = newFab("tsmc")!;
    const teslaFab = newFab("tesla")!;
    expect(monthNow()).toBeGreaterThan(m);

    m = monthNow();
    await play(guest, { type: "orderTools", fabId: tsmcFab, line: "asml:euv", quantity: 6 });
    await play(host, { type: "orderTools", fabId: teslaFab, line: "asml:euv", quantity: 8 });
    const book = engine(host.roomId).toolOrders.filter((o) => o.line === "asml:euv");
    const tsmcAt = book.findIndex((o) => o.faction === "tsmc" && o.fabId === tsmcFab);
    const teslaOrder = book.find((o) => o.faction === "tesla" && o.fabId === teslaFab)!;
    expect(tsmcAt).toBeGreaterThanOrEqual(0);
    expect(book.indexOf(teslaOrder)).toBeGreaterThan(tsmcAt);

    const told = receivedWhere<{ id: string; faction: string; params: Record<string, unknown> }>(guest, "event", (e) => e.id === "queue-jumped" && e.faction === "tsmc");
    await play(host, { type: "prepay", orderId: teslaOrder.id });
    const event = await told;
    expect(event.faction).toBe("tsmc");
    expect(event.params).toMatchObject({ by: "tesla", vendor: "asml", tool: "euv", tools: 8 });
    expect(Number(event.params.months)).toBeGreaterThanOrEqual(1);
    expect(engine(host.roomId).status).toBe("running");
    await guest.leave();
    await host.leave();
  });
});
