// The `match` room: a thin adapter around the engine. It collects orders,
// calls step() on the clock, sends each client the engine's public view and one-off
// effects (events, milestones, refusals) as messages. No game rules here.
import { randomInt } from "node:crypto";
import { Room, ServerError, type Client, type Delayed, type RoomException, type RoomMethodName } from "@colyseus/core";
import {
  ENGINE_VERSION, deckEventOf, eventTextKey, FACTION_IDS, botDecisions, recordOf, checkOrder, parseOrder, createMatch, stateHash, step, t,
  type BotReason, type ClassroomCommand, type FactionId, type GameEvent, type GameState, type IssuedOrder, type MatchOptions, type Replay,
} from "../../shared/index";
import { broadcastMatch, sendMatch } from "./send";
import { stepInPlace } from "../../shared/rules/step";
import { SNAPSHOT_MONTHS, type Journal } from "../storage/journal";
import type { JournalEntry } from "../storage/journal-store";
import { CLOSE_RESUMED, claimResume } from "./resume";
import { COLYSEUS_MAX_MESSAGES_PER_SECOND } from "../security/limits";
import { dropProtoKeys } from "../security/sanitize";
import type { ResilientStore } from "../storage/resilient-store";
import { CLOSE_REMOVED, floodVerdict, keepsSeat } from "./close-codes";
import { CLOSE_FLOOD, FLOOD_RATE } from "./flood-guard";
import { registerPreview } from "./preview-handler";
import { FactionSeat, MatchState, PlayerView } from "./match-schema";
import { CreateOptionsSchema, FactionCommandSchema, JoinOptionsSchema, ReadyCommandSchema, SERVER_ONLY_OPTIONS, SPEED_MS, SpeedCommandSchema, type CreateOptions } from "./messages";
import { unusedCode } from "./private-code";
import { rooms } from "./room-count";
import { claimClassMatch, redeemTicket } from "./seat-tickets";
import { joinRefused, sendRefusal } from "./refusals";
import { botPlays, emptySeats, freeFactions, humanCount, occupant, seatOf, type Seats } from "./seats";
import { ViewSender } from "./view-sender";

/** An order waiting for the next month, with who gave it (a session and a display name). */
type QueuedOrder = IssuedOrder & { by?: string; name?: string; reason?: BotReason };

export interface ClassMatchSummary {
  matchId: string;
  month: number;
  status: string;
  winner: string | null;
  dramPrice: number[];
  fabs: Array<{ owner: string; node: string; site: string; startedMonth: number | null; volumeMonth: number | null }>;
  factions: Record<FactionId, {
    limitingFactor: string;
    score: number;
    milestones: Record<string, number | null>;
    limitingHistory: string[];
    computeHistory: number[];
    students: string[];
    controller: string;
  }>;
}

/** What the classroom room may ask of one of its matches. */

/** How long a dropped player keeps their seat (a bot plays it meanwhile). */
export const RECONNECT_SECONDS = 120;
/** After a restart, how long a seat waits for its player (the clock waits for the first one, or this long). */
export const RESUME_SECONDS = 180;
const RESUME_CLOCK_GRACE_MS = 30_000;
/** The server is restarting: clients keep their seat and reconnect by themselves. */
export const CLOSE_RESTARTING = 4010;

/** What the journal keeps of a match besides its months (JSON). */
export interface MatchJournalMeta {
  v: 1;
  /** The engine that played the months: another engine version would not replay them to the same state. */
  engineVersion?: number;
  options: CreateOptions;
  game: MatchOptions;
  classroomId: string | null;
  seatSize: number;
  tickMs?: number;
  code: string;
  status: string;
  speed: string;
  pausesLeft: number;
  heldForClass: boolean;
  hostId: string;
  seats: Record<FactionId, Array<{ sessionId: string; name: string; ready: boolean; student?: string; token?: string }>>;
  spectators: Array<{ sessionId: string; name: string; token?: string }>;
  removed: string[];
}
/** Pauses the host of an online match may take. */
export const ONLINE_PAUSES = 3;
/** Orders one seat may queue for a single month. */
export const MAX_QUEUED_PER_MONTH = 60;

export class MatchRoom extends Room<{ state: MatchState }> {
  /** Set by the server at boot: where finished matches are stored, and the flood limit (messages a second). */
  static store: ResilientStore | null = null;
  static floodRate = FLOOD_RATE;
  /** Server configuration only (tests, demos): ms a month for every match, and for class matches. */
  static tickMs: number | undefined = undefined;
  static classTickMs: number | undefined = undefined;
  /** Set by the server at boot: the journal of live rooms (null: nothing is journaled). */
  static journal: Journal | null = null;

