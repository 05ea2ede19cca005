// The `classroom` room: a teacher, up to 60 students, split into parallel `match`
// rooms. The teacher's commands reach every match; results are exported by key.
import { Room, ServerError, matchMaker, type AuthContext, type Client, type Delayed } from "@colyseus/core";
import { randomBytes } from "node:crypto";
import { CLOSE_REMOVED, CLOSE_RESUMED, FACTION_IDS, type FactionId } from "../../shared/index";
import type { ResilientStore } from "../storage/resilient-store";
import type { RateLimiter } from "../security/rate-limit";
import { COLYSEUS_MAX_MESSAGES_PER_SECOND } from "../security/limits";
import { dropProtoKeys } from "../security/sanitize";
import { classResults } from "./class-results";
import { matchCount, placeLate, placeStudent } from "./class-split";
import { ClassFactionView, ClassMatchView, ClassroomState, StudentView } from "./classroom-schema";
import { ClassSpeedSchema, InjectSchema, JoinClassSchema, MatchTargetSchema, QuickSchema, RenameSchema, StepSchema, StudentRefSchema, TeacherCreateSchema, type TeacherOptions } from "./classroom-messages";
import { floodVerdict, takeOver } from "./close-codes";
import { CLOSE_FLOOD } from "./flood-guard";
import { MatchRoom, RECONNECT_SECONDS, RESUME_SECONDS } from "./match-room";
import type { ClassMatchSummary } from "./class-summary";
import type { Journal } from "../storage/journal";
import type { JournalEntry } from "../storage/journal-store";
import { claimResume } from "./resume";
import { rooms } from "./room-count";
import { issueTicket, registerClassMatch, voidTickets } from "./seat-tickets";
import { privateCode } from "./private-code";
import { sendRefusal } from "./refusals";
import { hashKey, keyMatches, newTeacherKey } from "./teacher-key";
import type { ClassMessages, ClassroomCommand } from "../../shared/index";
import { commandMatch, commandMatches, matchSummary } from "./match-calls";
import { StudentActivity, keepInStep, mirrorMatch } from "./class-dashboard";
import { broadcastClass, sendClass } from "./send";

/** Most students in one class. */
export const MAX_STUDENTS = 60;
/** How often the dashboard refreshes from the matches, and how often results are saved. */
const POLL_MS = 1000;
const SAVE_EVERY = 10;
/** How long a dropped teacher keeps control without the key (a refresh, a laptop asleep). */
const TEACHER_RECONNECT_SECONDS = 3600;

/** What the journal keeps of a class (JSON): enough to bring it back after a restart. */
export interface ClassJournalMeta {
  v: 1;
  options: TeacherOptions;
  keyHash: string;
  code: string;
  status: string;
  speed: string;
  split: string;
  inStep: boolean;
  students: Array<{ publicId: string; sessionId: string; name: string; matchId: string; faction: string; token?: string }>;
  joinOrder: string[];
  teachers: Array<{ sessionId: string; token?: string }>;
  matches: string[];
  removed: string[];
}

export class ClassroomRoom extends Room<{ state: ClassroomState }> {
  static store: ResilientStore | null = null;
  /** Wrong teacher keys per address (set by the server; shared with the results download). */
  static teacherKeyLimiter: RateLimiter | null = null;
  /** Set by the server at boot: the journal of live rooms. */
  static journal: Journal | null = null;
  /** Local classroom rooms (the server stops them before a restart). */
  static readonly live = new Set<ClassroomRoom>();

  override state = new ClassroomState();
  override maxClients = MAX_STUDENTS + 8;
  override maxMessagesPerSecond = COLYSEUS_MAX_MESSAGES_PER_SECOND;
  private options!: TeacherOptions;
  private keyHash = "";
  private teachers = new Set<string>();
  private joinOrder: string[] = [];
  /**
   * The roster is keyed by a random public id, not the session id: the session id is what
   * the server knows a student by (their tickets, their match seat), and no one else sees it.
   */
  private publicIds = new Map<string, string>();
  private sessions = new Map<string, string>();
  private summaries = new Map<string, ClassMatchSummary>();
  private poller: Delayed | null = null;
  private activity = new StudentActivity();
  private polls = 0;
  private polling = false;
  private pendingKey: string | null = null;
  /** Students the teacher removed: a reconnection of theirs is refused. */
  private removed = new Set<string>();
  private counted = false;
  /** Reconnection keys of teachers and students (the journal keeps them; they open their places after a restart). */
  private tokens = new Map<string, string>();
  private detached = false;
  /** Places rebuilt from the journal whose teacher or student has not taken them back yet. */
  private stale = new Set<string>();

