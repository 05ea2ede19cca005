// The `match` room: a thin adapter between Colyseus and a MatchHost (shared/host). Messages
// become host calls; the host's months and clock changes become each client's view of the match
// (the engine's public view), the room's state, broadcasts and journal writes. Seats,
// reconnection and the journal are the room's; no game rules here.
import { randomInt } from "node:crypto";
import { Room, ServerError, type Client, type RoomException, type RoomMethodName } from "@colyseus/core";
import {
  CLOSE_REMOVED, CLOSE_RESUMED, FACTION_IDS, MatchHost, createMatch, eventTextKey, stateHash, t,
  type ClassroomCommand, type ClockChange, type ClockSetting, type DeckDraw, type GameState, type MonthStepped, type Scheduler,
} from "../../shared/index";
import { broadcastMatch, sendMatch } from "./send";
import { SNAPSHOT_MONTHS, type Journal } from "../storage/journal";
import type { JournalEntry } from "../storage/journal-store";
import { claimResume } from "./resume";
import { COLYSEUS_MAX_MESSAGES_PER_SECOND } from "../security/limits";
import { dropProtoKeys } from "../security/sanitize";
import type { ResilientStore } from "../storage/resilient-store";
import { keepsSeat, takeOver } from "./close-codes";
import { FLOOD_RATE } from "./flood-guard";
import { applyClassCommand } from "./class-control";
import { guarded } from "./guarded";
import { classSummary, type ClassMatchSummary } from "./class-summary";
import { clockScheduler } from "./clock-scheduler";
import { journalMetaOf, readJournal, type MatchJournalMeta } from "./match-journal";
import { listingOf } from "./match-listing";
import { storeResult } from "./match-result";
import { registerPreview } from "./preview-handler";
import { FactionSeat, MatchState, PlayerView } from "./match-schema";
import { mirrorSeats, restoreSeats } from "./seat-views";
import { CreateOptionsSchema, FactionCommandSchema, JoinOptionsSchema, ReadyCommandSchema, SERVER_ONLY_OPTIONS, SpeedCommandSchema, type CreateOptions } from "./messages";
import { unusedCode } from "./private-code";
import { rooms } from "./room-count";
import { claimClassMatch, redeemTicket } from "./seat-tickets";
import { joinRefused, sendRefusal } from "./refusals";
import { ViewSender } from "./view-sender";
import { botPlays, emptySeats, freeFactions, humanCount, occupant, seatOf, seatsOfStudent, moveSeat, type Occupant, type Seats } from "./seats";

/** How long a dropped player keeps their seat (a bot plays it meanwhile). */
export const RECONNECT_SECONDS = 120;
/** After a restart, how long a seat waits for its player (the clock waits for the first one, or this long). */
export const RESUME_SECONDS = 180;
const RESUME_CLOCK_GRACE_MS = 30_000;
/** The server is restarting: clients keep their seat and reconnect by themselves. */
export const CLOSE_RESTARTING = 4010;
/** Pauses the host of an online match may take. */
export const ONLINE_PAUSES = 3;

export class MatchRoom extends Room<{ state: MatchState }> {
  /** Set by the server at boot: where finished matches are stored, and the flood limit (messages a second). */
  static store: ResilientStore | null = null;
  static floodRate = FLOOD_RATE;
  /** Server configuration only (tests, demos): ms a month for every match, and for class matches. */
  static tickMs: number | undefined = undefined;
  static classTickMs: number | undefined = undefined;
  /** Set by the server at boot: the journal of live rooms (null: nothing is journaled). */
  static journal: Journal | null = null;
  /** Tests only: the time every match runs on (a FakeScheduler); null: each room's own Colyseus clock. */
  static scheduler: Scheduler | null = null;