  override state = new MatchState();
  override maxClients = 64;
  override patchRate = 100;
  /** Colyseus' own frame cap, a backstop behind the per-socket leaky bucket (close-codes.ts). */
  override maxMessagesPerSecond = COLYSEUS_MAX_MESSAGES_PER_SECOND;
  private game!: GameState;
  private options!: CreateOptions;
  private seats: Seats = emptySeats();
  private queue: QueuedOrder[] = [];
  private replayOrders: Replay["orders"] = [];
  private deckEvents: Array<{ month: number; id: string }> = [];
  private ticker: Delayed | null = null;
  /** Paused by the classroom because this match ran ahead of the others ("keep matches in step"). */
  private heldForClass = false;
  /** Sessions a teacher removed: they may not come back through a reconnection. */
  private removed = new Set<string>();
  /** A class match: its classroom's room id (the teacher holds the clock; seats by ticket only). */
  private classroomId: string | null = null;
  /** Students sharing one faction seat (class matches: 1–3, set by the classroom). */
  private seatSize = 1;
  /** Ms a month from the server's configuration, until a speed command. */
  private tickMs: number | undefined;
  private counted = false;
  /** Whether the result reached storage (it is retried until it does). */
  private saved = false;
  /** Reconnection keys of spectators (seated players keep theirs in their Occupant). */
  private spectatorTokens = new Map<string, string>();
  /** Resumed after a restart with the clock running: it waits for the first player back. */
  private awaitingReturn = false;
  /** Taken over by another process, or the server is restarting: this copy writes nothing more. */
  private detached = false;
  /** A solo match its player left: kept (parked) for "Continue" when the room closes. */
  private parked = false;
  /** Seats rebuilt from the journal whose player has not taken them back yet. */
  private stale = new Set<string>();
  /** The engine's public view, to each client as its seat sees it. */
  private views = new ViewSender((sessionId) => seatOf(this.seats, sessionId));

  override async onCreate(input: unknown) {
    const raw = (dropProtoKeys(input ?? {}) ?? {}) as Record<string, unknown>;
    if ("resumeToken" in raw) {
      const entry = claimResume(raw.resumeToken);
      if (!entry) throw joinRefused(400, "join.badOptions", { detail: "resumeToken: server only" });
      return this.resume(entry);
    }
    const config = await claimClassMatch(raw.classToken);
    delete raw.classToken;
    const hooks = SERVER_ONLY_OPTIONS.filter((k) => k in raw);
    if (hooks.length) throw joinRefused(400, "join.badOptions", { detail: `${hooks.join(", ")}: server configuration only` });
    const parsed = CreateOptionsSchema.safeParse(raw);
    if (!parsed.success) throw joinRefused(400, "join.badOptions", { detail: parsed.error.issues[0]?.message ?? "?" });
    this.options = parsed.data;
    // Colyseus' own cap follows the configured rate (throughput tests raise it).
    this.maxMessagesPerSecond = Math.max(COLYSEUS_MAX_MESSAGES_PER_SECOND, MatchRoom.floodRate * 6);
    rooms.open();
    this.counted = true;
    if (config) {
      this.classroomId = config.classroomId;
      this.seatSize = config.seatSize;
      // A class match lives as long as its class: the classroom dismisses it at the end.
      this.autoDispose = false;
    }
    this.tickMs = (config ? MatchRoom.classTickMs : undefined) ?? MatchRoom.tickMs;
    const seed = this.options.seed ?? randomInt(0, 0xffffffff);
    this.game = createMatch({ seed, months: this.options.months, events: this.options.events, difficulty: this.options.difficulty });
    const s = this.state;
    s.mode = this.options.mode;
    s.speed = this.options.speed;
    s.difficulty = this.options.difficulty;
    s.status = "waiting";
    s.pausesLeft = this.options.mode === "online" ? ONLINE_PAUSES : -1;
    if (this.options.private || this.options.mode === "solo") {
      s.code = await unusedCode("match");
      void this.setPrivate(true);
    }
    for (const f of FACTION_IDS) s.factions.set(f, new FactionSeat());
    this.showMatch();
    this.refreshListing();
    this.listen();
    this.journalMeta();
  }

  private listen(): void {
    this.onMessage("order", (client, message) => this.guarded(client, "order", () => this.onOrder(client, message)));
    this.onMessage("ready", (client, message) => this.guarded(client, "ready", () => this.onReady(client, message)));
    this.onMessage("faction", (client, message) => this.guarded(client, "faction", () => this.onPickFaction(client, message)));
    this.onMessage("start", (client) => this.guarded(client, "start", () => this.onStart(client)));
    this.onMessage("pause", (client) => this.guarded(client, "pause", () => this.onPause(client)));
    this.onMessage("resume", (client) => this.guarded(client, "resume", () => this.onResume(client)));
    this.onMessage("speed", (client, message) => this.guarded(client, "speed", () => this.onSpeed(client, message)));
    registerPreview(this, { game: () => this.game, factionOf: (id) => seatOf(this.seats, id), started: () => this.state.status !== "waiting" });
    this.onMessage("*", (client, type) => this.guarded(client, String(type), () => sendRefusal(client, "malformed", "refusal.unknownMessage", String(type).slice(0, 40), { type: String(type).slice(0, 40) })));
  }

