// Child process for the server benchmark: the real game server plus an
// event-loop monitor, reporting its figures to the parent over IPC. It also
// times each month (step + mirror) and each GC pause, so a lag spike can be told
// apart from the machine being busy with other work.
import { WebSocket } from "ws";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
const { startGameServer } = await import("../../server/game-server");
const { MatchHost } = await import("../../shared/index");
type MatchHost = InstanceType<typeof MatchHost>;

// 250 rooms × 4 clients from one address: the per-address rate limits are relaxed for this load test.
const server = await startGameServer({ port: 0, host: "127.0.0.1", dbPath: join(mkdtempSync(join(tmpdir(), "terrafab-bench-")), "bench.sqlite"), limits: "relaxed" });
// Event-loop lag: how late a 20 ms timer fires.
const INTERVAL = 20;
let samples: number[] = [];
let months: number[] = [];
let gcs: number[] = [];
let expected = performance.now() + INTERVAL;
setInterval(() => {
  const now = performance.now();
  samples.push(Math.max(0, now - expected));
  expected = now + INTERVAL;
}, INTERVAL);

const stepMonth = MatchHost.prototype.stepMonth;
MatchHost.prototype.stepMonth = function (this: MatchHost) {
  const t = performance.now();
  stepMonth.call(this);
  months.push(performance.now() - t);
};
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push(e.duration);
}).observe({ entryTypes: ["gc"] });

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
};
const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);
let cpu = process.cpuUsage();
let t0 = performance.now();

process.on("message", (m: { cmd: string }) => {
  if (m.cmd === "reset") {
    samples = [];
    months = [];
    gcs = [];
    cpu = process.cpuUsage();
    t0 = performance.now();
    process.send!({ reply: "reset" });
  } else if (m.cmd === "stats") {
    const used = process.cpuUsage(cpu);
    const wall = (performance.now() - t0) * 1000;
    process.send!({
      reply: "stats",
      p50: pct(samples, 50),
      p99: pct(samples, 99),
      max: max(samples),
      cpu: (used.user + used.system) / wall,
      rss: process.memoryUsage().rss,
      months: months.length,
      monthP99: pct(months, 99),
      monthMax: max(months),
      gcCount: gcs.length,
      gcMax: max(gcs),
      gcTotal: gcs.reduce((a, b) => a + b, 0),
    });
  } else if (m.cmd === "stop") {
    void server.close().then(() => process.exit(0));
  }
});
process.send!({ reply: "port", port: server.port });
