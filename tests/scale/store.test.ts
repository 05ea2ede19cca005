// One store suite, two stores: SQLite (a real file) and PostgreSQL 15 (a real cluster started here).
// Results, replays, class exports, and the journal with its leases — including a race of claimers on
// two connections where exactly one wins. PostgreSQL that cannot start fails the suite (no skip).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMatch } from "../../shared/index";
import type { JournalStore } from "../../server/storage/journal-store";
import type { MatchStore } from "../../server/storage/match-store";
import { PgMatchStore } from "../../server/storage/pg-match-store";
import { SqliteMatchStore } from "../../server/storage/sqlite-match-store";
import { startPostgres, type Service } from "./services";

type Store = MatchStore & JournalStore;

interface Backend {
  name: string;
  /** A new connection to the same database (another process, as far as the store can tell). */
  open(): Promise<Store>;
  stop(): Promise<void>;
}

const sqlite = (): Backend => {
  const path = join(mkdtempSync(join(tmpdir(), "terrafab-store-")), "store.sqlite");
  return { name: "SQLite", open: async () => new SqliteMatchStore(path), stop: async () => {} };
};

let pgService: Service | null = null;
const postgres = (): Backend => ({
  name: "PostgreSQL",
  async open() {
    pgService ??= await startPostgres();
    return PgMatchStore.open(pgService.url);
  },
  async stop() {
    await pgService?.stop();
    pgService = null;
  },
});

const { record, replay } = runMatch({ seed: 4, months: 60 }, { recordReplay: true });

for (const make of [sqlite, postgres]) {
  const backend = make();
  describe(`store: ${backend.name}`, () => {
    let a: Store;
    let b: Store;
    beforeAll(async () => {
      a = await backend.open();
      b = await backend.open();
    }, 60_000);
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await backend.stop();
    });

    it("keeps results, replays and class exports; another connection reads them", async () => {
      await a.saveMatch({ id: "m1", endedAt: "2026-01-01T00:00:00Z", result: record, replay: replay! });
      await a.saveMatch({ id: "m1", endedAt: "2026-01-02T00:00:00Z", result: record, replay: replay! }); // saved twice: replaced
      expect((await b.getResult("m1"))?.stateHash).toBe(record.stateHash);
      expect((await b.getReplay("m1"))?.orders.length).toBe(replay!.orders.length);
      expect(await b.getResult("nope")).toBeNull();
      await a.saveClassroom({ code: "ACDEFG", teacherKeyHash: "h".repeat(64), updatedAt: "now", results: { students: [{ name: "名字" }], matches: [] } });
      const c = await b.getClassroom("ACDEFG");
      expect(c?.teacherKeyHash).toBe("h".repeat(64));
      expect((c?.results as { students: Array<{ name: string }> }).students[0].name).toBe("名字");
      expect(await b.getClassroom("ZZZZZZ")).toBeNull();
    });

    it("journals rooms and months in order, renews, releases, and ends them", async () => {
      const now = Date.now();
      await a.writeJournal({
        rooms: [{ id: "r1", kind: "match", meta: '{"v":1}' }, { id: "c1", kind: "classroom", meta: '{"code":"X"}' }],
        months: [2, 0, 1].map((month) => ({ id: "r1", month, orders: JSON.stringify([{ issuer: "tesla", order: { type: "noop", month } }]) })),
        ended: [],
      }, "p1", now + 60_000);
      await a.writeJournal({ rooms: [], months: [{ id: "r1", month: 3, orders: "[]", snapshot: '{"state":{"month":3}}' }], ended: [] }, "p1", now + 60_000);
      const e = await b.loadJournal("r1");
      expect(e?.snapshot).toEqual({ month: 3, state: '{"state":{"month":3}}' });
      expect(e?.kind).toBe("match");
      expect(e?.months.map((m) => m.month)).toEqual([0, 1, 2, 3]);
      expect(JSON.parse(e!.months[1].orders)[0].order.month).toBe(1);
      const list = await b.listJournal();
      expect(list.filter((r) => r.owner === "p1").map((r) => r.id).sort()).toEqual(["c1", "r1"]);
      expect((await a.renewLeases("p1", now + 120_000)).sort()).toEqual(["c1", "r1"]);
      // A live lease: nobody else may claim it.
      expect(await b.claimJournal("r1", "p2", now, now + 10_000)).toBe(false);
      await a.releaseLeases("p1");
      expect((await b.listJournal()).find((r) => r.id === "r1")?.leaseUntil).toBe(0);
      await a.writeJournal({ rooms: [], months: [], ended: ["c1"] }, "p1", now);
      expect(await b.loadJournal("c1")).toBeNull();
    });

    it("a room taken over is not written by its old owner any more", async () => {
      const now = Date.now();
      await a.writeJournal({ rooms: [{ id: "r2", kind: "match", meta: '{"by":"p1"}' }], months: [{ id: "r2", month: 0, orders: "[]" }], ended: [] }, "p1", now - 1);
      expect(await b.claimJournal("r2", "p2", now, now + 10_000)).toBe(true);
      await a.writeJournal({ rooms: [{ id: "r2", kind: "match", meta: '{"by":"p1 again"}' }], months: [{ id: "r2", month: 1, orders: "[]" }], ended: ["r2"] }, "p1", now + 10_000);
      const e = await b.loadJournal("r2");
      expect(e?.meta).toBe('{"by":"p1"}');
      expect(e?.months.map((m) => m.month)).toEqual([0]);
      expect(await a.renewLeases("p1", now + 10_000)).not.toContain("r2");
      expect(await b.renewLeases("p2", now + 10_000)).toContain("r2");
    });

    it("a dead owner's room: of many claimers on two connections, exactly one wins", async () => {
      const now = Date.now();
      await a.writeJournal({ rooms: [{ id: "r3", kind: "match", meta: "{}" }], months: [], ended: [] }, "dead", now - 1);
      const claims = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).claimJournal("r3", `p${i}`, now, now + 10_000)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      const winner = `p${claims.indexOf(true)}`;
      expect((await a.listJournal()).find((r) => r.id === "r3")?.owner).toBe(winner);
    });

    it("parked rooms (solo matches kept for Continue) are claimed only as parked", async () => {
      const now = Date.now();
      await a.writeJournal({ rooms: [{ id: "r4", kind: "match", meta: "{}", parked: true }], months: [], ended: [] }, "p1", now + 10_000);
      const listed = (await b.listJournal()).find((r) => r.id === "r4");
      expect(listed?.parked).toBe(true);
      expect(listed?.leaseUntil).toBe(0);
      expect(await b.claimJournal("r4", "p2", now, now + 10_000)).toBe(false);
      expect(await b.claimJournal("r4", "p2", now, now + 10_000, true)).toBe(true);
      expect((await b.listJournal()).find((r) => r.id === "r4")?.parked).toBe(false);
    });
  });
}
