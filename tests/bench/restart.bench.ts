// Restart, failover and journal benchmark (`npm run bench:restart`). Prints figures, never fails.
//  1. The journal's cost in a month's step: the engine's month for many matches with and without the
//     journal call (what MatchRoom.tick adds), p50/p99; and the flush (off the clock) per month row,
//     on SQLite and on PostgreSQL.
//  2. Restart of a single process (SQLite): N solo matches with SDK clients, kill -9, a new process on
//     the same port; time until every client is back in its seat.
//  3. Failover of one of two processes (Redis + PostgreSQL): time from kill -9 until its clients are
//     back on the other.
//  4. Two processes + Redis + PostgreSQL under BENCH_LOAD_MATCHES (default 100) × 4 SDK clients at
//     normal speed: each process's event-loop lag p99, bytes per client a second (issue target: 500).
// Targets (issue 13): restart ≤ 10 s after the process is up; failover ≤ 15 s; journal ≤ 1 ms p99.
import "../node-websocket";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FACTION_IDS, botOrders, createMatch, type GameState } from "../../shared/index";
import { stepInPlace } from "../../shared/rules/step";
import { Journal, SNAPSHOT_MONTHS } from "../../server/storage/journal";
import type { JournalStore } from "../../server/storage/journal-store";
import { PgMatchStore } from "../../server/storage/pg-match-store";
import { SqliteMatchStore } from "../../server/storage/sqlite-match-store";

const { Client } = await import("@colyseus/sdk");
const { boot, freePort, stop } = await import("../scale/procs");
const { Seat } = await import("../scale/seat");
const { startPostgres, startRedis } = await import("../scale/services");

