// Attack 8 (room part): one client filling the process with rooms meets a cap and a clear error.
// Its own file: the room count is per process.
import { describe, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import { startHarness, until } from "../server/harness";
import { rejection } from "./helpers";

describe("a cap on rooms per process", () => {
  it("refuses a room over the cap with a clear error", async () => {
    const small = await startHarness(undefined, undefined, { maxRooms: 3 });
    try {
      const rooms: Awaited<ReturnType<ReturnType<typeof small.client>["create"]>>[] = [];
      for (let i = 0; i < 3; i++) rooms.push(await small.client().create("match", { mode: "online", name: `R${i}` }));
      const r = await rejection(small.client().create("match", { mode: "online", name: "R4" }));
      expect(r?.code).toBe(503);
      expect(r?.message).toMatch(/server is full/);
      await rooms[0].leave();
      await until("a room closed", () => matchMaker.getLocalRoomById(rooms[0].roomId) === undefined);
      const again = await small.client().create("match", { mode: "online", name: "R5" });
      await Promise.all([again, ...rooms.slice(1)].map((x) => x.leave()));
    } finally {
      await small.server.close();
    }
  });
});
