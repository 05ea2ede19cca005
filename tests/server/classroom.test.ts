// A teacher and 30 real SDK students: join by code, start, even split, bots
// filling, shared seats with attributed orders, teacher commands reaching every
// match, a student refresh returning to the seat, student commands refused,
// CSV/JSON export with and without the key, and results after a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { FakeScheduler } from "../../shared/index";
import { collect, received, receivedWhere, startHarness, stateWhen, until, type Harness } from "./harness";

// The matches' months pass on a fake clock; the classroom watches them on its own (real) clock.
const TICK_MS = 250;
const time = new FakeScheduler();
let h: Harness;
beforeAll(async () => {
  h = await startHarness(undefined, 1000, { classTickMs: TICK_MS, scheduler: time });
});
afterAll(async () => {
  await h.server.close();
});

interface Assigned {
  matchId: string;
  faction: string;
  ticket: string;
}

describe("classroom", () => {
  it("runs a class of 30 from code to export", async () => {
    const teacher = await h.client().create("classroom", { role: "teacher", months: 60, speed: "fast", seatSize: 2 });
    teacher.onMessage("*", () => {});
    const keys = collect<{ code: string; teacherKey: string }>(teacher, "teacher");
    await until("the teacher gets the code and key", () => keys.length === 1);
    const { code, teacherKey } = keys[0];
    expect(code).toHaveLength(6);
    expect(teacherKey.length).toBeGreaterThan(16);
    expect(JSON.stringify(teacher.state.toJSON())).not.toContain(teacherKey);

    const found = await h.http<{ roomId: string }>(`/api/classrooms/by-code/${code}`);
    expect(found.status).toBe(200);
    const students: Room[] = [];
    const assigned = new Map<string, Assigned>();
    for (let i = 0; i < 30; i++) {
      const s = await h.client().joinById(found.body.roomId, { code: code.toLowerCase(), name: `S${String(i + 1).padStart(2, "0")}` });
      s.onMessage("*", () => {});
      s.onMessage("assigned", (a: Assigned) => assigned.set(s.sessionId, a));
      students.push(s);
    }
    await until("30 students on the roster", () => teacher.state.students.size === 30);
    await expect(h.client().joinById(found.body.roomId, { code: "WRONG1", name: "X" })).rejects.toThrow(/code/);

    // A student cannot command the class.
    const refused = collect<{ code: string; command: string }>(students[0], "refused");
    students[0].send("start");
    students[0].send("pause");
    await until("student commands refused", () => refused.length === 2);
    expect(refused.every((r) => r.code === "not-allowed")).toBe(true);
    expect(teacher.state.status).toBe("waiting");

    teacher.send("start");
    await until("every student assigned", () => assigned.size === 30, 30_000);
    // 30 students, 4 factions, 2 per seat → 4 matches; the split is even.
    const matchIds = [...new Set([...assigned.values()].map((a) => a.matchId))];
    expect(matchIds).toHaveLength(4);
    const perMatch = matchIds.map((id) => [...assigned.values()].filter((a) => a.matchId === id).length).sort();
    expect(perMatch).toEqual([7, 7, 8, 8]);
    await until("the split is explained", () => teacher.state.split.includes("30 students → 4 matches"));

    // Students join their matches; two share a seat and each order is attributed.
    const matchRooms = new Map<string, Room>();
    for (const s of students) {
      const a = assigned.get(s.sessionId)!;
      const m = await h.client().joinById(a.matchId, { ticket: a.ticket });
      m.onMessage("*", () => {});
      matchRooms.set(s.sessionId, m);
    }
    const first = matchRooms.get(students[0].sessionId)!;
    const everyMatch = (what: string, condition: (m: Room) => boolean) => Promise.all([...matchRooms.values()].map((m) => stateWhen(m, what, () => condition(m))));
    await everyMatch("running everywhere", (m) => m.state.status === "running");
    time.advance(TICK_MS);
    await everyMatch("month 1 everywhere", (m) => m.state.month === 1);
    const seatMates = students.filter((s) => assigned.get(s.sessionId)!.matchId === assigned.get(students[0].sessionId)!.matchId && assigned.get(s.sessionId)!.faction === assigned.get(students[0].sessionId)!.faction);
    expect(seatMates).toHaveLength(2);
    // A match with fewer than 8 students has a seat for one only; in 7-student matches a bot-free seat still exists.
    const tesla = first.state.factions.get(assigned.get(students[0].sessionId)!.faction);
    expect(tesla.controller).toBe("human");
    expect(tesla.playerName.split(", ")).toHaveLength(2);
    const mateRoom = matchRooms.get(seatMates[1].sessionId)!;
    first.send("order", { type: "borrow", amount: 111 });
    mateRoom.send("order", { type: "borrow", amount: 222 });

    // Pause reaches every match; a paused student sees who paused.
    const pausedBy = received<{ by: string }>(first, "paused");
    teacher.send("pause");
    await everyMatch("every match paused", (m) => m.state.status === "paused");
    expect((await pausedBy)[0].by).toBe("teacher");
    teacher.send("inject", { eventId: "ddr-shock" });
    const events = [...matchRooms.values()].map((m) => receivedWhere<{ id: string }>(m, "event", (e) => e.id === "event:ddr-shock"));
    teacher.send("resume");
    await everyMatch("running again everywhere", (m) => m.state.status === "running");
    // The teacher's event is played at the next month, in every match.
    time.advance(TICK_MS);
    await Promise.all(events);

    // A refresh: the student comes back to the same seat in the same match.
    const leaver = matchRooms.get(students[5].sessionId)!;
    leaver.reconnection.enabled = false;
    const token = leaver.reconnectionToken;
    const witness = [...matchRooms.entries()].find(([sid]) => sid !== students[5].sessionId && assigned.get(sid)!.matchId === assigned.get(students[5].sessionId)!.matchId)![1];
    leaver.connection.close(4100, "refresh");
    await stateWhen(witness, "the match sees the student gone", () => witness.state.players.get(leaver.sessionId)?.connected === false);
    const again = await h.client().reconnect(token);
    again.onMessage("*", () => {});
    await stateWhen(again, "back in the same seat", () => again.state.players.get(again.sessionId)?.faction === assigned.get(students[5].sessionId)!.faction);
    expect(again.sessionId).toBe(leaver.sessionId);

    // Dashboard shows every match; then the teacher ends the class.
    await stateWhen(teacher, "dashboard shows four matches", () => teacher.state.matches.size === 4 && [...teacher.state.matches.values()].every((m) => m.month >= 1), 20_000);
    teacher.send("end");
    await stateWhen(teacher, "class ended", () => teacher.state.status === "ended");

    // Export: no key → 401, wrong key → 403, right key → CSV and JSON.
    expect((await h.http(`/api/classrooms/${code}/results.csv`)).status).toBe(401);
    const wrong = await fetch(`${h.url}/api/classrooms/${code}/results.csv`, { headers: { Authorization: "Bearer nope" } });
    expect(wrong.status).toBe(403);
    const csv = await fetch(`${h.url}/api/classrooms/${code}/results.csv`, { headers: { Authorization: `Bearer ${teacherKey}` } });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toMatch(/^nickname,match,faction,milestone_1,milestone_1_month/);
    expect(lines).toHaveLength(31);
    const json = await (await fetch(`${h.url}/api/classrooms/${code}/results.json`, { headers: { Authorization: `Bearer ${teacherKey}` } })).json() as { students: Array<{ nickname: string; monthsUnder: Record<string, number> }> };
    expect(json.students).toHaveLength(30);
    expect(Object.values(json.students[0].monthsUnder).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    // Orders from seat-mates are attributed in the stored replay.
    const replay = await h.http<{ orders: Array<{ by?: string; order: { type: string; amount?: number } }> }>(`/api/matches/${assigned.get(students[0].sessionId)!.matchId}/replay`);
    const borrows = replay.body.orders.filter((o) => o.order.type === "borrow" && (o.order.amount === 111 || o.order.amount === 222));
    expect(new Set(borrows.map((b) => b.by)).size).toBe(2);

    await Promise.all([...matchRooms.values(), again, ...students, teacher].map((r) => Promise.race([r.leave().catch(() => 0), new Promise((res) => setTimeout(res, 2000))])));

    // Still there after a restart.
    await h.server.close();
    h = await startHarness(h.dbPath, 1000, { classTickMs: 250 });
    const after = await fetch(`${h.url}/api/classrooms/${code}/results.json`, { headers: { Authorization: `Bearer ${teacherKey}` } });
    expect(after.status).toBe(200);
  }, 180_000);
});