  override async onJoin(client: Client, raw: unknown) {
    if (this.detached) throw joinRefused(403, "join.restarting");
    const parsed = JoinOptionsSchema.safeParse(dropProtoKeys(raw ?? {}));
    if (!parsed.success) throw joinRefused(400, "join.badOptions", { detail: parsed.error.issues[0]?.message ?? "?" });
    const o = parsed.data;
    if (this.classroomId) return this.joinByTicket(client, o.ticket);
    const view = new PlayerView();
    view.name = o.name;
    view.connected = true;
    if (o.spectator) {
      view.spectator = true;
      this.state.players.set(client.sessionId, view);
      this.spectatorTokens.set(client.sessionId, client.reconnectionToken);
      this.views.whole(client, this.game);
      this.journalMeta();
      return;
    }
    if (this.options.mode === "solo" && humanCount(this.seats) >= 1) throw joinRefused(403, "join.soloHasPlayer");
    const capacity = this.seatSize;
    const wanted = o.faction ?? (this.options.mode === "solo" ? this.options.faction : undefined) ?? freeFactions(this.seats, capacity)[0];
    if (!wanted) throw joinRefused(403, "join.full");
    if (this.seats[wanted].occupants.length >= capacity) throw joinRefused(403, "join.factionTaken", { faction: t("en", `faction.${wanted}`) });
    this.seats[wanted].occupants.push({ sessionId: client.sessionId, name: o.name, connected: true, ready: false, token: client.reconnectionToken });
    view.faction = wanted;
    if (!this.state.hostId) {
      this.state.hostId = client.sessionId;
      view.host = true;
    }
    this.state.players.set(client.sessionId, view);
    this.views.whole(client, this.game);
    this.mirrorSeats();
    this.refreshListing();
    this.journalMeta();
    if (this.options.mode === "solo" && this.state.status === "waiting") this.begin();
  }

  /**
   * A class match seats ticket holders only: the ticket names the seat and the student.
   * A student who comes back with a new ticket (another tab, a lost reconnection) replaces
   * their old connection: one seat per student.
   */
  private async joinByTicket(client: Client, ticketId: string | undefined): Promise<void> {
    const ticket = await redeemTicket(ticketId, this.roomId);
    if (!ticket) throw joinRefused(403, "join.needTicket");
    for (const f of FACTION_IDS) {
      for (const old of this.seats[f].occupants.filter((x) => x.student === ticket.student)) {
        this.removed.add(old.sessionId);
        const c = this.clients.getById(old.sessionId);
        this.unseat(old.sessionId);
        c?.leave(CLOSE_REMOVED, "seat taken again by the same student");
      }
    }
    if (this.seats[ticket.faction].occupants.length >= this.seatSize) throw joinRefused(403, "join.factionTaken", { faction: t("en", `faction.${ticket.faction}`) });
    this.seats[ticket.faction].occupants.push({ sessionId: client.sessionId, name: ticket.name, connected: true, ready: false, student: ticket.student, token: client.reconnectionToken });
    const view = new PlayerView();
    view.name = ticket.name;
    view.connected = true;
    view.faction = ticket.faction;
    this.state.players.set(client.sessionId, view);
    this.views.whole(client, this.game);
    this.mirrorSeats();
    this.refreshListing();
    this.journalMeta();
  }

  override async onDrop(client: Client, code?: number) {
    // Expelled (flood, undecodable or oversize input): gone for good, onLeave follows.
    if (!keepsSeat(code, client.ref)) return;
    const seated = occupant(this.seats, client.sessionId);
    if (seated) seated.connected = false;
    this.state.players.get(client.sessionId)?.assign({ connected: false });
    this.mirrorSeats();
    // Rejected when the time is up or the room closes; either way onLeave follows.
    await this.allowReconnection(client, RECONNECT_SECONDS).catch(() => {});
  }

  override onReconnect(client: Client) {
    // This copy is going away (restart, takeover): the seat is taken back where the room lives on.
    if (this.detached) return client.leave(CLOSE_RESUMED, "server restarting");
    this.stale.delete(client.sessionId);
    if (this.removed.has(client.sessionId)) return client.leave(CLOSE_REMOVED, "removed by the teacher");
    const seated = occupant(this.seats, client.sessionId);
    if (seated) {
      seated.connected = true;
      // A reconnection gets a new key: the journal keeps the current one.
      seated.token = client.reconnectionToken;
    } else if (this.spectatorTokens.has(client.sessionId)) this.spectatorTokens.set(client.sessionId, client.reconnectionToken);
    this.state.players.get(client.sessionId)?.assign({ connected: true });
    // It may have missed months while away: the whole view again.
    this.views.whole(client, this.game);
    this.mirrorSeats();
    this.journalMeta();
    if (seated && this.awaitingReturn) this.clockBack();
    if (seated && this.parked) {
      this.parked = false;
      if (this.state.status === "running") this.schedule();
    }
  }

  override onLeave(client: Client) {
    this.views.forget(client.sessionId);
    this.gone(client.sessionId);
  }

  /** A player gone for good — except a solo match's player: the server keeps it for "Continue". */
  private gone(sessionId: string): void {
    if (this.keepsForContinue(sessionId)) return this.park(sessionId);
    this.unseat(sessionId);
  }

  private keepsForContinue(sessionId: string): boolean {
    return MatchRoom.journal !== null && !this.detached && this.options.mode === "solo" && !this.removed.has(sessionId)
      && (this.state.status === "running" || this.state.status === "paused") && seatOf(this.seats, sessionId) !== null;
  }

  /** The solo player left: the clock stops, the seat and its key stay; the room closes and its journal is parked. */
  private park(sessionId: string): void {
    this.parked = true;
    this.ticker?.clear();
    this.ticker = null;
    const seated = occupant(this.seats, sessionId);
    if (seated) seated.connected = false;
    this.state.players.get(sessionId)?.assign({ connected: false });
    this.mirrorSeats();
  }

