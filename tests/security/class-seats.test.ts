// Attack 1 and 4 (class part): seats taken with someone else's id, outsiders ordering for a
// class match, a roster filled by join-and-leave, a class match disposed while its class runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import type { Room } from "@colyseus/sdk";
import { FakeScheduler } from "../../shared/index";
import { collect, startHarness, stateWhen, until, type Harness } from "../server/harness";
import { leaveAll, rejection, startClass } from "./helpers";

// The matches' months pass on a fake clock, when the test advances it.
const TICK_MS = 150;
const time = new FakeScheduler();
let h: Harness;
beforeAll(async () => {
  // Real rate limits; class months of 150 ms (server configuration, not a client option).
  h = await startHarness(undefined, undefined, { classTickMs: TICK_MS, limits: undefined, scheduler: time });
});
afterAll(async () => {
  await h.server.close();
});

describe("class seats are by ticket", () => {
  it("outsiders, classmates' ids, spectators, reused and misdirected tickets are all refused", async () => {
    // Two factions, one student a seat: two matches of two.
    const c = await startClass(h, ["Ana", "Ben", "Cai", "Dan"], { factions: ["tesla", "tsmc"] });
    const [ana, ben] = c.students;
    const a = c.assigned.get(ana)!;
    // What a student is told: their match, faction and ticket — no one's student id.
    expect(Object.keys(a).sort()).toEqual(["faction", "matchId", "ticket"]);
    // No student's session id appears in anyone's class state (the roster is keyed by public ids).
    const stateText = JSON.stringify(ben.state.toJSON());
    for (const s of c.students) expect(stateText).not.toContain(s.sessionId);
    for (const t of c.assigned.values()) expect(stateText).not.toContain(t.ticket);

    const seated: Room[] = [];
    let outsiderSeats = 0;
    const attempts: Array<Promise<unknown>> = [
      // An outsider with the match id, asking for a faction, a bot's faction, or as a student id.
      h.client().joinById(a.matchId, { name: "Eve" }),
      h.client().joinById(a.matchId, { name: "Eve", faction: "samsung" }),
      h.client().joinById(a.matchId, { name: "Eve", faction: a.faction, student: ana.sessionId }),
      h.client().joinById(a.matchId, { name: "Eve", spectator: true }),
      h.client().joinById(a.matchId, { name: "Eve", ticket: "x".repeat(32) }),
    ];
    for (const p of attempts) {
      const r = await rejection(p);
      if (r === null) outsiderSeats += 1;
      else expect(r.code).toBe(403);
    }
    expect(outsiderSeats).toBe(0);

    // A ticket for another match does not open this one, and is not spent by trying.
    const cais = c.assigned.get(c.students.find((s) => c.assigned.get(s)!.matchId !== a.matchId)!)!;
    expect(cais.matchId).not.toBe(a.matchId);
    expect((await rejection(h.client().joinById(a.matchId, { name: "Cai", ticket: cais.ticket })))?.code).toBe(403);

    // Each student takes their own seat with their ticket; the seat and name come from the ticket.
    for (const s of c.students) {
      const t = c.assigned.get(s)!;
      const m = await h.client().joinById(t.matchId, { name: "Someone Else", faction: t.faction === "tesla" ? "tsmc" : "tesla", ticket: t.ticket });
      m.onMessage("*", () => {});
      seated.push(m);
    }
    await until("everyone seated under their own name, on their own faction", () => seated.every((m, i) =>
      m.state.players.get(m.sessionId)?.name === ["Ana", "Ben", "Cai", "Dan"][i] && m.state.players.get(m.sessionId)?.faction === c.assigned.get(c.students[i])!.faction));
    // A used ticket is spent: replaying Ana's does not seat anyone.
    expect((await rejection(h.client().joinById(a.matchId, { name: "Eve", ticket: a.ticket })))?.code).toBe(403);
    // The dashboard lists each student on their own faction only.
    await until("dashboard names", () => [...c.teacher.state.matches.values()].some((m) => m.factions.get(a.faction)?.students === "Ana"));
    const row = c.teacher.state.matches.get(a.matchId)!;
    expect(row.factions.get(a.faction)!.students).toBe("Ana");

    // The class match is not found by its code.
    const [listing] = await matchMaker.query({ roomId: a.matchId });
    expect(listing.metadata.classroom).toBe(true);
    expect((await h.http(`/api/rooms/by-code/${listing.metadata.code}`)).status).toBe(404);
    await leaveAll([...seated, ...c.students, c.teacher]);
  }, 120_000);

  it("60 join-and-leave cycles leave the roster empty and a real student gets in", async () => {
    const teacher = await h.client().create("classroom", { role: "teacher", months: 60, seatSize: 1 });
    teacher.onMessage("*", () => {});
    const keys = collect<{ code: string }>(teacher, "teacher");
    await until("the code", () => keys.length === 1);
    const { body } = await h.http<{ roomId: string }>(`/api/classrooms/by-code/${keys[0].code}`);
    for (let i = 0; i < 60; i++) {
      const s = await h.client().joinById(body.roomId, { code: keys[0].code, name: `bot${i}` });
      await s.leave(true);
    }
    await until("the roster is empty again", () => teacher.state.students.size === 0 && teacher.state.studentCount === 0);
    const real = await h.client().joinById(body.roomId, { code: keys[0].code, name: "Real" });
    await until("the real student is on the roster", () => [...teacher.state.students.values()].some((s) => s.name === "Real"));
    // A dropped (not departed) student keeps their place while they may reconnect.
    real.reconnection.enabled = false;
    real.connection.close(4100, "network lost");
    await until("shown as disconnected", () => [...teacher.state.students.values()].some((s) => s.name === "Real" && !s.connected));
    expect(teacher.state.students.size).toBe(1);
    await leaveAll([teacher]);
  }, 120_000);

  it("a class match whose students all leave keeps running (bots) until the class ends, then its result is stored", async () => {
    const c = await startClass(h, ["Ana", "Ben"], { factions: ["tesla", "tsmc"] });
    const seats: Room[] = [];
    for (const s of c.students) {
      const t = c.assigned.get(s)!;
      const m = await h.client().joinById(t.matchId, { ticket: t.ticket });
      m.onMessage("*", () => {});
      seats.push(m);
    }
    const matchId = c.assigned.get(c.students[0])!.matchId;
    for (const m of seats) await m.leave(true);
    // The dashboard's summary of the match reaches the teacher with the next patch.
    await until("the dashboard lists the match", () => c.teacher.state.matches.get(matchId) !== undefined, 30_000);
    const before = c.teacher.state.matches.get(matchId)!.month;
    // Its clock goes on with bots in every seat, and it is still there for the class.
    time.advance(5 * TICK_MS);
    await stateWhen(c.teacher, "the match plays on after everyone left", () => (c.teacher.state.matches.get(matchId)?.month ?? 0) >= before + 5);
    expect(matchMaker.getLocalRoomById(matchId)).toBeDefined();
    expect(c.teacher.state.matches.get(matchId)!.status).toBe("running");
    c.teacher.send("end");
    await stateWhen(c.teacher, "the class ended", () => c.teacher.state.status === "ended");
    let stored = false;
    await until("the match result is stored", () => {
      void h.server.store.getResult(matchId).then((r) => (stored = r !== null));
      return stored;
    }, 30_000);
    expect(c.teacher.state.matches.get(matchId)!.status).toBe("ended");
    await leaveAll([...c.students, c.teacher]);
  }, 120_000);
});