  override onCreate(input: unknown) {
    const raw = (dropProtoKeys(input ?? {}) ?? {}) as Record<string, unknown>;
    if ("resumeToken" in raw) {
      const entry = claimResume(raw.resumeToken);
      if (!entry) throw new ServerError(400, "invalid class options: resumeToken: server only");
      return this.resume(entry);
    }
    if ("tickMs" in raw) throw new ServerError(400, "invalid class options: tickMs: server configuration only");
    const parsed = TeacherCreateSchema.safeParse(raw);
    if (!parsed.success) throw new ServerError(400, `invalid class options: ${parsed.error.issues[0]?.message ?? "?"}`);
    this.options = parsed.data;
    rooms.open();
    this.counted = true;
    const key = newTeacherKey();
    this.pendingKey = key;
    this.keyHash = hashKey(key);
    const s = this.state;
    s.code = privateCode();
    s.months = this.options.months;
    s.speed = this.options.speed;
    s.seatSize = this.options.seatSize;
    s.factions = this.options.factions.join(",");
    s.events = this.options.events;
    s.difficulty = this.options.difficulty;
    void this.setMetadata({ code: s.code, kind: "classroom" });
    void this.setPrivate(true);
    this.listen();
    this.journalMeta();
  }

  private listen(): void {
    const teacher = (name: string, handle: (client: Client, message: unknown) => void) =>
      this.onMessage(name, (client, message) => this.guarded(client, name, () => {
        if (!this.teachers.has(client.sessionId)) return sendRefusal(client, "not-allowed", "refusal.teacherOnly", name);
        handle(client, message);
      }));
    teacher("start", (client) => void this.start(client));
    const target = (client: Client, command: string, message: unknown): string | undefined | null => {
      const p = MatchTargetSchema.safeParse(message ?? {});
      if (p.success) return p.data.matchId;
      sendRefusal(client, "malformed", "refusal.malformed", command, { field: "matchId", detail: p.error.issues[0]?.message ?? "" });
      return null;
    };
    teacher("pause", (client, message) => {
      const only = target(client, "pause", message);
      if (only !== null) this.everyMatch(client, { type: "pause" }, only);
    });
    teacher("resume", (client, message) => {
      const only = target(client, "resume", message);
      if (only !== null) this.everyMatch(client, { type: "resume" }, only);
    });
    teacher("speed", (client, message) => {
      const p = ClassSpeedSchema.safeParse(message);
      if (!p.success) return sendRefusal(client, "malformed", "refusal.malformed", "speed", { field: "speed", detail: p.error.issues[0]?.message ?? "" });
      if (!p.data.matchId) this.state.speed = p.data.speed;
      this.everyMatch(client, { type: "speed", speed: p.data.speed }, p.data.matchId);
    });
    teacher("inject", (client, message) => {
      const p = InjectSchema.safeParse(message);
      if (!p.success) return sendRefusal(client, "malformed", "refusal.malformed", "inject", { field: "eventId", detail: p.error.issues[0]?.message ?? "" });
      this.everyMatch(client, { type: "inject", eventId: p.data.eventId }, p.data.matchId);
    });
    teacher("end", (client, message) => {
      const only = target(client, "end", message);
      if (only === null) return;
      if (only) this.everyMatch(client, { type: "end" }, only);
      else void this.end(client);
    });
    teacher("step", (client, message) => {
      const p = StepSchema.safeParse(message);
      if (!p.success) return sendRefusal(client, "malformed", "refusal.malformed", "step", { field: "on", detail: p.error.issues[0]?.message ?? "" });
      this.state.inStep = p.data.on;
      if (this.state.status === "running") void keepInStep(this.state);
    });
    teacher("remove", (client, message) => {
      const p = StudentRefSchema.safeParse(message);
      const id = p.success ? this.sessions.get(p.data.studentId) : undefined;
      const student = id ? this.student(id) : undefined;
      if (!id || !student) return sendRefusal(client, "unknown-target", "refusal.unknownStudent", "remove");
      this.dropStudent(id);
      this.removed.add(id);
      void voidTickets(this.roomId, id);
      // Their seat in the match is freed as well (a bot plays it if nobody else shares it).
      if (student.matchId) commandMatches([student.matchId], { type: "remove", student: id });
      this.clients.getById(id)?.leave(CLOSE_REMOVED, "removed by the teacher");
    });
    teacher("rename", (client, message) => {
      const p = RenameSchema.safeParse(message);
      const id = p.success ? this.sessions.get(p.data.studentId) : undefined;
      const student = id ? this.student(id) : undefined;
      if (!p.success || !id || !student) return sendRefusal(client, "unknown-target", "refusal.unknownStudent", "rename");
      student.name = p.data.name;
      if (student.matchId) commandMatches([student.matchId], { type: "rename", student: id, name: p.data.name });
    });
    this.onMessage("quick", (client, message) => this.guarded(client, "quick", () => this.relayQuick(client, message)));
    this.onMessage("*", (client, type) => this.guarded(client, String(type), () => sendRefusal(client, "not-allowed", "refusal.teacherOnly", String(type).slice(0, 40))));
  }

