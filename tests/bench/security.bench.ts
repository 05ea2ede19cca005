// Security benchmark: the figures issue 10 asks for, measured against a real server in a
// child process (real limits) with real SDK clients and HTTP on 127.0.0.1. Prints them; never fails.
//  - RSS growth for 1 MB bodies (target ≤ 10 MB)
//  - time to disconnect a paced 400 msg/s flood and an undecodable-frame flood (target ≤ 2 s each),
//    while a control match keeps ticking, with /health p99 (target ≤ 50 ms)
//  - lockouts of a real student after 60 join-and-leave cycles (target 0)
//  - seats taken without a ticket (target 0)
//  - results stored for 16 matches when the first save of each fails (target 16/16)
import "../node-websocket";
import { fork } from "node:child_process";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { childIpc } from "./child-ipc";

const { Client } = await import("@colyseus/sdk");
type Room = Awaited<ReturnType<InstanceType<typeof Client>["create"]>>;

const child = fork(fileURLToPath(new URL("./security-server.ts", import.meta.url)), { execArgv: ["--import", "tsx"], stdio: ["ignore", "ignore", "ignore", "ipc"] });
const { reply, ask } = childIpc(child);
const { port } = await reply<{ port: number }>("port");
const url = `http://127.0.0.1:${port}`;
const client = () => new Client(url);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, ms = 60_000): Promise<boolean> {
  const t = Date.now();
  while (!cond()) {
    if (Date.now() - t > ms) return false;
    await sleep(10);
  }
  return true;
}
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
};
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);

function post(path: string, body: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, method: "POST", path, headers: { "content-type": "application/json", "content-length": String(body.length) } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(-1));
    req.end(body);
  });
}

// 1. Oversize bodies.
const before = (await ask<{ rss: number }>("rss")).rss;
const body = Buffer.from(JSON.stringify({ mode: "online", pad: "x".repeat(1024 * 1024) }));
const statuses = await Promise.all(Array.from({ length: 8 }, () => post("/matchmake/create/match", body)));
await sleep(500);
const after = (await ask<{ rss: number }>("rss")).rss;
console.log(`1 MB bodies: 8 at once → ${statuses.join(", ")}; server RSS ${mb(before)} → ${mb(after)} MB (growth ${mb(Math.max(0, after - before))} MB; target ≤ 10)`);

// 2. Floods, while a control match ticks and /health is polled.
const control = await client().create("match", { mode: "online", months: 180, seed: 1, name: "Control" });
control.onMessage("*", () => {});
control.send("start");
await until(() => control.state.status === "running");
const health: number[] = [];
let polling = true;
const poller = (async () => {
  while (polling) {
    const t = performance.now();
    await fetch(`${url}/health`).then((r) => r.text()).catch(() => "");
    health.push(performance.now() - t);
    await sleep(20);
  }
})();

async function floodTime(label: string, send: (r: Room) => void): Promise<void> {
  const host = await client().create("match", { mode: "online", months: 60, seed: 2, name: "Host" });
  host.onMessage("*", () => {});
  host.send("start");
  const room = await client().joinById(host.roomId, { name: "Flood", faction: "tsmc" });
  room.onMessage("*", () => {});
  room.reconnection.enabled = false;
  let code = 0;
  let closedAt = 0;
  room.onLeave((c: number) => {
    code = c;
    closedAt = performance.now();
  });
  const monthBefore = control.state.month;
  const t0 = performance.now();
  let sent = 0;
  // Paced: 4 frames every 10 ms = 400 a second, for at most 10 s.
  while (code === 0 && performance.now() - t0 < 10_000) {
    for (let i = 0; i < 4 && room.connection.isOpen; i++, sent++) send(room);
    await sleep(10);
  }
  await until(() => code !== 0, 5000);
  console.log(`${label}: ${sent} frames at 400/s → closed ${code} after ${code ? ((closedAt - t0) / 1000).toFixed(2) : "never"} s (target ≤ 2 s); control match month ${monthBefore} → ${control.state.month}`);
  await host.leave().catch(() => 0);
}
await floodTime("paced 400 msg/s flood", (r) => r.send("ready", { ready: true }));
const UNDECODABLE_REQUEST = Uint8Array.from([21, 1, 0xa5, ...Buffer.from("order"), 0xd9, 0xff]);
await floodTime("undecodable-frame flood", (r) => r.connection.send(UNDECODABLE_REQUEST));
const monthAtEnd = control.state.month;
await sleep(1000);
polling = false;
await poller;
console.log(`/health during the floods: ${health.length} polls, p50 ${pct(health, 50).toFixed(1)} ms, p99 ${pct(health, 99).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms (target p99 ≤ 50); control match still ticking: ${control.state.month > monthAtEnd}`);
await control.leave();