  /** Gone for good: the seat is a bot's from now on (or free again before the start). */
  private unseat(sessionId: string): void {
    this.spectatorTokens.delete(sessionId);
    const faction = seatOf(this.seats, sessionId);
    if (faction) this.seats[faction].occupants = this.seats[faction].occupants.filter((o) => o.sessionId !== sessionId);
    this.state.players.delete(sessionId);
    if (this.state.hostId === sessionId) {
      const next = [...this.state.players.entries()].find(([, p]) => !p.spectator);
      this.state.hostId = next?.[0] ?? "";
      if (next) next[1].host = true;
    }
    this.mirrorSeats();
    this.refreshListing();
    this.journalMeta();
  }

  override onDispose() {
    MatchRoom.live.delete(this);
    this.ticker?.clear();
    if (this.counted) rooms.close();
    this.counted = false;
    // Closed before its end (everyone left): nothing to resume — but a solo match its player left is
    // parked for "Continue". A restart or a takeover keeps it as it is.
    if (this.detached || this.state.status === "ended" || !MatchRoom.journal) return;
    if (this.parked) MatchRoom.journal.touch(this.roomId, "match", () => this.metaForJournal(), true);
    else MatchRoom.journal.end(this.roomId);
  }

  /** A bug in one match must not take the process (and every other match) down. */
  override onUncaughtException(error: RoomException, method: RoomMethodName): void {
    const cause = (error as Error & { cause?: unknown }).cause;
    if (cause instanceof ServerError) return; // a join refused on purpose
    console.error(`match ${this.roomId}: ${method} failed:`, cause ?? error);
    // A month that throws would throw again at the next tick: hold the clock until the host resumes.
    if (method === "setInterval" && this.state.status === "running") {
      this.ticker?.clear();
      this.ticker = null;
      this.state.status = "paused";
      broadcastMatch(this, "paused", { by: "server" });
    }
  }

  // ——— commands ———

  private guarded(client: Client, command: string, handle: () => void): void {
    // The frame was counted when it arrived (close-codes.ts), decodable or not.
    const verdict = floodVerdict(client.ref);
    if (verdict === "kick") {
      if ((client.ref as { readyState?: number }).readyState === 1) client.leave(CLOSE_FLOOD, "flooding");
      return;
    }
    if (verdict === "refuse") {
      sendRefusal(client, "flood", "refusal.flood", command);
      return;
    }
    try {
      handle();
    } catch (err) {
      // A handler must never take the room down; the sender gets a refusal.
      sendRefusal(client, "malformed", "refusal.malformed", command, { field: "message", detail: String((err as Error).message ?? err).slice(0, 80) });
    }
  }

  private onOrder(client: Client, message: unknown): void {
    const orderType = typeof (message as { type?: unknown })?.type === "string" ? String((message as { type: string }).type).slice(0, 40) : undefined;
    const faction = seatOf(this.seats, client.sessionId);
    if (!faction) return sendRefusal(client, "not-your-faction", "refusal.spectatorCannotOrder", "order", undefined, orderType);
    if (this.state.status === "waiting") return sendRefusal(client, "not-allowed", "refusal.notStarted", "order", undefined, orderType);
    if (this.state.status === "ended") return sendRefusal(client, "match-over", "refusal.matchOver", "order", undefined, orderType);
    if (this.queue.filter((q) => q.issuer === faction).length >= MAX_QUEUED_PER_MONTH) {
      return sendRefusal(client, "limit-reached", "refusal.tooManyOrders", "order", { max: MAX_QUEUED_PER_MONTH }, orderType);
    }
    const refusal = checkOrder(this.game, faction, message);
    if (refusal) return sendRefusal(client, refusal.code, refusal.reason, "order", refusal.params, orderType);
    // What is queued (and stored in the replay) is the validated order, not the raw message.
    const parsed = parseOrder(faction, message);
    if (!parsed.ok) return sendRefusal(client, parsed.refusal.code, parsed.refusal.reason, "order", parsed.refusal.params, orderType);
    this.queue.push({ issuer: faction, order: parsed.order, by: client.sessionId, name: occupant(this.seats, client.sessionId)?.name });
    sendMatch(client, "queued", { orderType, month: this.game.month });
  }

  /** Before the start a player may move to a free faction (their host role and name go with them). */
  private onPickFaction(client: Client, message: unknown): void {
    const from = seatOf(this.seats, client.sessionId);
    if (!from) return sendRefusal(client, "not-your-faction", "refusal.spectatorCannotOrder", "faction");
    if (this.classroomId) return sendRefusal(client, "not-allowed", "refusal.classSeat", "faction");
    if (this.state.status !== "waiting") return sendRefusal(client, "wrong-stage", "refusal.alreadyStarted", "faction");
    const parsed = FactionCommandSchema.safeParse(message);
    if (!parsed.success) return sendRefusal(client, "malformed", "refusal.malformed", "faction", { field: "faction", detail: parsed.error.issues[0]?.message ?? "" });
    const to = parsed.data.faction;
    if (to === from) return;
    if (this.seats[to].occupants.length >= this.seatSize) return sendRefusal(client, "not-allowed", "refusal.factionTaken", "faction", { faction: t("en", `faction.${to}`) });
    const moving = this.seats[from].occupants.find((o) => o.sessionId === client.sessionId)!;
    this.seats[from].occupants = this.seats[from].occupants.filter((o) => o !== moving);
    moving.ready = false;
    this.seats[to].occupants.push(moving);
    this.state.players.get(client.sessionId)?.assign({ faction: to, ready: false });
    this.views.whole(client, this.game);
    this.mirrorSeats();
    this.refreshListing();
  }

