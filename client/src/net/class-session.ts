// The client's door to a class (room `classroom`): the teacher's control of it and a
// student's place in it. Like colyseus-backend.ts it is part of the net layer — screens
// subscribe to `classSession` and never touch the SDK. Docs: docs/api.md, "Classroom".
import type { Room } from "@colyseus/sdk";
import { CLOSE_RESUMED, FACTION_IDS, type FactionId, type LimitingFactor } from "../../../shared/index";
import { Emitter } from "../app/emitter";
import { keepTrying, rejoin, sdk } from "./colyseus-backend";
import { apiBase } from "./endpoint";
import { TooManyRequests, retryAfterOf } from "./join-error";

export { retryAfterOf };

export interface ClassStudent { id: string; name: string; connected: boolean; matchId: string; faction: FactionId | null }
export interface ClassSeat { limitingFactor: LimitingFactor; score: number; milestones: number; students: string; controller: string }
export interface ClassMatch { id: string; month: number; status: string; winner: string; factions: Record<FactionId, ClassSeat> }
export interface ClassView {
  code: string;
  status: "waiting" | "running" | "paused" | "ended";
  speed: string;
  months: number;
  seatSize: number;
  factions: FactionId[];
  events: boolean;
  difficulty: string;
  split: string;
  teachersOnline: number;
  inStep: boolean;
  students: ClassStudent[];
  matches: ClassMatch[];
}
export interface ClassOptions { months: 60 | 120 | 180; speed: "slow" | "normal" | "fast"; seatSize: number; factions: FactionId[]; events: boolean; difficulty: "easy" | "normal" | "hard" }
/** Where the class put this student, with the single-use seat ticket for that seat (sent to this student alone). */
export interface Assignment { matchId: string; faction: FactionId; ticket: string }
export interface QuickMessage { from: string; faction: FactionId; id: string }
export interface ClassRefusal { code: string; reason: string; key?: string; command?: string; params?: Record<string, string | number> }

interface Events extends Record<string, unknown> {
  view: ClassView;
  assigned: Assignment;
  quick: QuickMessage;
  refused: ClassRefusal;
  ended: { code: string };
  /** The class connection is gone for good (removed, class over, server gone). */
  closed: { code: number };
}

const TEACHER_KEY = "terrafab.teach";
const STUDENT_KEY = "terrafab.class";

interface SavedTeacher { code: string; key: string }
interface SavedStudent { token: string; code: string; name: string }

function load<T>(storage: Storage, key: string): T | null {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}
function store(storage: Storage, key: string, value: unknown): void {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
  } catch {
    // storage unavailable: no silent return after a refresh
  }
}

/** A MapSchema as the SDK gives it. */
interface SchemaMap<T> { forEach?(fn: (value: T, id: string) => void): void; get?(id: string): T | undefined }
type SchemaSeat = Partial<ClassSeat>;
interface SchemaStudent { name: string; connected: boolean; matchId: string; faction: string }
interface SchemaMatch { month: number; status: string; winner: string; factions?: SchemaMap<SchemaSeat> }
/** The classroom room's state (server/rooms/classroom-schema.ts). */
type SchemaClass = Omit<ClassView, "factions" | "inStep" | "students" | "matches"> & {
  factions?: string; inStep?: unknown; students?: SchemaMap<SchemaStudent>; matches?: SchemaMap<SchemaMatch>;
};

function toView(state: unknown): ClassView {
  const s = state as SchemaClass;
  const students: ClassStudent[] = [];
  s.students?.forEach?.((v, id) => students.push({ id, name: v.name, connected: v.connected, matchId: v.matchId, faction: (v.faction || null) as FactionId | null }));
  const matches: ClassMatch[] = [];
  s.matches?.forEach?.((m, id) => {
    const factions = {} as Record<FactionId, ClassSeat>;
    for (const f of FACTION_IDS) {
      const x = m.factions?.get?.(f);
      factions[f] = { limitingFactor: (x?.limitingFactor ?? "none") as LimitingFactor, score: x?.score ?? 0, milestones: x?.milestones ?? 0, students: x?.students ?? "", controller: x?.controller ?? "bot" };
    }
    matches.push({ id, month: m.month, status: m.status, winner: m.winner, factions });
  });
  return {
    code: s.code, status: s.status, speed: s.speed, months: s.months, seatSize: s.seatSize,
    factions: String(s.factions ?? "").split(",").filter(Boolean) as FactionId[],
    events: s.events, difficulty: s.difficulty, split: s.split, teachersOnline: s.teachersOnline, inStep: Boolean(s.inStep),
    students, matches,
  };
}

