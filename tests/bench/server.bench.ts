// Server benchmark: many concurrent 4-player rooms at normal speed, driven by
// real SDK clients placing orders. Prints event-loop lag p50/p99, CPU, RSS and
// bytes received per client per second. Never fails.
// Target (2 cores): 250 rooms × 4 clients, p99 lag ≤ 20 ms, ≤ 2 KB/s per client.
import "../node-websocket";
import type { WebSocket } from "ws";
import { cpus, loadavg } from "node:os";
import { startServerChild } from "./server-child";

const { Client } = await import("@colyseus/sdk");

const ROOMS = Number(process.env.BENCH_ROOMS ?? 250);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const FACTIONS = ["tesla", "tsmc", "samsung", "china"] as const;

const server = await startServerChild();
const url = server.url;

let bytes = 0;
let orders = 0;
let refused = 0;
const rooms: Array<{ leave(): Promise<unknown>; send(t: string, m?: unknown): void }> = [];
function count(room: { connection: unknown }) {
  const ws = (room.connection as { transport: { ws: WebSocket } }).transport.ws;
  ws.addEventListener("message", (e: { data: unknown }) => {
    const d = e.data as ArrayBuffer | Buffer;
    bytes += (d as ArrayBuffer).byteLength ?? 0;
  });
}

const tJoin = performance.now();
for (let i = 0; i < ROOMS; i++) {
  const host = await new Client(url).create("match", { mode: "online", months: 120, speed: "normal", seed: i + 1, name: `H${i}`, faction: "tesla" });
  host.onMessage("*", () => {});
  host.onMessage("refused", () => refused++);
  count(host);
  rooms.push(host);
  for (const f of FACTIONS.slice(1)) {
    const p = await new Client(url).joinById(host.roomId, { name: `${f}${i}`, faction: f });
    p.onMessage("*", () => {});
    p.onMessage("refused", () => refused++);
    count(p);
    rooms.push(p);
  }
  host.send("start");
}
const joinSeconds = (performance.now() - tJoin) / 1000;
console.log(`server bench: ${ROOMS} rooms × 4 clients joined in ${joinSeconds.toFixed(1)} s; measuring ${SECONDS} s at normal speed (6 s a month)…`);

// Every client gives an order every ~3 s (spread out), like a busy player.
let k = 0;
const orderTimer = setInterval(() => {
  for (let j = 0; j < rooms.length / 30; j++) {
    const r = rooms[k++ % rooms.length];
    r.send("order", { type: "hire", engineers: 0.05, phds: 0 });
    orders++;
  }
}, 100);

bytes = 0;
await server.reset();
await new Promise((r) => setTimeout(r, SECONDS * 1000));
const stats = await server.stats();
clearInterval(orderTimer);
const perClient = bytes / rooms.length / SECONDS;
console.log(`  rooms ${ROOMS}, clients ${rooms.length}, orders sent ${orders} (${refused} refused)`);
console.log(`  event-loop lag p50 ${stats.p50.toFixed(1)} ms, p99 ${stats.p99.toFixed(1)} ms, max ${stats.max.toFixed(1)} ms (target p99 ≤ 20 ms)`);
console.log(`  server CPU ${(stats.cpu * 100).toFixed(0)} % of one core, RSS ${(stats.rss / 1048576).toFixed(0)} MB`);
console.log(`  months played ${stats.months}: step + mirror p99 ${stats.monthP99.toFixed(1)} ms, max ${stats.monthMax.toFixed(1)} ms; GC pauses ${stats.gcCount}, max ${stats.gcMax.toFixed(1)} ms, total ${stats.gcTotal.toFixed(0)} ms`);
console.log(`  machine load average ${loadavg().map((x) => x.toFixed(2)).join(" ")} on ${cpus().length} cores (other work on the machine shows up as lag)`);
console.log(`  received per client ${(perClient / 1024).toFixed(2)} KB/s (target ≤ 2 KB/s)`);
for (const r of rooms) void r.leave().catch(() => {});
await new Promise((r) => setTimeout(r, 1000));
await server.stop();
process.exit(0);