// 3. 60 join-and-leave cycles, then a real student.
{
  const teacher = await client().create("classroom", { role: "teacher", months: 60, seatSize: 1 });
  teacher.onMessage("*", () => {});
  const creds = await new Promise<{ code: string }>((r) => teacher.onMessage("teacher", r));
  const { roomId } = await (await fetch(`${url}/api/classrooms/by-code/${creds.code}`)).json() as { roomId: string };
  let cycleFailures = 0;
  for (let i = 0; i < 60; i++) {
    try {
      const s = await client().joinById(roomId, { code: creds.code, name: `cycle${i}` });
      await s.leave(true);
    } catch {
      cycleFailures += 1;
    }
  }
  await until(() => teacher.state.students.size === 0, 5000);
  const rosterAfter = teacher.state.students.size;
  let lockouts = 0;
  try {
    const real = await client().joinById(roomId, { code: creds.code, name: "Real" });
    await real.leave(true);
  } catch {
    lockouts = 1;
  }
  console.log(`60 join-and-leave cycles (${cycleFailures} refused): roster after ${rosterAfter}; real students locked out: ${lockouts} (target 0)`);
  await teacher.leave();
}

// 4. Seats without a ticket.
{
  const teacher = await client().create("classroom", { role: "teacher", months: 60, seatSize: 1, factions: ["tesla", "tsmc"] });
  teacher.onMessage("*", () => {});
  const creds = await new Promise<{ code: string }>((r) => teacher.onMessage("teacher", r));
  const { roomId } = await (await fetch(`${url}/api/classrooms/by-code/${creds.code}`)).json() as { roomId: string };
  const assigned = new Map<Room, { matchId: string; faction: string; ticket: string }>();
  const students: Room[] = [];
  for (const name of ["Ana", "Ben", "Cai"]) {
    const s = await client().joinById(roomId, { code: creds.code, name });
    s.onMessage("*", () => {});
    s.onMessage("assigned", (a: { matchId: string; faction: string; ticket: string }) => assigned.set(s, a));
    students.push(s);
  }
  await until(() => teacher.state.students.size === 3);
  teacher.send("start");
  await until(() => assigned.size === 3);
  const [ana, ben] = students;
  const a = assigned.get(ana)!;
  // The four joins of the report: a classmate's faction with their student id, a bot's faction, another match, an outsider.
  const attempts = [
    () => client().joinById(a.matchId, { name: "Ben", faction: a.faction, student: ana.sessionId }),
    () => client().joinById(a.matchId, { name: "Ben", faction: "samsung" }),
    () => client().joinById([...assigned.values()].find((x) => x.matchId !== a.matchId)?.matchId ?? a.matchId, { name: "Ben", student: ben.sessionId }),
    () => client().joinById(a.matchId, { name: "Eve" }),
    () => client().joinById(a.matchId, { name: "Eve", spectator: true }),
  ];
  let taken = 0;
  for (const attempt of attempts) {
    try {
      const r = await attempt();
      taken += 1;
      await r.leave();
    } catch {
      /* refused */
    }
  }
  // A used ticket, replayed.
  const own = await client().joinById(a.matchId, { ticket: a.ticket });
  try {
    const again = await client().joinById(a.matchId, { ticket: a.ticket });
    taken += 1;
    await again.leave();
  } catch {
    /* refused */
  }
  console.log(`seats taken without a ticket: ${taken} of ${attempts.length + 1} attempts (target 0)`);
  await own.leave();
  await Promise.all([...students, teacher].map((r) => r.leave().catch(() => 0)));
}

// 5. 16 matches whose first save fails.
{
  const ended = new Map<string, boolean>();
  const rooms: Room[] = [];
  for (let i = 0; i < 16; i++) {
    const r = await client().create("match", { mode: "solo", faction: "tesla", months: 60, seed: 100 + i, name: `S${i}` });
    r.onMessage("*", () => {});
    r.onMessage("ended", (m: { matchId: string }) => ended.set(m.matchId, true));
    rooms.push(r);
  }
  await until(() => ended.size === 16, 600_000);
  const sick = await (await fetch(`${url}/health`)).json();
  let stored = 0;
  await until(() => false, 2500); // the first retry comes after 1 s
  for (const id of ended.keys()) if ((await fetch(`${url}/api/matches/${id}`)).status === 200) stored += 1;
  const healthAfter = await (await fetch(`${url}/health`)).json();
  const { failures } = await ask<{ failures: number }>("rss");
  console.log(`16 matches, first save of each fails (${failures} failures): 'ended' received ${ended.size}/16; /health right after: ${JSON.stringify(sick)}; results stored ${stored}/16 (target 16/16); /health after the retries: ${JSON.stringify(healthAfter)}`);
  await Promise.all(rooms.map((r) => r.leave().catch(() => 0)));
}

await ask("stop").catch(() => 0);
child.kill();
process.exit(0);