/** The class with this code: its room id, or null. */
async function roomOf(code: string): Promise<string | null> {
  const clean = code.trim().toUpperCase();
  if (!/^[A-Z0-9]{6}$/.test(clean)) return null;
  const res = await fetch(`${apiBase()}/api/classrooms/by-code/${clean}`).catch(() => null);
  if (res?.status === 429) throw new TooManyRequests(Number(res.headers.get("retry-after")) || 30);
  if (!res?.ok) return null;
  return ((await res.json()) as { roomId: string }).roomId;
}

class ClassSession {
  readonly events = new Emitter<Events>();
  role: "teacher" | "student" | null = null;
  view: ClassView | null = null;
  code = "";
  /** The teacher's key (never shown to students; kept in this browser's localStorage). */
  key = "";
  name = "";
  assignment: Assignment | null = null;
  private room: Room | null = null;
  private leaving = false;

  on<K extends keyof Events>(event: K, fn: (payload: Events[K]) => void): () => void {
    return this.events.on(event, fn);
  }

  get active(): boolean {
    return this.room !== null;
  }

  private attach(room: Room): void {
    this.room = room;
    this.leaving = false;
    room.reconnection.enabled = true;
    keepTrying(room);
    room.onStateChange((state: unknown) => {
      this.view = toView(state);
      this.events.emit("view", this.view);
    });
    // The first state can arrive before this listener (while the teacher waits for the class's
    // credentials): take it now, or the page shows defaults (speed "slow") until something changes.
    if ((room.state as { code?: string } | undefined)?.code) {
      this.view = toView(room.state);
      this.events.emit("view", this.view);
    }
    room.onMessage("assigned", (a: Assignment) => {
      this.assignment = a;
      this.events.emit("assigned", a);
    });
    room.onMessage("quick", (q: QuickMessage) => this.events.emit("quick", q));
    room.onMessage("refused", (r: ClassRefusal) => this.events.emit("refused", r));
    room.onMessage("ended", (e: { code: string }) => this.events.emit("ended", e));
    room.onMessage("*", () => undefined);
    room.onReconnect(() => {
      if (this.role === "student") store(sessionStorage, STUDENT_KEY, { token: room.reconnectionToken, code: this.code, name: this.name });
    });
    room.onLeave((code: number) => {
      if (this.room !== room) return;
      // The server restarted (or its own retries ran out): the place is taken back afresh with the kept token.
      if (!this.leaving && (code === CLOSE_RESUMED || code === 4003)) {
        void rejoin(room.reconnectionToken).then(
          (again) => {
            if (this.leaving || this.room !== room) return void again.leave(true).catch(() => undefined);
            if (this.role === "student") store(sessionStorage, STUDENT_KEY, { token: again.reconnectionToken, code: this.code, name: this.name });
            this.attach(again);
          },
          () => {
            if (this.room !== room) return;
            this.room = null;
            if (this.role === "student") store(sessionStorage, STUDENT_KEY, null);
            this.events.emit("closed", { code });
          },
        );
        return;
      }
      this.room = null;
      // Removed by the teacher, or the class is gone: nothing to come back to.
      if (!this.leaving && this.role === "student" && code !== 4000) store(sessionStorage, STUDENT_KEY, null);
      if (!this.leaving) this.events.emit("closed", { code });
    });
  }

  /** A new class: the server answers with its code and the teacher key (shown only this once). */
  async createClass(options: ClassOptions): Promise<{ code: string; key: string }> {
    await this.leave();
    const room = await sdk().create("classroom", { role: "teacher", ...options });
    const creds = await new Promise<{ code: string; teacherKey: string }>((resolve, reject) => {
      room.onMessage("teacher", resolve);
      setTimeout(() => reject(new Error("no answer from the server")), 10_000);
    });
    this.role = "teacher";
    this.code = creds.code;
    this.key = creds.teacherKey;
    store(localStorage, TEACHER_KEY, { code: this.code, key: this.key } satisfies SavedTeacher);
    this.attach(room);
    return { code: this.code, key: this.key };
  }