  override state = new MatchState();
  override maxClients = 64;
  override patchRate = 100;
  /** Colyseus' own frame cap, a backstop behind the per-socket leaky bucket (close-codes.ts). */
  override maxMessagesPerSecond = COLYSEUS_MAX_MESSAGES_PER_SECOND;
  private host!: MatchHost;
  private options!: CreateOptions;
  private seats: Seats = emptySeats();
  /** Sessions a teacher removed: they may not come back through a reconnection. */
  private removed = new Set<string>();
  /** A class match: its classroom's room id (the teacher holds the clock; seats by ticket only). */
  private classroomId: string | null = null;
  /** Students sharing one faction seat (class matches: 1–3, set by the classroom). */
  private seatSize = 1;
  private counted = false;
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
    const seed = this.options.seed ?? randomInt(0, 0xffffffff);
    const game = createMatch({ seed, months: this.options.months, events: this.options.events, difficulty: this.options.difficulty });
    const tickMs = (config ? MatchRoom.classTickMs : undefined) ?? MatchRoom.tickMs;
    this.host = this.hostFor(game, [], { status: "waiting", speed: this.options.speed, pausesLeft: this.options.mode === "online" ? ONLINE_PAUSES : -1, heldForClass: false, tickMs });
    const s = this.state;
    s.mode = this.options.mode;
    s.difficulty = this.options.difficulty;
    this.mirrorClock();
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

  private hostFor(game: GameState, deck: DeckDraw[], clock: ClockSetting): MatchHost {
    return new MatchHost({
      game, deck, clock,
      difficulty: this.options.difficulty,
      scheduler: this.time(),
      snapshotEvery: SNAPSHOT_MONTHS,
      listener: {
        // The journal keeps the month's orders (written off the clock, in the next flush), and every
        // SNAPSHOT_MONTHS the state at the start of the month (serialised at the flush).
        recorded: (month, orders, snapshot) => MatchRoom.journal?.month(this.roomId, month, orders, snapshot),
        stepped: (month) => this.onMonth(month),
        clock: (change) => this.onClock(change),
        failed: (error) => console.error(`match ${this.roomId}: a month failed:`, error),
      },
    });
  }

  /** The match's time: the room's own clock, or the one a test injected. */
  private time(): Scheduler {
    return MatchRoom.scheduler ?? clockScheduler(this.clock);
  }

  private listen(): void {
    this.onMessage("order", (client, message) => guarded(client, "order", () => this.onOrder(client, message)));
    this.onMessage("ready", (client, message) => guarded(client, "ready", () => this.onReady(client, message)));
    this.onMessage("faction", (client, message) => guarded(client, "faction", () => this.onPickFaction(client, message)));
    this.onMessage("start", (client) => guarded(client, "start", () => this.onStart(client)));
    this.onMessage("pause", (client) => guarded(client, "pause", () => this.onPause(client)));
    this.onMessage("resume", (client) => guarded(client, "resume", () => this.onResume(client)));
    this.onMessage("speed", (client, message) => guarded(client, "speed", () => this.onSpeed(client, message)));
    registerPreview(this, { game: () => this.host.game, factionOf: (id) => seatOf(this.seats, id), started: () => this.host.status !== "waiting" });
    this.onMessage("*", (client, type) => guarded(client, String(type), () => sendRefusal(client, "malformed", "refusal.unknownMessage", String(type).slice(0, 40), { type: String(type).slice(0, 40) })));
  }