  /** The address the join came from (the HTTP gate pins it to the socket's). */
  override onAuth(_client: Client, _options: unknown, context: AuthContext) {
    return { ip: context?.ip ?? "unknown" };
  }

  override onJoin(client: Client, raw: unknown) {
    const parsed = JoinClassSchema.safeParse(dropProtoKeys(raw ?? {}));
    if (!parsed.success) throw new ServerError(400, "join a class with { code, name }, or as its teacher");
    const o = parsed.data;
    if ("role" in o) {
      // The creator is the teacher; anyone else must bring the key. Wrong keys are counted per address.
      const first = this.pendingKey !== null && this.teachers.size === 0 && !o.teacherKey;
      if (!first) {
        const ip = String((client.auth as { ip?: string } | undefined)?.ip ?? "unknown");
        const limiter = ClassroomRoom.teacherKeyLimiter;
        const gate = limiter?.peek(ip);
        if (gate && !gate.ok) throw new ServerError(429, `too many wrong teacher keys from this address; try again in ${gate.retryAfter} s`);
        if (!keyMatches(o.teacherKey, this.keyHash)) {
          limiter?.take(ip);
          throw new ServerError(403, "wrong teacher key");
        }
      }
      this.teachers.add(client.sessionId);
      this.state.teachersOnline = this.teachers.size;
      this.tokens.set(client.sessionId, client.reconnectionToken);
      this.journalMeta();
      if (this.pendingKey) {
        sendClass(client, "teacher", { code: this.state.code, teacherKey: this.pendingKey ?? undefined });
        this.pendingKey = null;
      } else sendClass(client, "teacher", { code: this.state.code });
      return;
    }
    if (o.code.toUpperCase() !== this.state.code) throw new ServerError(403, "wrong class code");
    if (this.state.students.size >= MAX_STUDENTS) throw new ServerError(403, "this class is full");
    const view = new StudentView();
    view.name = o.name;
    const publicId = randomBytes(9).toString("base64url");
    this.publicIds.set(client.sessionId, publicId);
    this.sessions.set(publicId, client.sessionId);
    this.state.students.set(publicId, view);
    this.state.studentCount = this.state.students.size;
    this.joinOrder.push(client.sessionId);
    this.tokens.set(client.sessionId, client.reconnectionToken);
    if (this.state.status === "running" || this.state.status === "paused") this.placeLateJoiner(client.sessionId);
    this.journalMeta();
  }

  /** A student's or teacher's key come back while its old connection still looks open: that one is told (close-codes.ts). */
  override checkReconnectionToken(reconnectionToken: string): string {
    return takeOver(this.clients, reconnectionToken, () => super.checkReconnectionToken(reconnectionToken));
  }

  override async onDrop(client: Client) {
    const student = this.student(client.sessionId);
    if (student) student.connected = false;
    const teacher = this.teachers.has(client.sessionId);
    if (teacher) this.state.teachersOnline = Math.max(0, this.state.teachersOnline - 1);
    // A dropped student keeps their place for the reconnection window only.
    await this.allowReconnection(client, teacher ? TEACHER_RECONNECT_SECONDS : RECONNECT_SECONDS);
  }

