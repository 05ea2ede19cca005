// Child process for the server benchmark: the real game server plus an
// event-loop monitor, reporting its figures to the parent over IPC.
import { WebSocket } from "ws";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
const { startGameServer } = await import("../../server/game-server");

const server = await startGameServer({ port: 0, host: "127.0.0.1", dbPath: join(mkdtempSync(join(tmpdir(), "terrafab-bench-")), "bench.sqlite") });
// Event-loop lag: how late a 20 ms timer fires.
const INTERVAL = 20;
let samples: number[] = [];
let expected = performance.now() + INTERVAL;
setInterval(() => {
  const now = performance.now();
  samples.push(Math.max(0, now - expected));
  expected = now + INTERVAL;
}, INTERVAL);
const pct = (p: number) => {
  const s = [...samples].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
};
let cpu = process.cpuUsage();
let t0 = performance.now();

process.on("message", (m: { cmd: string }) => {
  if (m.cmd === "reset") {
    samples = [];
    cpu = process.cpuUsage();
    t0 = performance.now();
    process.send!({ reply: "reset" });
  } else if (m.cmd === "stats") {
    const used = process.cpuUsage(cpu);
    const wall = (performance.now() - t0) * 1000;
    process.send!({
      reply: "stats",
      p50: pct(50),
      p99: pct(99),
      max: Math.max(0, ...samples),
      cpu: (used.user + used.system) / wall,
      rss: process.memoryUsage().rss,
    });
  } else if (m.cmd === "stop") {
    void server.close().then(() => process.exit(0));
  }
});
process.send!({ reply: "port", port: server.port });