  /** Take control of a class again with its code and key (a refresh, another computer). */
  async reopen(code: string, key: string): Promise<"ok" | "no-class" | "wrong-key" | "busy"> {
    await this.leave();
    const found = await this.lookUp(code);
    if (found === "busy") return "busy";
    if (!found.roomId) return "no-class";
    try {
      const room = await sdk().joinById(found.roomId, { role: "teacher", teacherKey: key.trim() });
      room.onMessage("teacher", () => undefined);
      this.role = "teacher";
      this.code = code.trim().toUpperCase();
      this.key = key.trim();
      store(localStorage, TEACHER_KEY, { code: this.code, key: this.key } satisfies SavedTeacher);
      this.attach(room);
      return "ok";
    } catch (err) {
      // Too many wrong keys from this address: the server says how long to wait (429).
      return this.toldToWait(err) ? "busy" : "wrong-key";
    }
  }

  /** A class that is over: its results stay downloadable with the code and key. */
  async openResults(code: string, key: string): Promise<boolean> {
    this.code = code;
    this.key = key;
    const res = await this.results("json").catch(() => null);
    return Boolean(res?.ok);
  }

  /** The class this browser last taught, if any. */
  savedTeacher(): SavedTeacher | null {
    return load<SavedTeacher>(localStorage, TEACHER_KEY);
  }

  forgetTeacher(): void {
    store(localStorage, TEACHER_KEY, null);
  }

  /** Seconds to wait after a "busy" answer (the server's 429). */
  retryAfter = 0;

  /** The class's room (null when no class has the code), or "busy" when the server asks us to wait. */
  private async lookUp(code: string): Promise<{ roomId: string | null } | "busy"> {
    try {
      return { roomId: await roomOf(code) };
    } catch (err) {
      this.retryAfter = retryAfterOf(err) ?? 30;
      return "busy";
    }
  }

  /** Whether a refused join was the server asking us to wait (its 429); if so, for how long is kept. */
  private toldToWait(err: unknown): boolean {
    const wait = retryAfterOf(err);
    if (wait === null) return false;
    this.retryAfter = wait;
    return true;
  }

  /** A student joins with the class code and a nickname. */
  async join(code: string, name: string): Promise<"ok" | "no-class" | "full" | "busy" | "failed"> {
    await this.leave();
    const found = await this.lookUp(code);
    if (found === "busy") return "busy";
    if (!found.roomId) return "no-class";
    try {
      const room = await sdk().joinById(found.roomId, { code: code.trim().toUpperCase(), name: name.trim() });
      this.role = "student";
      this.code = code.trim().toUpperCase();
      this.name = name.trim();
      this.attach(room);
      store(sessionStorage, STUDENT_KEY, { token: room.reconnectionToken, code: this.code, name: this.name } satisfies SavedStudent);
      return "ok";
    } catch (err) {
      if (this.toldToWait(err)) return "busy";
      return /full/i.test(String((err as Error)?.message)) ? "full" : /code/i.test(String((err as Error)?.message)) ? "no-class" : "failed";
    }
  }

  /** After a refresh: a student's place in the class, silently (the server may still be noticing the drop). */
  async resumeStudent(): Promise<boolean> {
    const saved = load<SavedStudent>(sessionStorage, STUDENT_KEY);
    if (!saved) return false;
    for (let attempt = 0; attempt < 6; attempt++) {
      try {
        const room = await sdk().reconnect(saved.token);
        this.role = "student";
        this.code = saved.code;
        this.name = saved.name;
        this.attach(room);
        store(sessionStorage, STUDENT_KEY, { ...saved, token: room.reconnectionToken });
        return true;
      } catch {
        await new Promise((r) => setTimeout(r, 400));
      }
    }
    store(sessionStorage, STUDENT_KEY, null);
    return false;
  }

  send(type: string, payload: unknown = {}): void {
    this.room?.send(type, payload);
  }

  /** The class's results as a file, fetched with the teacher key. */
  async results(format: "csv" | "json"): Promise<Response> {
    return fetch(`${apiBase()}/api/classrooms/${this.code}/results.${format}`, { headers: { Authorization: `Bearer ${this.key}` } });
  }

  async leave(): Promise<void> {
    const room = this.room;
    this.room = null;
    this.leaving = true;
    if (this.role === "student") store(sessionStorage, STUDENT_KEY, null);
    this.view = null;
    this.assignment = null;
    this.role = null;
    if (room) await room.leave(true).catch(() => undefined);
  }
}

export const classSession = new ClassSession();