  override onReconnect(client: Client) {
    if (this.detached) return client.leave(CLOSE_RESUMED, "server restarting");
    this.stale.delete(client.sessionId);
    if (this.removed.has(client.sessionId)) return client.leave(CLOSE_REMOVED, "removed by the teacher");
    this.tokens.set(client.sessionId, client.reconnectionToken);
    this.journalMeta();
    const student = this.student(client.sessionId);
    if (student) {
      student.connected = true;
      // A fresh ticket: the page was reloaded, its match connection may need a new seat.
      if (student.matchId) this.sendAssignment(client.sessionId);
    }
    if (this.teachers.has(client.sessionId)) {
      this.state.teachersOnline += 1;
    }
  }

  override onLeave(client: Client) {
    this.journalMeta();
    if (this.teachers.delete(client.sessionId)) this.state.teachersOnline = this.teachers.size;
    const id = client.sessionId;
    const student = this.student(id);
    if (!student) return;
    if (this.state.status === "waiting") {
      // Left before the start (or never came back): off the roster, the place is free.
      this.dropStudent(id);
    } else student.connected = false; // in a match: keeps their row in the results
  }

  override onDispose() {
    ClassroomRoom.live.delete(this);
    this.poller?.clear();
    if (this.detached) {
      // A restart or a takeover: the class and its matches live on elsewhere.
      if (this.counted) rooms.close();
      this.counted = false;
      return;
    }
    ClassroomRoom.journal?.end(this.roomId);
    this.dismissMatches();
    void voidTickets(this.roomId);
    if (this.counted) rooms.close();
    this.counted = false;
  }

  private student(sessionId: string): StudentView | undefined {
    const publicId = this.publicIds.get(sessionId);
    return publicId ? this.state.students.get(publicId) : undefined;
  }

  /** Off the roster: their place is free and their tickets are void. */
  private dropStudent(sessionId: string): void {
    const publicId = this.publicIds.get(sessionId);
    if (publicId) {
      this.state.students.delete(publicId);
      this.sessions.delete(publicId);
    }
    this.publicIds.delete(sessionId);
    this.state.studentCount = this.state.students.size;
    this.joinOrder = this.joinOrder.filter((x) => x !== sessionId);
    this.tokens.delete(sessionId);
    void voidTickets(this.roomId, sessionId);
    this.journalMeta();
  }

  /** The class is over: its matches may close when their last player leaves. */
  private dismissMatches(): void {
    commandMatches(this.state.matches.keys(), { type: "dismiss" });
  }

  // ——— the class ———

  private async start(client: Client): Promise<void> {
    if (this.state.status !== "waiting") return sendRefusal(client, "wrong-stage", "refusal.alreadyStarted", "start");
    this.state.status = "running";
    const students = this.joinOrder.filter((id) => this.publicIds.has(id));
    const factions = this.options.factions;
    const n = matchCount(students.length, factions.length, this.options.seatSize);
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(await this.createMatch(i));
    students.forEach((sid, i) => {
      const place = placeStudent(i, n, factions);
      this.assign(sid, ids[place.match], place.faction);
    });
    this.journalMeta();
    this.state.split = `${students.length} students → ${n} match${n === 1 ? "" : "es"} × ${factions.length} factions, up to ${this.options.seatSize} per seat; bots fill the rest`;
    await Promise.all(ids.map((id) => commandMatch(id, { type: "start" })));
    this.startPolling();
    broadcastClass(this, "started", { matches: n });
  }

  private startPolling(): void {
    // Test-speed classes (tickMs) are watched as often as their months pass, so "in step" holds there too.
    const tickMs = MatchRoom.classTickMs ?? MatchRoom.tickMs;
    this.poller = this.clock.setInterval(() => void this.poll(), Math.min(POLL_MS, Math.max(100, tickMs ?? POLL_MS)));
  }

  private async createMatch(index: number): Promise<string> {
    // The class's own options travel by a one-time token, not as options a client could also send.
    const classToken = await registerClassMatch({ classroomId: this.roomId, seatSize: this.options.seatSize });
    const room = await matchMaker.createRoom("match", {
      mode: "online", private: true, classToken,
      months: this.options.months, speed: this.options.speed, events: this.options.events,
      difficulty: this.options.difficulty, name: `class ${this.state.code} #${index + 1}`,
    });
    const view = new ClassMatchView();
    for (const f of FACTION_IDS) view.factions.set(f, new ClassFactionView());
    this.state.matches.set(room.roomId, view);
    return room.roomId;
  }

  private assign(studentId: string, matchId: string, faction: FactionId): void {
    const student = this.student(studentId);
    if (!student) return;
    student.matchId = matchId;
    student.faction = faction;
    this.sendAssignment(studentId);
  }