const MATCHES = Number(process.env.BENCH_MATCHES ?? 40);
const JOURNAL_MATCHES = Number(process.env.BENCH_JOURNAL_MATCHES ?? 100);
const JOURNAL_MONTHS = Number(process.env.BENCH_JOURNAL_MONTHS ?? 36);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const ms = (x: number) => `${x.toFixed(3)} ms`;
const until = async (what: string, cond: () => boolean, timeoutMs: number) => {
  const t = Date.now();
  while (!cond()) {
    if (Date.now() - t > timeoutMs) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

// ——— 1. the journal in a month's step ———
async function journalCost(name: string, store: JournalStore): Promise<void> {
  const journal = new Journal(store, { owner: `bench-${name}` });
  const flushes: Array<{ ms: number; rows: number }> = [];
  const write = store.writeJournal.bind(store);
  store.writeJournal = async (batch, owner, lease) => {
    const t = performance.now();
    await write(batch, owner, lease);
    flushes.push({ ms: performance.now() - t, rows: batch.months.length });
  };
  const games: GameState[] = [];
  for (let i = 0; i < JOURNAL_MATCHES; i++) {
    games.push(createMatch({ seed: i + 1, months: 120, events: true, difficulty: "normal" }));
    journal.touch(`m${i}`, "match", () => ({ v: 1, seed: i + 1 }));
  }
  await journal.flush();
  flushes.length = 0;
  const plain: number[] = [];
  const call: number[] = [];
  for (let month = 0; month < JOURNAL_MONTHS; month++) {
    for (let i = 0; i < games.length; i++) {
      const orders = FACTION_IDS.flatMap((f) => botOrders(games[i], f, "normal").map((order) => ({ issuer: f, order })));
      const replay = orders.map((o) => ({ month, issuer: o.issuer, order: o.order }));
      // What tick() adds to the month: the journal call (and, every 12 months, a reference to the
      // state for the snapshot; the room's step() leaves that object unchanged, serialised at the flush).
      const c0 = performance.now();
      const snapshot = games[i].month > 0 && games[i].month % SNAPSHOT_MONTHS === 0 ? { state: structuredClone(games[i]), deck: [] } : undefined;
      const c1 = performance.now();
      journal.month(`m${i}`, month, replay.slice(0), snapshot);
      call.push(performance.now() - c1 + (snapshot ? 0 : c1 - c0));
      const t = performance.now();
      games[i] = stepInPlace(games[i], orders).state;
      plain.push(performance.now() - t);
    }
    // Between months the server's flush timer writes what the rooms handed over.
    await journal.flush();
  }
  const rows = flushes.reduce((n, f) => n + f.rows, 0);
  const flushMs = flushes.reduce((n, f) => n + f.ms, 0);
  console.log(`journal on ${name}: ${JOURNAL_MATCHES} matches × ${JOURNAL_MONTHS} months`);
  console.log(`  the engine's month itself (for scale): p50 ${ms(pct(plain, 50))}, p99 ${ms(pct(plain, 99))}`);
  console.log(`  the journal call in the step (what tick() adds): p50 ${ms(pct(call, 50))}, p99 ${ms(pct(call, 99))}, max ${ms(Math.max(...call))}`);
  console.log(`  flush, off the clock (a timer every 100 ms in the server; wall time, PostgreSQL's mostly waiting on the socket): ${flushes.length} flushes of ${JOURNAL_MATCHES} month rows, p99 ${ms(pct(flushes.map((f) => f.ms), 99))} per flush = ${ms(flushMs / Math.max(1, rows))} per month row`);
  await journal.freeze(false);
}

// ——— 2. restart of a single process ———
async function restart(): Promise<void> {
  const dbPath = join(mkdtempSync(join(tmpdir(), "terrafab-bench-restart-")), "db.sqlite");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { TERRAFAB_DB: dbPath, TERRAFAB_TICK_MS: "600", TERRAFAB_LEASE_MS: "3000" };
  const first = boot(port, env);
  await first.up();
  const seats: Array<InstanceType<typeof Seat>> = [];
  for (let i = 0; i < MATCHES; i++) seats.push(new Seat(await new Client(url).create("match", { mode: "solo", faction: FACTION_IDS[i % 4], months: 180, seed: 100 + i, name: `B${i}` }), () => [url]));
  await until("every match past a snapshot", () => seats.every((s) => s.month() >= 14), 120_000);
  first.proc.kill("SIGKILL");
  await first.exited;
  const spawnAt = Date.now();
  const second = boot(port, env);
  await second.up();
  const upAt = Date.now();
  const back = () => seats.filter((s) => s.rejoined + s.reconnected > 0 && s.room.connection?.isOpen === true).length;
  await until("every client back", () => back() === seats.length, 120_000).catch((err) => {
    console.log(`${back()} of ${seats.length} back; left: ${seats.map((s) => s.left).filter((x) => x !== null).join(",")}`);
    if (process.env.BENCH_LOG) writeFileSync(process.env.BENCH_LOG, `${first.output()}\n--- second ---\n${second.output()}`);
    throw err;
  });
  const backAt = Date.now();
  const resumed = (second.output().match(/resumed match/g) ?? []).length;
  console.log(`restart (kill -9, SQLite, lease 3 s): ${MATCHES} matches, ${resumed} resumed; process up ${upAt - spawnAt} ms after spawn; every client back in its seat ${backAt - upAt} ms after it was up (${backAt - spawnAt} ms after spawn)`);
  for (const s of seats) await s.room.leave().catch(() => {});
  await stop(second);
}

// ——— 3. failover of one of two processes ———
async function failover(): Promise<void> {
  const redis = await startRedis();
  const pg = await startPostgres();
  try {
    const ports = [await freePort(), await freePort()];
    const procs = ports.map((port) => boot(port, {
      REDIS_URL: redis.url, DATABASE_URL: pg.url, TERRAFAB_PUBLIC_ADDRESS: `127.0.0.1:${port}`,
      TERRAFAB_TICK_MS: "600", TERRAFAB_LEASE_MS: "6000", TERRAFAB_SPREAD: "round-robin",
    }));
    await Promise.all(procs.map((p) => p.up()));
    const urls = () => procs.map((p) => p.url);
    const seats: Array<InstanceType<typeof Seat>> = [];
    for (let i = 0; i < MATCHES; i++) seats.push(new Seat(await new Client(procs[i % 2].url).create("match", { mode: "solo", faction: FACTION_IDS[i % 4], months: 180, seed: 200 + i, name: `F${i}` }), urls));
    await until("every match running", () => seats.every((s) => s.month() >= 3), 120_000);
    const portOf = (s: (typeof seats)[number]) => Number(/:(\d+)\//.exec(String((s.room as unknown as { connection: { transport: { ws: { url: string } } } }).connection.transport.ws.url))?.[1]);
    const victims = seats.filter((s) => portOf(s) === procs[0].port);
    const killedAt = Date.now();
    procs[0].proc.kill("SIGKILL");
    await procs[0].exited;
    await until("the dead process's clients are back", () => victims.every((s) => s.rejoined > 0 && s.room.connection?.isOpen === true), 120_000);
    const back = Date.now() - killedAt;
    console.log(`failover (kill -9 of one of two processes, Redis + PostgreSQL, lease 6 s): ${victims.length} matches moved; every client back on the other process ${back} ms after the kill`);
    for (const s of seats) await s.room.leave().catch(() => {});
    for (const p of procs) await stop(p);
  } finally {
    await redis.stop();
    await pg.stop();
  }
}

// ——— 4. two processes under load ———
const LOAD_MATCHES = Number(process.env.BENCH_LOAD_MATCHES ?? 100);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 40);
async function load(): Promise<void> {
  if (LOAD_MATCHES <= 0) return;
  const redis = await startRedis();
  const pg = await startPostgres();
  try {
    const ports = [await freePort(), await freePort()];
    const procs = ports.map((port) => boot(port, {
      REDIS_URL: redis.url, DATABASE_URL: pg.url, TERRAFAB_PUBLIC_ADDRESS: `127.0.0.1:${port}`, TERRAFAB_SPREAD: "round-robin", TERRAFAB_LAG_LOG: "5000",
    }));
    await Promise.all(procs.map((p) => p.up()));
    let bytes = 0;
    const rooms: Array<{ leave(): Promise<unknown> }> = [];
    const count = (room: unknown) => {
      const ws = (room as { connection: { transport: { ws: { addEventListener(t: string, f: (e: { data: ArrayBuffer }) => void): void } } } }).connection.transport.ws;
      ws.addEventListener("message", (e) => (bytes += e.data?.byteLength ?? 0));
    };
    for (let i = 0; i < LOAD_MATCHES; i++) {
      const host = await new Client(procs[i % 2].url).create("match", { mode: "online", months: 120, speed: "normal", seed: 300 + i, name: `L${i}`, faction: "tesla" });
      host.onMessage("*", () => {});
      count(host);
      rooms.push(host);
      for (const f of ["tsmc", "samsung", "china"] as const) {
        const p = await new Client(procs[(i + 1) % 2].url).joinById(host.roomId, { name: `${f}${i}`, faction: f });
        p.onMessage("*", () => {});
        count(p);
        rooms.push(p);
      }
      host.send("start", {});
    }
    const marks = procs.map((p) => p.output().length);
    bytes = 0;
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, LOAD_SECONDS * 1000));
    const secs = (Date.now() - t0) / 1000;
    const lags = procs.map((p, i) => [...p.output().slice(marks[i]).matchAll(/lag p50 ([\d.]+) ms p99 ([\d.]+) ms max ([\d.]+) ms/g)].map((m) => Number(m[2])));
    console.log(`2 processes + Redis + PostgreSQL, ${LOAD_MATCHES} matches × 4 SDK clients at normal speed for ${secs.toFixed(0)} s (clients spread over both):`);
    lags.forEach((l, i) => console.log(`  process ${i + 1}: event-loop lag p99 per 5 s window: ${l.map((x) => x.toFixed(1)).join(", ")} ms (worst ${Math.max(...l).toFixed(1)} ms)`));
    console.log(`  bytes received per client: ${(bytes / rooms.length / secs / 1024).toFixed(2)} KB/s`);
    for (const r of rooms) await r.leave().catch(() => {});
    for (const p of procs) await stop(p);
  } finally {
    await redis.stop();
    await pg.stop();
  }
}

const only = process.env.BENCH_ONLY ?? "";
if (only === "restart" || only === "failover" || only === "load") {
  await { restart, failover, load }[only]();
  process.exit(0);
}
const sqlitePath = join(mkdtempSync(join(tmpdir(), "terrafab-bench-journal-")), "j.sqlite");
const sqlite = new SqliteMatchStore(sqlitePath);
await journalCost("SQLite", sqlite);
sqlite.close();
const pgService = await startPostgres().catch((err) => (console.log(`PostgreSQL: ${(err as Error).message}`), null));
if (pgService) {
  const pgStore = await PgMatchStore.open(pgService.url);
  await journalCost("PostgreSQL", pgStore);
  await pgStore.close();
  await pgService.stop();
}
await restart();
await failover();
await load();
process.exit(0);