  private onReady(client: Client, message: unknown): void {
    const faction = seatOf(this.seats, client.sessionId);
    if (!faction) return sendRefusal(client, "not-your-faction", "refusal.spectatorCannotOrder", "ready");
    if (this.state.status !== "waiting") return sendRefusal(client, "wrong-stage", "refusal.alreadyStarted", "ready");
    const parsed = ReadyCommandSchema.safeParse(message);
    if (!parsed.success) return sendRefusal(client, "malformed", "refusal.malformed", "ready", { field: "ready", detail: parsed.error.issues[0]?.message ?? "" });
    occupant(this.seats, client.sessionId)!.ready = parsed.data.ready;
    this.mirrorSeats();
  }

  private onStart(client: Client): void {
    if (client.sessionId !== this.state.hostId) return sendRefusal(client, "not-allowed", "refusal.notHost", "start");
    if (this.state.status !== "waiting") return sendRefusal(client, "wrong-stage", "refusal.alreadyStarted", "start");
    this.begin();
  }

  private onPause(client: Client): void {
    if (client.sessionId !== this.state.hostId) return sendRefusal(client, "not-allowed", "refusal.notHost", "pause");
    if (this.state.status !== "running") return sendRefusal(client, "wrong-stage", "refusal.notRunning", "pause");
    if (this.state.pausesLeft === 0) return sendRefusal(client, "limit-reached", "refusal.noPausesLeft", "pause");
    if (this.state.pausesLeft > 0) this.state.pausesLeft -= 1;
    this.state.status = "paused";
    this.ticker?.clear();
    this.ticker = null;
    broadcastMatch(this, "paused", { by: this.state.players.get(client.sessionId)?.name ?? "" });
    this.journalMeta();
  }

  private onResume(client: Client): void {
    if (client.sessionId !== this.state.hostId) return sendRefusal(client, "not-allowed", "refusal.notHost", "resume");
    if (this.state.status !== "paused") return sendRefusal(client, "wrong-stage", "refusal.notPaused", "resume");
    this.state.status = "running";
    this.schedule();
    broadcastMatch(this, "resumed", {});
    this.journalMeta();
  }

  private onSpeed(client: Client, message: unknown): void {
    if (client.sessionId !== this.state.hostId) return sendRefusal(client, "not-allowed", "refusal.notHost", "speed");
    const parsed = SpeedCommandSchema.safeParse(message);
    if (!parsed.success) return sendRefusal(client, "malformed", "refusal.malformed", "speed", { field: "speed", detail: parsed.error.issues[0]?.message ?? "" });
    this.state.speed = parsed.data.speed;
    this.tickMs = undefined;
    if (this.state.status === "running") this.schedule();
    this.journalMeta();
  }

  // ——— the clock ———

  private begin(): void {
    this.state.status = "running";
    this.journalMeta();
    this.refreshListing();
    broadcastMatch(this, "started", { month: this.game.month });
    this.schedule();
  }

  private schedule(): void {
    this.ticker?.clear();
    if (this.awaitingReturn || this.detached) return;
    const ms = this.tickMs ?? SPEED_MS[this.state.speed as keyof typeof SPEED_MS];
    this.ticker = this.clock.setInterval(() => this.tick(), ms);
  }

  /** One month: the humans' queued orders plus the bots', through the engine's one pipeline. */
  tick(): void {
    if (this.state.status !== "running") return;
    const orders: QueuedOrder[] = this.queue;
    this.queue = [];
    for (const f of FACTION_IDS) {
      if (botPlays(this.seats[f])) for (const d of botDecisions(this.game, f, this.options.difficulty)) orders.push({ issuer: f, order: d.order, reason: d.reason });
    }
    const first = this.replayOrders.length;
    for (const o of orders) {
      const entry: Replay["orders"][number] = { month: this.game.month, issuer: o.issuer, order: o.order };
      if (o.name) entry.by = o.name;
      if (o.reason) entry.reason = o.reason;
      this.replayOrders.push(entry);
    }
    // The journal keeps the month's orders (written off the clock, in the next flush).
    // Every SNAPSHOT_MONTHS the state at the start of the month goes too (step() leaves that object
    // unchanged: it copies; it is serialised at the flush), with the deck events drawn so far.
    const snapshot = this.game.month > 0 && this.game.month % SNAPSHOT_MONTHS === 0 ? { state: this.game, deck: [...this.deckEvents] } : undefined;
    MatchRoom.journal?.month(this.roomId, this.game.month, this.replayOrders.slice(first), snapshot);
    // The month steps in place (no copy of the whole state) unless the journal keeps its starting state.
    const result = snapshot ? step(this.game, orders) : stepInPlace(this.game, orders);
    this.game = result.state;
    for (const r of result.refusals) {
      const by = (r as { by?: string }).by;
      const client = by ? this.clients.getById(by) : undefined;
      if (client) sendRefusal(client, r.refusal.code, r.refusal.reason, "order", r.refusal.params, (r.order as { type?: string })?.type);
    }
    this.announce(result.events);
    this.showMatch();
    if (this.game.status === "ended") this.finish();
  }

