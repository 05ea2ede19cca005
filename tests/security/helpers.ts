// Shared by the security suite: raw HTTP on loopback, and a class set up to its start.
import { request } from "node:http";
import type { Room } from "@colyseus/sdk";
import { collect, until, type Harness } from "../server/harness";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request on 127.0.0.1; `chunked` sends the body without a Content-Length. */
export function raw(url: string, method: string, path: string, body?: string | Buffer, opts: { chunked?: boolean; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
    if (body !== undefined && !opts.chunked) headers["content-length"] = String(Buffer.byteLength(body));
    const req = request({ host: "127.0.0.1", port: Number(u.port), method, path, headers }, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
      res.on("error", reject);
    });
    // The server may answer 413 and close before the whole body is sent: that is the point.
    req.on("error", (err: NodeJS.ErrnoException) => (err.code === "EPIPE" || err.code === "ECONNRESET" ? undefined : reject(err)));
    if (body !== undefined) {
      if (opts.chunked) {
        const b = Buffer.isBuffer(body) ? body : Buffer.from(body);
        for (let i = 0; i < b.length; i += 4096) req.write(b.subarray(i, i + 4096));
      } else req.write(body);
    }
    req.end();
  });
}

export interface Assigned {
  matchId: string;
  faction: string;
  ticket: string;
}

export interface StartedClass {
  teacher: Room;
  code: string;
  teacherKey: string;
  classroomId: string;
  students: Room[];
  assigned: Map<Room, Assigned>;
}

/** A teacher and named students, started: every student has their `assigned`. */
export async function startClass(h: Harness, names: string[], options: Record<string, unknown> = {}): Promise<StartedClass> {
  const teacher = await h.client().create("classroom", { role: "teacher", months: 60, speed: "fast", seatSize: 1, ...options });
  teacher.onMessage("*", () => {});
  const keys = collect<{ code: string; teacherKey: string }>(teacher, "teacher");
  await until("the code and key", () => keys.length === 1);
  const { code, teacherKey } = keys[0];
  const found = await h.http<{ roomId: string }>(`/api/classrooms/by-code/${code}`);
  const students: Room[] = [];
  const assigned = new Map<Room, Assigned>();
  for (const name of names) {
    const s = await h.client().joinById(found.body.roomId, { code, name });
    s.onMessage("*", () => {});
    s.onMessage("assigned", (a: Assigned) => assigned.set(s, a));
    students.push(s);
  }
  await until("everyone on the roster", () => teacher.state.students.size === names.length);
  teacher.send("start");
  await until("everyone assigned", () => assigned.size === names.length);
  return { teacher, code, teacherKey, classroomId: found.body.roomId, students, assigned };
}

/** The SDK's rejection: its code and text. */
export async function rejection(p: Promise<unknown>): Promise<{ code: number; message: string } | null> {
  try {
    const room = (await p) as Room;
    await room.leave().catch(() => 0);
    return null;
  } catch (err) {
    const e = err as { code?: number; message?: string };
    return { code: Number(e.code ?? 0), message: String(e.message ?? "") };
  }
}

export async function leaveAll(rooms: Room[]): Promise<void> {
  await Promise.all(rooms.map((r) => Promise.race([r.leave().catch(() => 0), new Promise((res) => setTimeout(res, 1500))])));
}