  /** To this student alone: their match and faction, and a single-use seat ticket for it. */
  private sendAssignment(studentId: string): void {
    const student = this.student(studentId);
    const client = this.clients.getById(studentId);
    if (!student?.matchId || !client) return;
    const { matchId, faction, name } = student;
    void issueTicket({ classroomId: this.roomId, matchId, faction: faction as FactionId, student: studentId, name }).then(
      (ticket) => sendClass(client, "assigned", { matchId, faction: faction as FactionId, ticket }),
      (err) => console.error(`class ${this.state.code}: a seat ticket could not be issued: ${(err as Error)?.message ?? err}`),
    );
  }

  private placeLateJoiner(studentId: string): void {
    const ids = [...this.state.matches.keys()];
    const factions = this.options.factions;
    const load = ids.map((id) => factions.map((f) => [...this.state.students.values()].filter((s) => s.matchId === id && s.faction === f).length));
    const place = placeLate(load, factions, this.options.seatSize);
    if (place) this.assign(studentId, ids[place.match], place.faction);
  }

  private everyMatch(client: Client, command: ClassroomCommand, only?: string): void {
    if (this.state.status === "waiting" || this.state.status === "ended") return sendRefusal(client, "wrong-stage", "refusal.notRunning", command.type);
    const ids = only ? [only] : [...this.state.matches.keys()];
    if (only && !this.state.matches.has(only)) return sendRefusal(client, "unknown-target", "refusal.unknownMatch", command.type);
    commandMatches(ids, command);
    if (only) return; // one match: the class as a whole keeps its state
    if (command.type === "pause") this.state.status = "paused";
    if (command.type === "resume") this.state.status = "running";
    this.journalMeta();
  }

  private async poll(): Promise<void> {
    if (this.polling) return; // the last round of calls is still out
    this.polling = true;
    try {
      await this.pollMatches();
    } finally {
      this.polling = false;
    }
  }

  private async pollMatches(): Promise<void> {
    for (const id of this.state.matches.keys()) {
      try {
        const summary = await matchSummary(id);
        this.summaries.set(id, summary);
        const view = this.state.matches.get(id);
        if (view) mirrorMatch(view, summary);
        await this.activity.track(this.state, id);
      } catch {
        /* the match room has gone (ended and disposed): keep its last summary */
      }
    }
    this.polls += 1;
    if (this.state.inStep && this.state.status === "running") await keepInStep(this.state);
    const allEnded = [...this.summaries.values()].length === this.state.matches.size && [...this.summaries.values()].every((m) => m.status === "ended");
    if (allEnded) this.finish();
    else if (this.polls % SAVE_EVERY === 0) this.save();
  }

  private async end(client: Client): Promise<void> {
    if (this.state.status === "ended") return sendRefusal(client, "wrong-stage", "refusal.matchOver", "end");
    if (this.state.status === "waiting") {
      this.finish();
      return;
    }
    for (const id of this.state.matches.keys()) await commandMatch(id, { type: "end" }).catch(() => {});
    await this.pollMatches();
    this.finish();
  }

  private finish(): void {
    if (this.state.status === "ended") return;
    this.poller?.clear();
    this.poller = null;
    this.state.status = "ended";
    this.save();
    ClassroomRoom.journal?.end(this.roomId);
    this.dismissMatches();
    broadcastClass(this, "ended", { code: this.state.code });
  }

  /** The export, kept under the class code (survives restarts; downloadable with the key). */
  private save(): void {
    const students = [...this.state.students.values()]
      .filter((s) => s.matchId)
      .map((s) => ({ name: s.name, matchId: s.matchId, faction: s.faction as FactionId }));
    const matches = [...this.summaries.values()];
    // Never throws (ResilientStore keeps and retries a failed save).
    void ClassroomRoom.store?.saveClassroom({
      code: this.state.code,
      teacherKeyHash: this.keyHash,
      updatedAt: new Date().toISOString(),
      results: { students: classResults(students, matches, [...this.state.matches.keys()]), matches },
    });
  }

  // ——— the journal: restart, failover ———

  private journalMeta(): void {
    if (this.detached || !ClassroomRoom.journal || this.state.status === "ended") return;
    ClassroomRoom.live.add(this);
    ClassroomRoom.journal.touch(this.roomId, "classroom", () => this.metaForJournal());
  }

