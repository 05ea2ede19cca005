// A single process restarted (kill -9, then SIGTERM): live matches and a class come back from the
// journal with their ids, codes and seats; SDK clients reconnect by themselves to their own seats;
// the resumed match's full order log replays to the state hash it ends with.
import { Client } from "@colyseus/sdk";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { replayMatch } from "../../shared/index";
import { until } from "../server/harness";
import { boot, freePort, stop, type Proc } from "./procs";
import { closeAll, Seat } from "./seat";

const env = (dbPath: string) => ({ TERRAFAB_DB: dbPath, TERRAFAB_TICK_MS: "60", TERRAFAB_LEASE_MS: "2500" });

let procs: Proc[] = [];
afterEach(async (ctx) => {
  if (ctx.task.result?.state === "fail") for (const p of procs) console.log(`--- server on ${p.port}:\n${p.output()}`);
  await closeAll();
  for (const p of procs) await stop(p);
  procs = [];
});

describe("restart of a single process", () => {
  it("kill -9: an online match and a class come back; clients reconnect to their own seats; same state hash", async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), "terrafab-restart-")), "db.sqlite");
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const urls = () => [url];
    const first = boot(port, env(dbPath));
    procs.push(first);
    await first.up();

    // An online match with two players.
    const host = new Seat(await new Client(url).create("match", { mode: "online", name: "Ada", months: 60, seed: 11 }), urls);
    const guest = new Seat(await new Client(url).joinById(host.room.roomId, { name: "Bo" }), urls);
    const hostSession = host.room.sessionId;
    const guestSession = guest.room.sessionId;
    const matchId = host.room.roomId;
    host.room.send("start", {});
    // Past month 12: the journal holds a snapshot, the resume replays only the months after it.
    await until("the match runs", () => host.month() >= 15, 30_000);

    // A class with a teacher and two students, started.
    const teacher = new Seat(await new Client(url).create("classroom", { role: "teacher", months: 60 }), urls);
    let code = "";
    teacher.room.onMessage("teacher", (m: { code: string }) => (code = m.code));
    await until("the class code", () => code !== "");
    const assigned: Array<{ matchId: string; ticket: string; faction: string }> = [];
    const students: Seat[] = [];
    for (const name of ["Cy", "Di"]) {
      const s = new Seat(await new Client(url).joinById(teacher.room.roomId, { code, name }), urls);
      s.room.onMessage("assigned", (m: { matchId: string; ticket: string; faction: string }) => assigned.push(m));
      students.push(s);
    }
    teacher.room.send("start", {});
    await until("both students assigned", () => assigned.length === 2, 30_000);
    const seats = await Promise.all(assigned.map(async (a) => new Seat(await new Client(url).joinById(a.matchId, { ticket: a.ticket }), urls)));
    const seatSessions = seats.map((s) => s.room.sessionId);
    await until("the class match runs", () => seats[0].month() >= 3, 30_000);
    const classMonthBefore = seats[0].month();

    const monthBefore = host.month();
    first.proc.kill("SIGKILL");
    await first.exited;

    const second = boot(port, env(dbPath));
    procs.push(second);
    const bootAt = Date.now();
    await second.up();
    const everyone = [host, guest, teacher, ...students, ...seats];
    // Clients come back by themselves with the reconnection key they kept.
    await until("everyone is back", () => everyone.every((s) => s.rejoined + s.reconnected > 0 && s.room.connection?.isOpen), 30_000);
    const backIn = Date.now() - bootAt;
    expect(backIn).toBeLessThan(15_000); // lease 2.5 s + scan 2 s + the SDK's retries
    expect(host.room.roomId).toBe(matchId);
    expect(host.room.sessionId).toBe(hostSession);
    expect(guest.room.sessionId).toBe(guestSession);
    expect(seats.map((s) => s.room.sessionId)).toEqual(seatSessions);
    await until("the seats show their players", () => host.state.players.get(hostSession)?.connected === true && host.state.players.get(guestSession)?.connected === true, 10_000);
    expect(host.state.players.get(hostSession)?.host).toBe(true);
    await until("the states are decoded", () => everyone.every((s) => s.state?.status !== undefined) && host.month() >= 0 && seats.every((s) => s.month() >= 0), 10_000);
    // The months already played are kept (the journal is flushed every 100 ms).
    expect(host.month()).toBeGreaterThanOrEqual(monthBefore - 2);
    expect(seats[0].month()).toBeGreaterThanOrEqual(classMonthBefore - 2);

    // The class code still finds the class, and the teacher still commands its matches.
    const byCode = await fetch(`${url}/api/classrooms/by-code/${code}`);
    expect(byCode.status).toBe(200);
    expect(((await byCode.json()) as { roomId: string }).roomId).toBe(teacher.room.roomId);
    await until("the class is back to the teacher", () => teacher.status() === "running" && Number(teacher.state.teachersOnline) === 1, 10_000);
    teacher.room.send("pause", {});
    await until("the class match pauses", () => seats[0].status() === "paused", 10_000);

    // The match plays on to its end; its stored replay (journal + the months after) gives the same hash.
    expect(second.output()).toMatch(new RegExp(`resumed match ${matchId} \\(\\d+ months journaled, from the snapshot of month 12`));
    await until("the online match ends", () => host.ended !== null, 60_000);
    const replay = await (await fetch(`${url}/api/matches/${host.ended!.matchId}/replay`)).json();
    expect(replayMatch(replay).stateHash).toBe(host.ended!.stateHash);
    console.log(`restart (kill -9): everyone back in their seats ${backIn} ms after the new process started`);
  }, 180_000);
  it("SIGTERM: clocks stop, the journal is saved, clients hear serverRestarting and come back to the same month", async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), "terrafab-sigterm-")), "db.sqlite");
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = boot(port, env(dbPath));
    procs.push(first);
    await first.up();
    const solo = new Seat(await new Client(url).create("match", { mode: "solo", faction: "samsung", months: 60, seed: 3, name: "Sol" }), () => [url]);
    const session = solo.room.sessionId;
    await until("the solo match runs", () => solo.month() >= 5, 30_000);
    const code = String(solo.state.code);
    expect(code).toMatch(/^[A-Z0-9]{6}$/);

    first.proc.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(solo.restarting).toBe(1);
    const monthAtStop = solo.month();
    expect(first.output()).toMatch(/SIGTERM: stopping clocks/);

    const second = boot(port, env(dbPath));
    procs.push(second);
    const bootAt = Date.now();
    await second.up();
    await until("the player is back", () => solo.rejoined > 0 && solo.room.connection?.isOpen === true, 20_000);
    const backIn = Date.now() - bootAt;
    await until("the state is decoded", () => solo.month() >= 0, 5_000);
    // The leases were released: no waiting for them to run out (the target: within 10 s).
    expect(backIn).toBeLessThan(10_000);
    expect(solo.room.sessionId).toBe(session);
    expect(String(solo.state.code)).toBe(code);
    // Not a month lost: the journal was written when the clocks stopped.
    expect(second.output()).toContain(`(${monthAtStop} months journaled`);
    expect(solo.month()).toBeGreaterThanOrEqual(monthAtStop);
    await until("the clock runs again", () => solo.month() > monthAtStop, 10_000);
    await until("the match ends", () => solo.ended !== null, 60_000);
    const replay = await (await fetch(`${url}/api/matches/${solo.ended!.matchId}/replay`)).json();
    expect(replayMatch(replay).stateHash).toBe(solo.ended!.stateHash);
    console.log(`restart (SIGTERM): back in the seat ${backIn} ms after the new process started`);
  }, 120_000);
});