  private announce(events: GameEvent[]): void {
    for (const e of events) {
      const card = deckEventOf(e.id);
      if (card) this.deckEvents.push({ month: e.month, id: card });
      broadcastMatch(this, "event", { id: e.id, key: eventTextKey(e.id), month: e.month, faction: e.faction ?? null, params: e.params ?? {} });
    }
  }

  private finish(): void {
    this.ticker?.clear();
    this.ticker = null;
    this.state.status = "ended";
    const result = recordOf(this.game, this.deckEvents);
    const replay: Replay = { version: 1, engineVersion: ENGINE_VERSION, options: { ...this.game.options }, orders: this.replayOrders, stateHash: stateHash(this.game) };
    // Every client hears `ended` whatever the storage does; a failed save is kept and retried
    // (ResilientStore), and shows on /health until it lands.
    this.refreshListing();
    const announce = (saved: boolean) => {
      this.saved = saved;
      // The result is stored (or kept and retried): the journal has nothing more to resume.
      MatchRoom.journal?.end(this.roomId);
      broadcastMatch(this, "ended", { matchId: this.roomId, winner: this.game.winner, stateHash: result.stateHash, saved });
    };
    let saving: unknown;
    try {
      saving = MatchRoom.store?.saveMatch({ id: this.roomId, endedAt: new Date().toISOString(), result, replay });
    } catch (err) {
      console.error(`match ${this.roomId}: saving the result failed:`, (err as Error)?.message ?? err);
      return announce(false);
    }
    void Promise.resolve(saving).then((r) => announce(r !== false), (err) => {
      console.error(`match ${this.roomId}: saving the result failed:`, (err as Error)?.message ?? err);
      announce(false);
    });
  }

  // ——— the journal: restart, failover ———

  /** Local match rooms (the server stops their clocks before a restart). */
  static readonly live = new Set<MatchRoom>();

  private journalMeta(): void {
    if (this.detached || !MatchRoom.journal || !this.game || this.state.status === "ended") return;
    MatchRoom.live.add(this);
    MatchRoom.journal.touch(this.roomId, "match", () => this.metaForJournal());
  }

  private metaForJournal(): MatchJournalMeta {
    const seats = Object.fromEntries(FACTION_IDS.map((f) => [f, this.seats[f].occupants.map((o) => ({ sessionId: o.sessionId, name: o.name, ready: o.ready, student: o.student, token: o.token }))]));
    return {
      v: 1,
      engineVersion: ENGINE_VERSION,
      options: this.options,
      game: { ...this.game.options },
      classroomId: this.classroomId,
      seatSize: this.seatSize,
      tickMs: this.tickMs,
      code: this.state.code,
      status: this.state.status,
      speed: this.state.speed,
      pausesLeft: this.state.pausesLeft,
      heldForClass: this.heldForClass,
      hostId: this.state.hostId,
      seats: seats as MatchJournalMeta["seats"],
      spectators: [...this.spectatorTokens].map(([sessionId, token]) => ({ sessionId, token, name: this.state.players.get(sessionId)?.name ?? "" })),
      removed: [...this.removed],
    };
  }