  private metaForJournal(): ClassJournalMeta {
    return {
      v: 1,
      options: this.options,
      keyHash: this.keyHash,
      code: this.state.code,
      status: this.state.status,
      speed: this.state.speed,
      split: this.state.split,
      inStep: this.state.inStep,
      students: [...this.publicIds].flatMap(([sessionId, publicId]) => {
        const v = this.state.students.get(publicId);
        return v ? [{ publicId, sessionId, name: v.name, matchId: v.matchId, faction: v.faction, token: this.tokens.get(sessionId) }] : [];
      }),
      joinOrder: this.joinOrder,
      teachers: [...this.teachers].map((sessionId) => ({ sessionId, token: this.tokens.get(sessionId) })),
      matches: [...this.state.matches.keys()],
      removed: [...this.removed],
    };
  }

  /** Rebuilds the class from its journal: same id and code, roster, matches; everyone's place waits for them. */
  private resume(entry: JournalEntry): void {
    const meta = JSON.parse(entry.meta) as ClassJournalMeta;
    this.roomId = entry.id;
    this.options = meta.options;
    this.keyHash = meta.keyHash;
    rooms.open();
    this.counted = true;
    const s = this.state;
    s.code = meta.code;
    s.months = this.options.months;
    s.speed = meta.speed;
    s.seatSize = this.options.seatSize;
    s.factions = this.options.factions.join(",");
    s.events = this.options.events;
    s.difficulty = this.options.difficulty;
    s.status = meta.status;
    s.split = meta.split;
    s.inStep = meta.inStep;
    this.removed = new Set(meta.removed);
    this.joinOrder = [...meta.joinOrder];
    for (const id of meta.matches) {
      const view = new ClassMatchView();
      for (const f of FACTION_IDS) view.factions.set(f, new ClassFactionView());
      s.matches.set(id, view);
    }
    for (const st of meta.students) {
      const view = new StudentView();
      view.assign({ name: st.name, connected: false, matchId: st.matchId, faction: st.faction });
      s.students.set(st.publicId, view);
      this.publicIds.set(st.sessionId, st.publicId);
      this.sessions.set(st.publicId, st.sessionId);
      if (st.token) this.holdPlace(st.sessionId, st.token, RESUME_SECONDS);
    }
    s.studentCount = s.students.size;
    for (const t of meta.teachers) {
      this.teachers.add(t.sessionId);
      if (t.token) this.holdPlace(t.sessionId, t.token, TEACHER_RECONNECT_SECONDS);
    }
    s.teachersOnline = 0;
    void this.setMetadata({ code: s.code, kind: "classroom" });
    void this.setPrivate(true);
    this.listen();
    this.journalMeta();
    if (s.status === "running" || s.status === "paused") this.startPolling();
  }

  private holdPlace(sessionId: string, token: string, seconds: number): void {
    this.tokens.set(sessionId, token);
    const previous = { sessionId, reconnectionToken: token } as unknown as Client;
    this.stale.add(sessionId);
    this.allowReconnection(previous, seconds).catch(() => {
      if (this.detached || this.clients.getById(sessionId)) return;
      this.onLeave(previous);
    });
  }

  /** A place rebuilt from the journal, not yet taken back (the transport sends its stale reconnection away). */
  staleSession(sessionId: string): boolean {
    return this.stale.has(sessionId);
  }

  /** The server is restarting, or another process now runs this class: nothing more is journaled here. */
  detach(): void {
    this.detached = true;
    this.poller?.clear();
    this.poller = null;
  }

  private relayQuick(client: Client, message: unknown): void {
    const student = this.student(client.sessionId);
    const p = QuickSchema.safeParse(message);
    if (!student || !p.success) return sendRefusal(client, "malformed", "refusal.quickOnly", "quick");
    for (const [publicId, other] of this.state.students) {
      const id = this.sessions.get(publicId);
      if (id && other.matchId === student.matchId && id !== client.sessionId) this.clients.getById(id)?.send("quick", { from: student.name, faction: student.faction, id: p.data.id } satisfies ClassMessages["quick"]);
    }
  }

  private guarded(client: Client, command: string, handle: () => void): void {
    const verdict = floodVerdict(client.ref);
    if (verdict === "kick") return void ((client.ref as { readyState?: number }).readyState === 1 && client.leave(CLOSE_FLOOD, "flooding"));
    if (verdict === "refuse") return sendRefusal(client, "flood", "refusal.flood", command);
    handle();
  }
}