  override async onJoin(client: Client, raw: unknown) {
    if (this.detached) throw joinRefused(403, "join.restarting");
    const parsed = JoinOptionsSchema.safeParse(dropProtoKeys(raw ?? {}));
    if (!parsed.success) throw joinRefused(400, "join.badOptions", { detail: parsed.error.issues[0]?.message ?? "?" });
    const o = parsed.data;
    if (this.classroomId) return this.joinByTicket(client, o.ticket);
    const view = new PlayerView().assign({ name: o.name, connected: true });
    if (o.spectator) {
      this.spectatorTokens.set(client.sessionId, client.reconnectionToken);
      return this.welcome(client, view.assign({ spectator: true }));
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
    this.welcome(client, view);
    if (this.options.mode === "solo") this.host.start();
  }

  /** Someone is in: their view of the room and of the match, the seats and the listing, the journal. */
  private welcome(client: Client, view: PlayerView): void {
    this.state.players.set(client.sessionId, view);
    this.views.whole(client, this.host.game);
    this.mirrorSeats();
    this.refreshListing();
    this.journalMeta();
  }

  /**
   * A class match seats ticket holders only: the ticket names the seat and the student.
   * A student who comes back with a new ticket (another tab, a lost reconnection) replaces
   * their old connection: one seat per student.
   */
  private async joinByTicket(client: Client, ticketId: string | undefined): Promise<void> {
    const ticket = await redeemTicket(ticketId, this.roomId);
    if (!ticket) throw joinRefused(403, "join.needTicket");
    for (const old of seatsOfStudent(this.seats, ticket.student)) {
      this.removed.add(old.sessionId);
      const c = this.clients.getById(old.sessionId);
      this.unseat(old.sessionId);
      c?.leave(CLOSE_REMOVED, "seat taken again by the same student");
    }
    if (this.seats[ticket.faction].occupants.length >= this.seatSize) throw joinRefused(403, "join.factionTaken", { faction: t("en", `faction.${ticket.faction}`) });
    this.seats[ticket.faction].occupants.push({ sessionId: client.sessionId, name: ticket.name, connected: true, ready: false, student: ticket.student, token: client.reconnectionToken });
    this.welcome(client, new PlayerView().assign({ name: ticket.name, connected: true, faction: ticket.faction }));
  }

  /** Asked by the matchmaker when a connection comes back with its key: its old one may still be open (close-codes.ts). */
  override checkReconnectionToken(reconnectionToken: string): string {
    return takeOver(this.clients, reconnectionToken, () => super.checkReconnectionToken(reconnectionToken));
  }

  override async onDrop(client: Client, code?: number) {
    // Expelled (flood, undecodable or oversize input): gone for good, onLeave follows.
    if (!keepsSeat(code, client.ref)) return;
    this.connected(client.sessionId, false);
    // Rejected when the time is up or the room closes; either way onLeave follows.
    await this.allowReconnection(client, RECONNECT_SECONDS).catch(() => {});
  }

  override onReconnect(client: Client) {
    // This copy is going away (restart, takeover): the seat is taken back where the room lives on.
    if (this.detached) return client.leave(CLOSE_RESUMED, "server restarting");
    this.stale.delete(client.sessionId);
    if (this.removed.has(client.sessionId)) return client.leave(CLOSE_REMOVED, "removed by the teacher");
    // A reconnection gets a new key: the journal keeps the current one.
    const seated = this.connected(client.sessionId, true);
    if (seated) seated.token = client.reconnectionToken;
    else if (this.spectatorTokens.has(client.sessionId)) this.spectatorTokens.set(client.sessionId, client.reconnectionToken);
    // It may have missed months while away: the whole view again.
    this.views.whole(client, this.host.game);
    this.journalMeta();
    if (seated && this.awaitingReturn) this.clockBack();
    if (seated && this.parked) {
      this.parked = false;
      this.host.wake();
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
      && (this.host.status === "running" || this.host.status === "paused") && seatOf(this.seats, sessionId) !== null;
  }

  /** The solo player left: the clock stops, the seat and its key stay; the room closes and its journal is parked. */
  private park(sessionId: string): void {
    this.parked = true;
    this.host.suspend();
    this.connected(sessionId, false);
  }

  /** A player's connection came or went (their seat is a bot's while nobody there is connected). */
  private connected(sessionId: string, connected: boolean): Occupant | undefined {
    const seated = occupant(this.seats, sessionId);
    if (seated) seated.connected = connected;
    this.state.players.get(sessionId)?.assign({ connected });
    this.mirrorSeats();
    return seated;
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
    this.host?.suspend();
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
    // (A month that throws is caught by the host, which holds the clock.)
    console.error(`match ${this.roomId}: ${method} failed:`, cause ?? error);
  }

  // ——— commands ———

  private onOrder(client: Client, message: unknown): void {
    const orderType = typeof (message as { type?: unknown })?.type === "string" ? String((message as { type: string }).type).slice(0, 40) : undefined;
    const faction = seatOf(this.seats, client.sessionId);
    if (!faction) return sendRefusal(client, "not-your-faction", "refusal.spectatorCannotOrder", "order", undefined, orderType);
    const refusal = this.host.submit(faction, message, { by: client.sessionId, name: occupant(this.seats, client.sessionId)?.name });
    if (refusal) return sendRefusal(client, refusal.code, refusal.reason, "order", refusal.params, orderType);
    sendMatch(client, "queued", { orderType, month: this.host.game.month });
  }

  /** Before the start a player may move to a free faction (their host role and name go with them). */
  private onPickFaction(client: Client, message: unknown): void {
    const from = seatOf(this.seats, client.sessionId);
    if (!from) return sendRefusal(client, "not-your-faction", "refusal.spectatorCannotOrder", "faction");
    if (this.classroomId) return sendRefusal(client, "not-allowed", "refusal.classSeat", "faction");
    if (this.host.status !== "waiting") return sendRefusal(client, "wrong-stage", "refusal.alreadyStarted", "faction");
    const parsed = FactionCommandSchema.safeParse(message);
    if (!parsed.success) return sendRefusal(client, "malformed", "refusal.malformed", "faction", { field: "faction", detail: parsed.error.issues[0]?.message ?? "" });
    const to = parsed.data.faction;
    if (to === from) return;
    if (this.seats[to].occupants.length >= this.seatSize) return sendRefusal(client, "not-allowed", "refusal.factionTaken", "faction", { faction: t("en", `faction.${to}`) });
    moveSeat(this.seats, client.sessionId, from, to);
    this.state.players.get(client.sessionId)?.assign({ faction: to, ready: false });
    this.views.whole(client, this.host.game);
    this.mirrorSeats();
    this.refreshListing();
  }

  private onReady(client: Client, message: unknown): void {
    const faction = seatOf(this.seats, client.sessionId);
    if (!faction) return sendRefusal(client, "not-your-faction", "refusal.spectatorCannotOrder", "ready");
    if (this.host.status !== "waiting") return sendRefusal(client, "wrong-stage", "refusal.alreadyStarted", "ready");
    const parsed = ReadyCommandSchema.safeParse(message);
    if (!parsed.success) return sendRefusal(client, "malformed", "refusal.malformed", "ready", { field: "ready", detail: parsed.error.issues[0]?.message ?? "" });
    occupant(this.seats, client.sessionId)!.ready = parsed.data.ready;
    this.mirrorSeats();
  }

  private onStart(client: Client): void {
    if (client.sessionId !== this.state.hostId) return sendRefusal(client, "not-allowed", "refusal.notHost", "start");
    if (!this.host.start()) return sendRefusal(client, "wrong-stage", "refusal.alreadyStarted", "start");
  }

  private onPause(client: Client): void {
    if (client.sessionId !== this.state.hostId) return sendRefusal(client, "not-allowed", "refusal.notHost", "pause");
    const refusal = this.host.pause("player", this.state.players.get(client.sessionId)?.name ?? "");
    if (refusal) return sendRefusal(client, refusal.code, refusal.reason, "pause");
    this.journalMeta();
  }

  private onResume(client: Client): void {
    if (client.sessionId !== this.state.hostId) return sendRefusal(client, "not-allowed", "refusal.notHost", "resume");
    const refusal = this.host.resume("player");
    if (refusal) return sendRefusal(client, refusal.code, refusal.reason, "resume");
    this.journalMeta();
  }

  private onSpeed(client: Client, message: unknown): void {
    if (client.sessionId !== this.state.hostId) return sendRefusal(client, "not-allowed", "refusal.notHost", "speed");
    const parsed = SpeedCommandSchema.safeParse(message);
    if (!parsed.success) return sendRefusal(client, "malformed", "refusal.malformed", "speed", { field: "speed", detail: parsed.error.issues[0]?.message ?? "" });
    this.host.setSpeed(parsed.data.speed);
    this.journalMeta();
  }

  // ——— what the host tells ———

  /** A month was played: refusals to their senders, the news to everyone, each client's view. */
  private onMonth({ events, refusals }: MonthStepped): void {
    for (const r of refusals) {
      const client = r.by ? this.clients.getById(r.by) : undefined;
      if (client) sendRefusal(client, r.refusal.code, r.refusal.reason, "order", r.refusal.params, (r.order as { type?: string })?.type);
    }
    for (const e of events) broadcastMatch(this, "event", { id: e.id, key: eventTextKey(e.id), month: e.month, faction: e.faction ?? null, params: e.params ?? {} });
    this.showMatch();
  }

  /** The match changed (the one place the engine state reaches clients): the room's month, and each client's view. */
  private showMatch(): void {
    this.state.month = this.host.game.month;
    this.state.months = this.host.game.options.months;
    this.views.changed(this.clients, this.host.game);
  }

  private onClock(change: ClockChange): void {
    this.mirrorClock();
    switch (change.kind) {
      case "started":
        this.journalMeta();
        this.refreshListing();
        return broadcastMatch(this, "started", { month: this.host.game.month });
      case "paused":
        return broadcastMatch(this, "paused", { by: change.by });
      case "resumed":
        return broadcastMatch(this, "resumed", change.by === undefined ? {} : { by: change.by });
      case "ended":
        return this.finish();
    }
  }

  private mirrorClock(): void {
    this.state.assign({ status: this.host.status, speed: this.host.speed, pausesLeft: this.host.pausesLeft });
  }

  private finish(): void {
    this.refreshListing();
    storeResult(MatchRoom.store, this.roomId, this.host, (result, saved) => {
      // The result is stored (or kept and retried): the journal has nothing more to resume.
      MatchRoom.journal?.end(this.roomId);
      broadcastMatch(this, "ended", { matchId: this.roomId, winner: this.host.game.winner, stateHash: result.stateHash, saved });
    });
  }

  // ——— the journal: restart, failover ———

  /** Local match rooms (the server stops their clocks before a restart). */
  static readonly live = new Set<MatchRoom>();

  private journalMeta(): void {
    if (this.detached || !MatchRoom.journal || !this.host || this.host.status === "ended") return;
    MatchRoom.live.add(this);
    MatchRoom.journal.touch(this.roomId, "match", () => this.metaForJournal());
  }

  private metaForJournal(): MatchJournalMeta {
    return journalMetaOf({
      options: this.options, game: this.host.game, clock: this.host.clockSetting(), classroomId: this.classroomId, seatSize: this.seatSize, code: this.state.code,
      hostId: this.state.hostId, seats: this.seats, spectators: this.spectatorTokens, names: (id) => this.state.players.get(id)?.name ?? "", removed: this.removed,
    });
  }

  /** Rebuilds the match from its journal: same id, code, seats; the engine replays every month. */
  private resume(entry: JournalEntry): void {
    const { meta, game, deck, months } = readJournal(entry);
    this.roomId = entry.id;
    this.options = meta.options;
    this.maxMessagesPerSecond = Math.max(COLYSEUS_MAX_MESSAGES_PER_SECOND, MatchRoom.floodRate * 6);
    this.classroomId = meta.classroomId;
    this.seatSize = meta.seatSize;
    if (this.classroomId) this.autoDispose = false;
    // Same options + seed + every month's orders → the same state hash (the engine is deterministic).
    this.host = this.hostFor(game, deck, {
      status: meta.status as ClockSetting["status"], speed: meta.speed as ClockSetting["speed"], pausesLeft: meta.pausesLeft, heldForClass: meta.heldForClass, tickMs: meta.tickMs,
    });
    this.host.catchUp(months);
    rooms.open();
    this.counted = true;
    const s = this.state;
    s.mode = meta.options.mode;
    s.difficulty = meta.options.difficulty;
    s.code = meta.code;
    this.mirrorClock();
    this.removed = new Set(meta.removed);
    if (this.options.private || this.options.mode === "solo") void this.setPrivate(true);
    // Every seat waits for its player, who comes back with the reconnection key their browser kept.
    for (const [sessionId, token] of restoreSeats(meta, this.seats, s.players, this.spectatorTokens)) this.holdSeat(sessionId, token);
    if (s.players.has(meta.hostId)) s.hostId = meta.hostId;
    for (const f of FACTION_IDS) s.factions.set(f, new FactionSeat());
    this.showMatch();
    this.mirrorSeats();
    this.refreshListing();
    this.listen();
    this.journalMeta();
    if (this.host.game.status === "ended") {
      if (!this.host.end()) this.finish();
      return;
    }
    // The clock waits for the first player back (or RESUME_CLOCK_GRACE_MS): nobody misses a month.
    if (this.host.status === "running" && FACTION_IDS.some((f) => this.seats[f].occupants.some((o) => o.token))) {
      this.awaitingReturn = true;
      this.host.suspend();
      this.time().after(RESUME_CLOCK_GRACE_MS, () => this.clockBack());
    } else this.host.wake();
  }

  /** A seat held for a player of the match before the restart (their reconnection key opens it). */
  private holdSeat(sessionId: string, token: string): void {
    const previous = { sessionId, reconnectionToken: token } as unknown as Client;
    this.stale.add(sessionId);
    this.allowReconnection(previous, RESUME_SECONDS).catch(() => {
      if (!this.detached && this.state.players.has(sessionId) && !this.clients.getById(sessionId)) this.gone(sessionId);
    });
  }

  /** A seat rebuilt from the journal, not yet taken back (the transport sends its stale reconnection away). */
  staleSession(sessionId: string): boolean {
    return this.stale.has(sessionId);
  }

  private clockBack(): void {
    if (!this.awaitingReturn || this.detached) return;
    this.awaitingReturn = false;
    this.host.wake();
    if (this.host.status === "running") broadcastMatch(this, "resumed", { by: "server" });
  }

  /** The server is restarting, or another process now runs this match: the clock stops and nothing more is journaled here. */
  detach(): void {
    this.detached = true;
    this.host?.suspend();
  }

  /** Month and state hash (tests, the benchmark). */
  get resumeProbe(): { month: number; stateHash: string; months: number } {
    return { month: this.host.game.month, stateHash: stateHash(this.host.game), months: this.host.replayOrders.length };
  }

  // ——— views ———

  /** Seats changed: the views follow, and the host learns which seats its bots play. */
  private mirrorSeats(): void {
    this.host.seatBots(FACTION_IDS.filter((f) => botPlays(this.seats[f])));
    mirrorSeats(this.state, this.seats);
  }

  private refreshListing(): void {
    void this.setMetadata(listingOf({
      options: this.options, classroomId: this.classroomId, code: this.state.code, status: this.host.status, speed: this.host.speed,
      seats: this.seats, seatSize: this.seatSize, hostName: this.state.players.get(this.state.hostId)?.name ?? "",
    }));
  }

  /** For tests and the benchmark: the match itself. */
  get matchHost(): MatchHost {
    return this.host;
  }

  /** For tests and the classroom: the engine state (read-only use). */
  get engineState(): GameState {
    return this.host.game;
  }

  // ——— the classroom's controls (called by the classroom room through the matchmaker) ———

  classroomCommand(command: ClassroomCommand): boolean {
    const done = applyClassCommand(this, command);
    if (done && command.type !== "end" && command.type !== "dismiss") this.journalMeta();
    return done;
  }

  /** The orders this match has recorded, with who gave them (the class's activity indicator reads them). */
  recordedOrders(): Array<{ month: number; by?: string }> {
    return this.host.replayOrders.map((o) => (o.by ? { month: o.month, by: o.by } : { month: o.month }));
  }

  // (ClassControlled, class-control.ts: what the classroom's commands change beside the clock)
  removeStudent(student: string): boolean {
    const seated = seatsOfStudent(this.seats, student);
    for (const o of seated) {
      this.removed.add(o.sessionId);
      const client = this.clients.find((c) => c.sessionId === o.sessionId);
      if (client) client.leave(CLOSE_REMOVED, "removed by the teacher");
      else this.unseat(o.sessionId); // dropped and awaiting a return: that return is refused
    }
    return seated.length > 0;
  }

  renameStudent(student: string, raw: string): boolean {
    const name = (raw ?? "").trim().slice(0, 24);
    const seated = name ? seatsOfStudent(this.seats, student) : [];
    for (const o of seated) {
      o.name = name;
      this.state.players.get(o.sessionId)?.assign({ name });
    }
    if (seated.length) this.mirrorSeats();
    return seated.length > 0;
  }

  dismiss(): void {
    this.autoDispose = true;
    if (this.clients.length === 0) void this.disconnect();
  }

  /** What the teacher's dashboard and debrief need from this match. */
  classroomSummary(): ClassMatchSummary {
    return classSummary(this.roomId, this.host.status, this.host.game, this.seats);
  }
}
