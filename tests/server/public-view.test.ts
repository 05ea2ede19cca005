// The one public view over real sockets: a player gets the whole view on joining, then a patch a
// month, and what it rebuilds is exactly the engine's publicView for its seat — including what the
// old schema mirror never sent (standing procurement, research this month, launches, edge).
import { matchMaker } from "@colyseus/core";
import type { Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeScheduler, applyViewPatch, publicView, type Plain, type PublicView, type ViewPayload } from "../../shared/index";
import type { MatchRoom } from "../../server/rooms/match-room";
import { receivedWhere, startHarness, stateWhen, until, type Harness } from "./harness";

// Months pass on a fake clock, when the test advances it.
const TICK_MS = 40;
const time = new FakeScheduler();
let fast: Harness;
beforeAll(async () => {
  fast = await startHarness(undefined, undefined, { tickMs: TICK_MS, scheduler: time });
});
afterAll(async () => {
  await fast.server.close();
});

/** Follow a room's view messages as the client does: the whole view, then patches to it. */
function follow(room: Room): { view: () => PublicView | null; wholes: () => number; patches: () => number } {
  let view: PublicView | null = null;
  let wholes = 0;
  let patches = 0;
  room.onMessage("view", (p: ViewPayload) => {
    if ("view" in p) {
      view = p.view;
      wholes++;
    } else {
      expect(view).not.toBeNull();
      view = applyViewPatch(view as unknown as Plain, p.patch) as unknown as PublicView;
      patches++;
    }
  });
  return { view: () => view, wholes: () => wholes, patches: () => patches };
}

const viaJson = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe("the public view over the wire", () => {
  it("a player's patched view equals the engine's view for its seat, month after month", async () => {
    const host = await fast.client().create("match", { mode: "online", months: 60, speed: "fast", seed: 5, name: "Host", faction: "tesla" });
    const seen = follow(host);
    host.onMessage("*", () => {});
    const spectator = await fast.client().joinById(host.roomId, { name: "Eve", spectator: true });
    const watched = follow(spectator);
    spectator.onMessage("*", () => {});
    await until("both have the whole view", () => seen.wholes() >= 1 && watched.wholes() >= 1);
    host.send("start");
    await stateWhen(host, "running", () => host.state.status === "running");
    const month12 = (p: ViewPayload) => "patch" in p && p.month === 12;
    const lastPatches = Promise.all([receivedWhere(host, "view", month12), receivedWhere(spectator, "view", month12)]);
    time.advance(12 * TICK_MS);
    await lastPatches;
    const room = (await matchMaker.getLocalRoomById(host.roomId)) as MatchRoom;
    const engine = room.engineState;
    expect(engine.month).toBe(12);

    expect(viaJson(seen.view())).toEqual(viaJson(publicView(engine, "tesla")));
    expect(viaJson(watched.view())).toEqual(viaJson(publicView(engine, null)));
    expect(seen.patches()).toBe(12);
    // Tesla's HBM supply deal is a standing procurement: the online market panel now sees it.
    expect(seen.view()!.factions.tesla.procurement).toEqual(engine.factions.tesla.procurement);
    expect(seen.view()!.factions.tesla.attack).not.toBeNull();
    expect(watched.view()!.factions.tesla.attack).toBeNull();
    await Promise.all([host.leave(), spectator.leave()]);
  });
});