  /** Rebuilds the match from its journal: same id, code, seats; the engine replays every month. */
  private resume(entry: JournalEntry): void {
    const meta = JSON.parse(entry.meta) as MatchJournalMeta;
    // Months played by another engine version would replay to another state: such a match is parked, not resumed.
    if (meta.engineVersion !== undefined && meta.engineVersion !== ENGINE_VERSION) {
      throw new Error(`its months were played by engine version ${meta.engineVersion}; this build runs ${ENGINE_VERSION}`);
    }
    this.roomId = entry.id;
    this.options = meta.options;
    this.maxMessagesPerSecond = Math.max(COLYSEUS_MAX_MESSAGES_PER_SECOND, MatchRoom.floodRate * 6);
    this.classroomId = meta.classroomId;
    this.seatSize = meta.seatSize;
    if (this.classroomId) this.autoDispose = false;
    this.tickMs = meta.tickMs;
    // Same options + seed + every month's orders → the same state hash (the engine is deterministic).
    // The latest snapshot (the engine state at the start of a month) spares replaying the months before it.
    const snap = entry.snapshot ? (JSON.parse(entry.snapshot.state) as { state: GameState; deck: Array<{ month: number; id: string }> }) : null;
    let game = snap ? snap.state : createMatch(meta.game);
    if (snap) this.deckEvents = [...snap.deck];
    for (const row of entry.months) {
      const orders = JSON.parse(row.orders) as Replay["orders"];
      for (const o of orders) this.replayOrders.push(o);
      if (row.month < game.month) continue; // before the snapshot: in the replay record only
      if (row.month !== game.month) throw new Error(`the journal has month ${row.month} where the engine is at ${game.month}`);
      const result = stepInPlace(game, orders.map((o) => ({ issuer: o.issuer, order: o.order })));
      game = result.state;
      for (const e of result.events) {
        const card = deckEventOf(e.id);
        if (card) this.deckEvents.push({ month: e.month, id: card });
      }
    }
    this.game = game;
    rooms.open();
    this.counted = true;
    const s = this.state;
    s.mode = meta.options.mode;
    s.speed = meta.speed;
    s.difficulty = meta.options.difficulty;
    s.status = meta.status;
    s.pausesLeft = meta.pausesLeft;
    s.code = meta.code;
    this.heldForClass = meta.heldForClass;
    this.removed = new Set(meta.removed);
    if (this.options.private || this.options.mode === "solo") void this.setPrivate(true);
    // Every seat waits for its player, who comes back with the reconnection key their browser kept.
    for (const f of FACTION_IDS) {
      for (const o of meta.seats[f] ?? []) {
        this.seats[f].occupants.push({ sessionId: o.sessionId, name: o.name, connected: false, ready: o.ready, student: o.student, token: o.token });
        const view = new PlayerView();
        view.assign({ name: o.name, connected: false, faction: f, ready: o.ready, host: o.sessionId === meta.hostId });
        s.players.set(o.sessionId, view);
        if (o.token) this.holdSeat(o.sessionId, o.token);
      }
    }
    for (const o of meta.spectators) {
      const view = new PlayerView();
      view.assign({ name: o.name, connected: false, spectator: true });
      s.players.set(o.sessionId, view);
      if (o.token) {
        this.spectatorTokens.set(o.sessionId, o.token);
        this.holdSeat(o.sessionId, o.token);
      }
    }
    if (s.players.has(meta.hostId)) s.hostId = meta.hostId;
    for (const f of FACTION_IDS) s.factions.set(f, new FactionSeat());
    this.showMatch();
    this.mirrorSeats();
    this.refreshListing();
    this.listen();
    this.journalMeta();
    if (this.game.status === "ended") return this.finish();
    if (s.status === "running") {
      // The clock waits for the first player back (or RESUME_CLOCK_GRACE_MS): nobody misses a month.
      if (FACTION_IDS.some((f) => this.seats[f].occupants.some((o) => o.token))) {
        this.awaitingReturn = true;
        this.clock.setTimeout(() => this.clockBack(), RESUME_CLOCK_GRACE_MS);
      } else this.schedule();
    }
  }

  /** A seat held for a player of the match before the restart (their reconnection key opens it). */
  private holdSeat(sessionId: string, token: string): void {
    const previous = { sessionId, reconnectionToken: token } as unknown as Client;
    this.stale.add(sessionId);
    this.allowReconnection(previous, RESUME_SECONDS).catch(() => {
      if (!this.detached && this.state.players.has(sessionId) && !this.clients.getById(sessionId)) this.gone(sessionId);
    });
  }

  /** Does this reconnection key open a seat of this parked (or live) match's journal meta? */
  static opensSeat(metaJson: string, key: string): boolean {
    try {
      const meta = JSON.parse(metaJson) as MatchJournalMeta;
      return meta.options.mode === "solo" && FACTION_IDS.some((f) => (meta.seats[f] ?? []).some((o) => typeof o.token === "string" && o.token.length > 0 && o.token === key));
    } catch {
      return false;
    }
  }

  /** A seat rebuilt from the journal, not yet taken back (the transport sends its stale reconnection away). */
  staleSession(sessionId: string): boolean {
    return this.stale.has(sessionId);
  }

  private clockBack(): void {
    if (!this.awaitingReturn) return;
    this.awaitingReturn = false;
    if (this.state.status !== "running") return;
    this.schedule();
    broadcastMatch(this, "resumed", { by: "server" });
  }

  /** The server is restarting, or another process now runs this match: the clock stops and nothing more is journaled here. */
  detach(): void {
    this.detached = true;
    this.ticker?.clear();
    this.ticker = null;
  }

  /** Month and state hash (tests, the benchmark). */
  get resumeProbe(): { month: number; stateHash: string; months: number } {
    return { month: this.game.month, stateHash: stateHash(this.game), months: this.replayOrders.length };
  }

  // ——— views ———

  /** The match changed: the room's clock in its state, and each client's view. */
  private showMatch(): void {
    this.state.month = this.game.month;
    this.state.months = this.game.options.months;
    this.views.changed(this.clients, this.game);
  }

  private mirrorSeats(): void {
    for (const f of FACTION_IDS) {
      const view = this.state.factions.get(f);
      if (!view) continue;
      const seat = this.seats[f];
      view.controller = botPlays(seat) ? "bot" : "human";
      view.playerName = seat.occupants.map((o) => o.name).join(", ");
      for (const o of seat.occupants) {
        const player = this.state.players.get(o.sessionId);
        if (player) player.ready = o.ready;
      }
    }
  }

  private refreshListing(): void {
    const humans = humanCount(this.seats);
    void this.setMetadata({
      mode: this.options.mode,
      private: this.options.private || this.options.mode === "solo" || this.classroomId !== null,
      classroom: this.classroomId !== null,
      // Private rooms are not listed in the lobby; the code lets /api/rooms/by-code find them.
      code: this.state.code,
      status: this.state.status,
      players: humans,
      freeFactions: freeFactions(this.seats, this.seatSize),
      months: this.options.months,
      speed: this.state.speed,
      difficulty: this.options.difficulty,
      host: this.state.players.get(this.state.hostId)?.name ?? "",
    });
  }

