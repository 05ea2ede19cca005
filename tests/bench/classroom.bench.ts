// Classroom benchmark: one class of 60 students (15 matches of four) at normal
// speed. Prints event-loop lag p50/p99, CPU, RSS, and the time from the teacher's
// "start" until every student is in their match and playing (and until every
// student sees the next month). Never fails. Target: p99 ≤ 20 ms, start-to-play ≤ 3 s.
import "../node-websocket";
import { startServerChild } from "./server-child";

const { Client } = await import("@colyseus/sdk");

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 60);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);

const server = await startServerChild();
const url = server.url;

const teacher = await new Client(url).create("classroom", { role: "teacher", months: 120, speed: "normal", seatSize: 1 });
teacher.onMessage("*", () => {});
const code = await new Promise<string>((resolve) => teacher.onMessage("teacher", (m: { code: string }) => resolve(m.code)));
const { roomId } = (await (await fetch(`${url}/api/classrooms/by-code/${code}`)).json()) as { roomId: string };

const playing: number[] = [];
const nextMonth: number[] = [];
let t0 = 0;
const rooms: Array<{ leave(): Promise<unknown> }> = [teacher];
const joins: Array<Promise<void>> = [];
for (let i = 0; i < STUDENTS; i++) {
  const student = await new Client(url).joinById(roomId, { code, name: `S${i + 1}` });
  student.onMessage("*", () => {});
  rooms.push(student);
  student.onMessage("assigned", (a: { matchId: string; faction: string; ticket: string }) => {
    joins.push((async () => {
      // A class seat is taken with the single-use ticket the class hands out, as the class page does.
      const m = await new Client(url).joinById(a.matchId, { ticket: a.ticket });
      m.onMessage("*", () => {});
      rooms.push(m);
      let sawPlay = false;
      let sawNext = false;
      const check = () => {
        if (!sawPlay && m.state.status === "running") {
          sawPlay = true;
          playing.push(performance.now() - t0);
        }
        if (!sawNext && m.state.month >= 1) {
          sawNext = true;
          nextMonth.push(performance.now() - t0);
        }
      };
      m.onStateChange(check);
      check();
    })());
  });
}

await server.reset();
t0 = performance.now();
teacher.send("start");
const deadline = Date.now() + 60_000;
while ((playing.length < STUDENTS || nextMonth.length < STUDENTS) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
await new Promise((r) => setTimeout(r, SECONDS * 1000));
const stats = await server.stats();
const worst = (xs: number[]) => (xs.length ? Math.max(...xs) / 1000 : NaN);
console.log(`classroom bench: ${STUDENTS} students, ${teacher.state.matches.size} matches, normal speed (6 s a month), ${SECONDS} s measured`);
console.log(`  start → every student in their match and playing: ${worst(playing).toFixed(2)} s (${playing.length}/${STUDENTS}; target ≤ 3 s)`);
console.log(`  start → every student sees the next month: ${worst(nextMonth).toFixed(2)} s (one month at normal speed is 6 s)`);
console.log(`  event-loop lag p50 ${stats.p50.toFixed(1)} ms, p99 ${stats.p99.toFixed(1)} ms, max ${stats.max.toFixed(1)} ms (target p99 ≤ 20 ms)`);
console.log(`  server CPU ${(stats.cpu * 100).toFixed(0)} % of one core, RSS ${(stats.rss / 1048576).toFixed(0)} MB`);
await Promise.all(rooms.map((r) => Promise.race([r.leave().catch(() => 0), new Promise((res) => setTimeout(res, 1000))])));
await server.stop();
process.exit(0);
