// Attacks 4, 5 and 7: results lost when storage fails, formula injection in the class export,
// raw junk stored in replays. Real SDK clients; a store that fails on demand ("disk full").
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { neutraliseExport, resultsCsv, type StudentResult } from "../../server/rooms/class-results";
import type { MatchStore, StoredClassroom, StoredMatch } from "../../server/storage/match-store";
import { SqliteMatchStore } from "../../server/storage/sqlite-match-store";
import { FakeScheduler } from "../../shared/index";
import { collect, received, startHarness, stateWhen, until, type Harness } from "../server/harness";
import { leaveAll, startClass } from "./helpers";

/** SQLite behind a switch: while `full`, every save throws like a full disk. */
class DiskFullStore implements MatchStore {
  full = false;
  attempts = 0;
  constructor(private readonly inner: SqliteMatchStore) {}
  saveMatch(m: StoredMatch): void {
    this.attempts += 1;
    if (this.full) throw new Error("SQLITE_FULL: database or disk is full");
    this.inner.saveMatch(m);
  }
  saveClassroom(c: StoredClassroom): void {
    if (this.full) throw new Error("SQLITE_FULL: database or disk is full");
    this.inner.saveClassroom(c);
  }
  getResult(id: string) { return this.inner.getResult(id); }
  getReplay(id: string) { return this.inner.getReplay(id); }
  getClassroom(code: string) { return this.inner.getClassroom(code); }
  close() { this.inner.close(); }
}

// The matches' months pass on a fake clock, when the test advances it.
const TICK_MS = 20;
const time = new FakeScheduler();
let h: Harness;
let disk: DiskFullStore;
beforeAll(async () => {
  disk = new DiskFullStore(new SqliteMatchStore(join(mkdtempSync(join(tmpdir(), "terrafab-sec-")), "db.sqlite")));
  h = await startHarness(undefined, undefined, { tickMs: TICK_MS, classTickMs: 100, store: disk, scheduler: time });
});
afterAll(async () => {
  await h.server.close();
});

async function soloToTheEnd(seed: number, onStart?: (r: Room) => void): Promise<{ room: Room; ended: Array<{ matchId: string; saved: boolean }> }> {
  const room = await h.client().create("match", { mode: "solo", faction: "tesla", months: 60, seed, name: `S${seed}` });
  room.onMessage("*", () => {});
  const ended = collect<{ matchId: string; saved: boolean }>(room, "ended");
  onStart?.(room);
  return { room, ended };
}

describe("nothing lost", () => {
  it("with the disk full every client still gets `ended`; /health says so; the results land once storage is back", async () => {
    disk.full = true;
    const matches = await Promise.all([1, 2, 3, 4].map((s) => soloToTheEnd(500 + s)));
    await Promise.all(matches.map((m) => stateWhen(m.room, "running", () => m.room.state.status === "running")));
    const ending = Promise.all(matches.map((m) => received(m.room, "ended")));
    time.advance(60 * TICK_MS);
    await ending;
    expect(matches.every((m) => m.ended.length === 1)).toBe(true);
    expect(matches.every((m) => m.ended[0].saved === false)).toBe(true);
    const sick = await h.http<{ ok: boolean; storage: string; pending: number }>("/health");
    expect(sick.status).toBe(503);
    expect(sick.body.ok).toBe(false);
    expect(sick.body.storage).toContain("disk is full");
    expect(sick.body.pending).toBeGreaterThanOrEqual(4);
    // Results are served from memory meanwhile.
    expect((await h.http(`/api/matches/${matches[0].ended[0].matchId}`)).status).toBe(200);
    disk.full = false;
    const inner = (h.server.store as unknown as { inner: DiskFullStore }).inner;
    await until("every result reached the disk", () => matches.every((m) => inner.getResult(m.ended[0].matchId) !== null), 60_000);
    await until("health is ok again", () => h.server.store.health().ok);
    expect((await h.http<{ ok: boolean }>("/health")).body).toEqual({ ok: true });
    await leaveAll(matches.map((m) => m.room));
  }, 120_000);

  it("the stored replay keeps the validated order, not the raw message", async () => {
    const { room, ended } = await soloToTheEnd(601);
    const queued = received<{ orderType: string }>(room, "queued");
    await stateWhen(room, "running", () => room.state.status === "running");
    room.send("order", { type: "borrow", amount: 50, junk: "x".repeat(3000), __proto__: { evil: 1 } });
    await queued;
    const ending = received(room, "ended");
    time.advance(60 * TICK_MS);
    await ending;
    const replay = await h.http<{ orders: Array<{ order: Record<string, unknown> }> }>(`/api/matches/${ended[0].matchId}/replay`);
    const borrow = replay.body.orders.find((o) => o.order.type === "borrow" && o.order.amount === 50)!;
    expect(borrow).toBeDefined();
    expect(Object.keys(borrow.order).sort()).toEqual(["amount", "type"]);
    expect(JSON.stringify(replay.body).includes("xxxxxxxxxx")).toBe(false);
    await room.leave();
  }, 60_000);
});

describe("exports are safe to open in a spreadsheet", () => {
  it("nicknames that are formulas reach the CSV and JSON as text", async () => {
    const attacks = ['=HYPERLINK("//x.y","y")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"];
    const c = await startClass(h, attacks, { factions: ["tesla", "tsmc", "samsung", "china"] });
    c.teacher.send("end");
    await stateWhen(c.teacher, "the class ended", () => c.teacher.state.status === "ended");
    const csv = await (await fetch(`${h.url}/api/classrooms/${c.code}/results.csv`, { headers: { Authorization: `Bearer ${c.teacherKey}` } })).text();
    const firstCells = csv.trim().split("\n").slice(1).map((line) => line.startsWith('"') ? line.slice(1) : line);
    expect(firstCells).toHaveLength(4);
    for (const cell of firstCells) expect(cell.startsWith("'")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""//x.y"",""y"")"`);
    const json = await (await fetch(`${h.url}/api/classrooms/${c.code}/results.json`, { headers: { Authorization: `Bearer ${c.teacherKey}` } })).json() as { students: Array<{ nickname: string }> };
    expect(json.students.map((s) => s.nickname).sort()).toEqual(attacks.map((a) => `'${a}`).sort());
    await leaveAll([...c.students, c.teacher]);
  }, 60_000);

  it("the JSON export keeps the server's ids exact (a match id may start with '-') and neutralises names", () => {
    const exported = neutraliseExport({ matches: [{ matchId: "-MGCRaSvV", winner: "tsmc" }], students: [{ nickname: "-2+3", match: "-MGCRaSvV", matchName: "Match 1" }] }) as {
      matches: Array<{ matchId: string }>;
      students: Array<{ nickname: string; match: string }>;
    };
    expect(exported.matches[0].matchId).toBe("-MGCRaSvV");
    expect(exported.students[0].match).toBe("-MGCRaSvV");
    expect(exported.students[0].nickname).toBe("'-2+3");
  });

  it("a cell with a tab, CR or LF is neutralised and quoted", () => {
    const row = (nickname: string): StudentResult => ({ nickname, match: "m", faction: "tesla", milestones: {}, score: 1, monthsUnder: {} });
    const csv = resultsCsv([row("\tx"), row("\rcmd"), row("a\r\nb"), row("plain")]);
    const lines = csv.split("\n");
    expect(lines[1].startsWith("'\tx,")).toBe(true);
    expect(csv).toContain(`"'\rcmd"`);
    expect(csv).toContain(`"a\r\nb"`);
    expect(csv).toContain("\nplain,");
  });
});