  /** For tests and the classroom: the engine state (read-only use). */
  get engineState(): GameState {
    return this.game;
  }

  // ——— the classroom's controls (called by the classroom room through the matchmaker) ———

  classroomCommand(command: ClassroomCommand): boolean {
    const done = this.classroomCommandOnce(command);
    if (done && command.type !== "end" && command.type !== "dismiss") this.journalMeta();
    return done;
  }

  /** The orders this match has recorded, with who gave them (the class's activity indicator reads them). */
  recordedOrders(): Array<{ month: number; by?: string }> {
    return this.replayOrders.map((o) => (o.by ? { month: o.month, by: o.by } : { month: o.month }));
  }

  private classroomCommandOnce(command: ClassroomCommand): boolean {
    switch (command.type) {
      case "start":
        if (this.state.status === "waiting") this.begin();
        return true;
      case "pause":
        // A match held for the class to catch up becomes the teacher's pause.
        if (this.state.status === "paused" && this.heldForClass) {
          this.heldForClass = false;
          broadcastMatch(this, "paused", { by: "teacher" });
          return true;
        }
        if (this.state.status !== "running") return false;
        this.stopClock();
        broadcastMatch(this, "paused", { by: "teacher" });
        return true;
      case "resume":
        if (this.state.status !== "paused") return false;
        this.heldForClass = false;
        this.state.status = "running";
        this.schedule();
        broadcastMatch(this, "resumed", { by: "teacher" });
        return true;
      case "hold":
        // "Keep matches in step": this match is ahead of the class; it waits, orders still queue.
        if (this.state.status !== "running") return false;
        this.stopClock();
        this.heldForClass = true;
        broadcastMatch(this, "paused", { by: "class" });
        return true;
      case "release":
        if (this.state.status !== "paused" || !this.heldForClass) return false;
        this.heldForClass = false;
        this.state.status = "running";
        this.schedule();
        broadcastMatch(this, "resumed", { by: "class" });
        return true;
      case "remove": {
        // The teacher removed this student from the class: their seat here is freed too.
        const seated = FACTION_IDS.flatMap((f) => this.seats[f].occupants.filter((o) => o.student === command.student && command.student));
        for (const o of seated) {
          this.removed.add(o.sessionId);
          const client = this.clients.find((c) => c.sessionId === o.sessionId);
          if (client) client.leave(CLOSE_REMOVED, "removed by the teacher");
          else this.unseat(o.sessionId); // dropped and awaiting a return: that return is refused
        }
        return seated.length > 0;
      }
      case "rename": {
        const name = (command.name ?? "").trim().slice(0, 24);
        if (!name) return false;
        let found = false;
        for (const f of FACTION_IDS) for (const o of this.seats[f].occupants) if (o.student === command.student) {
          o.name = name;
          this.state.players.get(o.sessionId)?.assign({ name });
          found = true;
        }
        if (found) this.mirrorSeats();
        return found;
      }
      case "speed": {
        // From another process: checked like any message.
        const parsed = SpeedCommandSchema.safeParse({ speed: command.speed });
        if (!parsed.success) return false;
        this.state.speed = parsed.data.speed;
        this.tickMs = undefined;
        if (this.state.status === "running") this.schedule();
        return true;
      }
      case "inject":
        if (this.state.status === "ended") return false;
        // The teacher's event travels the same order pipeline as everyone's orders.
        // (applied at the next month; while paused, when the teacher resumes)
        this.queue.push({ issuer: "teacher", order: { type: "injectEvent", eventId: command.eventId }, name: "teacher" });
        return true;
      case "end":
        if (this.state.status === "ended") return false;
        this.finish();
        return true;
      case "dismiss":
        // The class is over (or gone): this match may close once its last client leaves.
        this.autoDispose = true;
        if (this.clients.length === 0) void this.disconnect();
        return true;
    }
  }

  private stopClock(): void {
    this.state.status = "paused";
    this.ticker?.clear();
    this.ticker = null;
  }

  /** What the teacher's dashboard and debrief need from this match. */
  classroomSummary(): ClassMatchSummary {
    const g = this.game;
    return {
      matchId: this.roomId,
      month: g.month,
      status: this.state.status,
      winner: g.winner,
      dramPrice: [...g.markets.dram.history],
      fabs: g.fabs.filter((f) => f.startedMonth !== null).map((f) => ({ owner: f.owner, node: f.node, site: f.site, startedMonth: f.startedMonth, volumeMonth: f.volumeMonth })),
      factions: Object.fromEntries(FACTION_IDS.map((f) => {
        const fs = g.factions[f];
        return [f, {
          limitingFactor: fs.limitingFactor,
          score: fs.score,
          milestones: { ...fs.milestones },
          limitingHistory: [...fs.limitingHistory],
          computeHistory: [...fs.computeHistory],
          students: this.seats[f].occupants.map((o) => o.name),
          controller: botPlays(this.seats[f]) ? "bot" : "human",
        }];
      })) as ClassMatchSummary["factions"],
    };
  }
}
