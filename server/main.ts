import { WebSocket } from "ws"; // @ts-expect-error ws stands in for the browser WebSocket type
globalThis.WebSocket ??= WebSocket;
// Server entry: `npm start`. Serves the game on PORT (default 2567).
// The two lines above come first: Colyseus 0.18 reads the global WebSocket, and Node 20 has none.

const { startGameServer } = await import("./game-server");
const port = Number(process.env.PORT ?? 2567);
const dbPath = process.env.TERRAFAB_DB ?? "data/terrafab.sqlite";
// Test and demo hooks are server configuration, never client options:
// TERRAFAB_TICK_MS (ms a month, every match), TERRAFAB_CLASS_TICK_MS (class matches),
// TERRAFAB_RATE_LIMITS=relaxed (browser tests that open many rooms from one address),
// TERRAFAB_TRUST_PROXY=1 (behind a reverse proxy: the client address is X-Forwarded-For's first hop).
const envMs = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
const server = await startGameServer({
  port,
  dbPath,
  // DATABASE_URL=postgres://…: PostgreSQL instead of the SQLite file (see docs/deploy.md).
  databaseUrl: process.env.DATABASE_URL || undefined,
  // REDIS_URL=redis://…: several processes share matchmaking, lobby and codes; each says where
  // clients reach it (TERRAFAB_PUBLIC_ADDRESS, e.g. game.example.org/p1 behind nginx; default localhost:PORT).
  redisUrl: process.env.REDIS_URL || undefined,
  spread: process.env.TERRAFAB_SPREAD === "round-robin" ? "round-robin" : undefined,
  publicAddress: process.env.REDIS_URL ? (process.env.TERRAFAB_PUBLIC_ADDRESS || `localhost:${port}`) : undefined,
  tickMs: envMs("TERRAFAB_TICK_MS"),
  classTickMs: envMs("TERRAFAB_CLASS_TICK_MS"),
  limits: process.env.TERRAFAB_RATE_LIMITS === "relaxed" ? "relaxed" : undefined,
  trustProxy: process.env.TERRAFAB_TRUST_PROXY === "1",
  // TERRAFAB_LEASE_MS: how long this process's lease on its rooms lasts (tests shorten failover).
  leaseMs: envMs("TERRAFAB_LEASE_MS"),
});
console.log(`TerraFab is running: http://localhost:${server.port}/  (results in ${process.env.DATABASE_URL ? "PostgreSQL" : dbPath})`);

// TERRAFAB_LAG_LOG=ms: print this process's event-loop lag (p50/p99/max) every so many ms (benchmarks).
if (process.env.TERRAFAB_LAG_LOG) {
  const { monitorEventLoopDelay } = await import("node:perf_hooks");
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  setInterval(() => {
    console.log(`lag p50 ${(h.percentile(50) / 1e6).toFixed(1)} ms p99 ${(h.percentile(99) / 1e6).toFixed(1)} ms max ${(h.max / 1e6).toFixed(1)} ms`);
    h.reset();
  }, Number(process.env.TERRAFAB_LAG_LOG) || 10_000).unref();
}

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    // Live matches and classes are not ended: their clocks stop, the journal is written, clients
    // hear "server restarting" and reconnect by themselves to the next process, which resumes them.
    console.log(`${signal}: stopping clocks, saving the journal, telling clients the server is restarting…`);
    await server.restart();
    process.exit(0);
  });
}
