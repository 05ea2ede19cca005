// The public lobby lists open matches live; private and solo matches stay unlisted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, until, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.server.close();
});

interface Listed {
  roomId: string;
  metadata: { mode: string; players: number; freeFactions: string[]; months: number; status: string };
}

describe("lobby", () => {
  it("lists public matches with players, free factions and length, and updates live", async () => {
    const lobby = await h.client().joinOrCreate("lobby");
    let rooms: Listed[] = [];
    lobby.onMessage("rooms", (list: Listed[]) => (rooms = list));
    lobby.onMessage("+", ([roomId, room]: [string, Listed]) => {
      rooms = rooms.filter((r) => r.roomId !== roomId).concat(room);
    });
    lobby.onMessage("-", (roomId: string) => (rooms = rooms.filter((r) => r.roomId !== roomId)));

    const open = await h.client().create("match", { mode: "online", months: 180, name: "Public", faction: "tsmc" });
    open.onMessage("*", () => {});
    const hidden = await h.client().create("match", { mode: "online", private: true, months: 60, name: "Secret" });
    hidden.onMessage("*", () => {});
    await until("the public match is listed", () => rooms.some((r) => r.roomId === open.roomId && r.metadata.players === 1));
    const listed = rooms.find((r) => r.roomId === open.roomId)!;
    expect(listed.metadata).toMatchObject({ mode: "online", months: 180, status: "waiting" });
    expect(listed.metadata.freeFactions).toEqual(["tesla", "samsung", "china"]);
    expect(rooms.some((r) => r.roomId === hidden.roomId)).toBe(false);

    const second = await h.client().joinById(open.roomId, { name: "Two", faction: "china" });
    second.onMessage("*", () => {});
    await until("the listing shows the new player", () => rooms.find((r) => r.roomId === open.roomId)?.metadata.players === 2);
    expect(rooms.find((r) => r.roomId === open.roomId)!.metadata.freeFactions).toEqual(["tesla", "samsung"]);

    await second.leave();
    await open.leave();
    await hidden.leave();
    await until("the empty match disappears", () => !rooms.some((r) => r.roomId === open.roomId));
    await lobby.leave();
  });
});
