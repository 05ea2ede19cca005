// Attacks 2, 6 and 8: oversize bodies, test hooks and prototype keys from clients, and
// request floods (code lookups, teacher-key guesses, joins, room creation), plus the room cap
// and names full of control, bidi and zero-width characters. Real HTTP and SDK on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import type { MatchHost } from "../../shared/index";
import { BODY_LIMIT, DEFAULT_LIMITS } from "../../server/security/limits";
import { collect, startHarness, until, type Harness } from "../server/harness";
import { raw, rejection } from "./helpers";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(undefined, undefined, { limits: undefined }); // the real limits
});
afterAll(async () => {
  await h.server.close();
});

describe("limits in front of everything", () => {
  it("a body over 16 KB is refused with 413 before Colyseus reads it, declared or chunked", async () => {
    const big = JSON.stringify({ mode: "online", pad: "x".repeat(1024 * 1024) });
    const declared = await raw(h.url, "POST", "/matchmake/create/match", big);
    expect(declared.status).toBe(413);
    const chunked = await raw(h.url, "POST", "/matchmake/create/match", JSON.stringify({ pad: "y".repeat(BODY_LIMIT + 10) }), { chunked: true });
    expect(chunked.status).toBe(413);
    // A normal body still works.
    const ok = await raw(h.url, "POST", "/matchmake/create/match", JSON.stringify({ mode: "online", name: "Ok" }));
    expect(ok.status).toBe(200);
  });

  it("test hooks are refused from clients, and prototype keys are dropped", async () => {
    for (const hook of [{ tickMs: 20 }, { seatSize: 3 }, { classroom: "x" }]) {
      const r = await rejection(h.client().create("match", { mode: "online", name: "Hook", ...hook }));
      expect(r?.code).toBe(400);
      expect(r?.message).toContain("server configuration only");
    }
    expect((await rejection(h.client().create("classroom", { role: "teacher", tickMs: 20 })))?.code).toBe(400);
    // `__proto__` in the JSON body: it must not become the options' prototype.
    const body = '{"mode":"online","name":"Proto","__proto__":{"tickMs":20,"classroom":"x","private":true}}';
    const res = await raw(h.url, "POST", "/matchmake/create/match", body);
    expect(res.status).toBe(200);
    const roomId = (JSON.parse(res.body) as { roomId?: string; room?: { roomId: string } }).room?.roomId ?? (JSON.parse(res.body) as { roomId: string }).roomId;
    const room = matchMaker.getLocalRoomById(roomId) as unknown as { matchHost: MatchHost; classroomId: string | null };
    // The month's length is the chosen speed's, not the injected test hook's.
    expect(room.matchHost.clockSetting().tickMs).toBeUndefined();
    expect(room.classroomId).toBeNull();
    const [listing] = await matchMaker.query({ roomId });
    expect(listing.metadata.private).toBe(false);
  });

  it("names lose control, bidi and zero-width characters and are counted in graphemes", async () => {
    const room = await h.client().create("match", { mode: "online", name: "  \u202Eevil\u200B\u0000 Bob\u2066 " });
    room.onMessage("*", () => {});
    await until("state", () => room.state.players.get(room.sessionId) !== undefined);
    expect(room.state.players.get(room.sessionId)!.name).toBe("evil Bob");
    await room.leave();
    const emoji = await h.client().create("match", { mode: "online", name: "Ana 👩‍💻" });
    emoji.onMessage("*", () => {});
    await until("state", () => emoji.state.players.get(emoji.sessionId) !== undefined);
    expect(emoji.state.players.get(emoji.sessionId)!.name).toBe("Ana 👩‍💻");
    await emoji.leave();
    expect((await rejection(h.client().create("match", { mode: "online", name: "é".repeat(25) })))?.code).toBe(400);
    expect((await rejection(h.client().create("match", { mode: "online", name: "\u200B\u200B" })))?.code).toBe(400);
    expect((await rejection(h.client().create("match", { mode: "online", name: "a\u0301".repeat(24) + "\u0301".repeat(100) })))?.code).toBe(400);
  });

  it("code lookups are limited per address: 429 with Retry-After", async () => {
    let first429: Awaited<ReturnType<typeof raw>> | null = null;
    let n = 0;
    for (; n < DEFAULT_LIMITS.lookup.burst + 50 && !first429; n++) {
      const r = await raw(h.url, "GET", "/api/rooms/by-code/ACDEFG");
      if (r.status === 429) first429 = r;
      else expect(r.status).toBe(404);
    }
    expect(first429).not.toBeNull();
    expect(n).toBeGreaterThan(DEFAULT_LIMITS.lookup.burst);
    expect(Number(first429!.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    // Class codes share the budget.
    expect((await raw(h.url, "GET", "/api/classrooms/by-code/ACDEFG")).status).toBe(429);
  });

  it("teacher-key guesses are limited per address, in the room and on the results download", async () => {
    const teacher = await h.client().create("classroom", { role: "teacher" });
    teacher.onMessage("*", () => {});
    const keys = collect<{ code: string }>(teacher, "teacher");
    await until("the code", () => keys.length === 1);
    const codes: number[] = [];
    for (let i = 0; i < DEFAULT_LIMITS.teacherKey.burst + 5 && !codes.includes(429); i++) {
      codes.push((await rejection(h.client().joinById(teacher.roomId, { role: "teacher", teacherKey: `guess-${i}` })))!.code);
    }
    expect(codes.slice(0, DEFAULT_LIMITS.teacherKey.burst).every((c) => c === 403)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    // The results download counts against the same budget: locked out too.
    const dl = await raw(h.url, "GET", `/api/classrooms/${keys[0].code}/results.csv`, undefined, { headers: { authorization: "Bearer nope" } });
    expect(dl.status).toBe(429);
    expect(Number(dl.headers["retry-after"])).toBeGreaterThan(0);
    await teacher.leave();
  });

  it("room creation and joins are limited per address, without a WebSocket at all", async () => {
    let created = 0;
    let limited: Awaited<ReturnType<typeof raw>> | null = null;
    for (let i = 0; i < DEFAULT_LIMITS.create.burst + 20 && !limited; i++) {
      const r = await raw(h.url, "POST", "/matchmake/create/match", JSON.stringify({ mode: "online", name: `Fake ${i}` }));
      if (r.status === 429) limited = r;
      else created += 1;
    }
    expect(limited).not.toBeNull();
    expect(created).toBeLessThanOrEqual(DEFAULT_LIMITS.create.burst);
    expect(Number(limited!.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(limited!.body).error).toMatch(/too many/);
    // The SDK sees the same refusal.
    expect((await rejection(h.client().create("match", { mode: "online", name: "More" })))?.code).toBe(429);

    let joinLimited = false;
    for (let i = 0; i < DEFAULT_LIMITS.join.burst + 20 && !joinLimited; i++) {
      const r = await raw(h.url, "POST", "/matchmake/joinById/nosuchroom", JSON.stringify({ name: "J" }));
      joinLimited = r.status === 429;
    }
    expect(joinLimited).toBe(true);
  });
});
