// The teacher's finer controls, with real SDK clients: one match paused on its own,
// "keep matches in step" holding the match that runs ahead, the idle indicator, a rename reaching the
// match seat, and a removed student losing their seat there too (a bot takes it). The matches'
// months pass on a fake clock; the classroom watches them on its own (real) clock.
import { describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { collect, received, stateWhen, until } from "./harness";
import { useFakeClockServer } from "./fake-clock-server";

const TICK_MS = 120;
const { harness, time } = useFakeClockServer(TICK_MS, { classroom: true, floodRate: 1000 });
const months = (n: number) => time.advance(n * TICK_MS);

interface Assigned {
  matchId: string;
  faction: string;
  ticket: string;
}

describe("classroom controls", () => {
  it("pauses one match, keeps matches in step, renames and removes a student", async () => {
    const teacher = await harness().client().create("classroom", { role: "teacher", months: 60, speed: "fast", seatSize: 1, factions: ["tesla", "tsmc"] });
    teacher.onMessage("*", () => {});
    const keys = collect<{ code: string }>(teacher, "teacher");
    await until("the code", () => keys.length === 1);
    const { body } = await harness().http<{ roomId: string }>(`/api/classrooms/by-code/${keys[0].code}`);

    const students: Room[] = [];
    const assigned = new Map<string, Assigned>();
    for (const name of ["Ana", "Ben", "Chen", "Dai"]) {
      const s = await harness().client().joinById(body.roomId, { code: keys[0].code, name });
      s.onMessage("*", () => {});
      s.onMessage("assigned", (a: Assigned) => assigned.set(s.sessionId, a));
      students.push(s);
    }
    await stateWhen(teacher, "four on the roster", () => teacher.state.students.size === 4);
    teacher.send("start");
    await until("all assigned", () => assigned.size === 4);
    // Two factions, one student per seat: two matches of two.
    const matchIds = [...new Set([...assigned.values()].map((a) => a.matchId))];
    expect(matchIds).toHaveLength(2);
    // Each student gets a seat ticket of their own, and no one's student id.
    expect(assigned.get(students[0].sessionId)!.ticket).toMatch(/^[\w-]{20,}$/);
    expect(Object.keys(assigned.get(students[0].sessionId)!).sort()).toEqual(["faction", "matchId", "ticket"]);

    const rooms = new Map<string, Room>();
    for (const s of students) {
      const a = assigned.get(s.sessionId)!;
      const m = await harness().client().joinById(a.matchId, { ticket: a.ticket });
      m.onMessage("*", () => {});
      rooms.set(s.sessionId, m);
    }
    const [slowId, fastId] = matchIds;
    const roomIn = (matchId: string) => [...rooms.entries()].find(([sid]) => assigned.get(sid)!.matchId === matchId)![1];
    const slow = roomIn(slowId);
    const fast = roomIn(fastId);
    await stateWhen(slow, "one match running", () => slow.state.status === "running");
    await stateWhen(fast, "the other running", () => fast.state.status === "running");
    months(1);
    await stateWhen(slow, "a month in one", () => slow.state.month === 1);
    await stateWhen(fast, "a month in the other", () => fast.state.month === 1);

    // One match paused on its own: the other plays on.
    teacher.send("pause", { matchId: slowId });
    await stateWhen(slow, "the one match paused", () => slow.state.status === "paused");
    months(3);
    await stateWhen(fast, "the other plays on", () => fast.state.month === 4);
    expect(slow.state.month).toBe(1);
    expect(slow.state.status).toBe("paused");
    expect(teacher.state.status).toBe("running");

    // Keep in step: the match ahead waits for the slow one ("paused by class"), then both run together.
    const held = received<{ by: string }>(fast, "paused");
    teacher.send("step", { on: true });
    expect((await held)[0].by).toBe("class");
    await stateWhen(teacher, "the step flag is on", () => teacher.state.inStep === true);
    await stateWhen(fast, "the match ahead is held", () => fast.state.status === "paused");
    const released = received<{ by?: string }>(fast, "resumed");
    teacher.send("resume", { matchId: slowId });
    await stateWhen(slow, "the slow match runs", () => slow.state.status === "running");
    // The slow match plays the three months it is behind while the one ahead waits; then the class lets it go.
    months(3);
    await stateWhen(slow, "the slow match catches up", () => slow.state.month === 4);
    expect(fast.state.month).toBe(4);
    expect((await released)[0].by).toBe("class");
    await stateWhen(fast, "the match ahead runs again", () => fast.state.status === "running");
    months(5);
    await stateWhen(slow, "five more months in one", () => slow.state.month === 9);
    await stateWhen(fast, "and in step in the other", () => fast.state.month === 9);

    // The dashboard's idle indicator: a student who gave an order shows its month; one who never did, none.
    // The roster is keyed by public ids (never a session id).
    const idOf = (name: string) => [...teacher.state.students.entries()].find(([, v]) => v.name === name)![0] as string;
    const orderer = rooms.get(students[2].sessionId)!;
    const queued = collect<{ month: number }>(orderer, "queued");
    orderer.send("order", { type: "borrow", amount: 100 });
    await until("Chen's order queued", () => queued.length === 1);
    months(1);
    await stateWhen(teacher, "Chen's order month on the dashboard", () => teacher.state.students.get(idOf("Chen"))!.lastOrderMonth === queued[0].month);
    expect(teacher.state.students.get(idOf("Dai"))!.lastOrderMonth).toBe(-1);

    // A malformed target is refused and changes nothing.
    const refused = collect<{ code: string }>(teacher, "refused");
    teacher.send("pause", { matchId: 42 });
    await until("refused", () => refused.length === 1);
    expect(refused[0].code).toBe("malformed");

    // Rename reaches the match seat.
    const ana = rooms.get(students[0].sessionId)!;
    expect(teacher.state.students.has(students[0].sessionId)).toBe(false);
    teacher.send("rename", { studentId: idOf("Ana"), name: "Ana B." });
    await stateWhen(ana, "the match shows the new name", () => ana.state.players.get(ana.sessionId)?.name === "Ana B.");

    // Remove: gone from the roster, their match seat freed and played by a bot.
    const ben = students[1];
    const benMatch = rooms.get(ben.sessionId)!;
    const benFaction = assigned.get(ben.sessionId)!.faction;
    const witness = [...rooms.entries()].find(([sid]) => sid !== ben.sessionId && assigned.get(sid)!.matchId === assigned.get(ben.sessionId)!.matchId)![1];
    const closed: number[] = [];
    benMatch.onLeave((code) => closed.push(code));
    const benId = idOf("Ben");
    teacher.send("remove", { studentId: benId });
    await stateWhen(teacher, "off the roster", () => !teacher.state.students.has(benId));
    await stateWhen(witness, "their match seat is a bot's", () => witness.state.factions.get(benFaction)?.controller === "bot" && !witness.state.players.has(benMatch.sessionId));
    await until("their match connection closed", () => closed.length === 1);
    expect(closed[0]).toBe(4001);

    await Promise.all([...rooms.values(), ...students, teacher].map((r) => Promise.race([r.leave().catch(() => 0), new Promise((res) => setTimeout(res, 1500))])));
  }, 120_000);
});
