// The client's one door to a match. Screens and the world scene subscribe here;
// only the backend modules talk to Colyseus (or, offline, to the in-browser engine).
import type { FactionId, MatchMessages, Order, OrderPreview, PublicView } from "../../../shared/index";
import { Emitter } from "../app/emitter";
import type { Backend, BackendSink, CreateOptions, JoinOptions, LobbyEntry } from "./backend";
import { effectsOf } from "./effects";
import { History } from "./history";
import { forgetSeat, savedSeat } from "./seat-store";
import type { Effect, RefusalView, RoomView, Speed, WorldView } from "./view";

/** "restarting": the server is restarting; the seat is taken back by itself once it is up. */
export type Connection = "idle" | "connecting" | "online" | "reconnecting" | "restarting" | "closed";

export interface RefusedEvent {
  refusal: RefusalView;
  /** The control that sent the refused order or command, if known. */
  origin: string | null;
}

interface Events extends Record<string, unknown> {
  view: WorldView;
  effect: Effect;
  refused: RefusedEvent;
  sent: { origin: string | null; type: string };
  queued: { origin: string | null; orderType: string; month: number };
  ended: { matchId: string; winner: string | null };
  connection: Connection;
  lobby: LobbyEntry[];
  joined: { faction: FactionId | null; spectator: boolean };
  /** Who stopped or restarted the clock: "host", "teacher", or "class" (held to keep a class in step). */
  clock: { status: "paused" | "resumed"; by: string };
}

const PENDING_MS = 15_000;

class Net {
  readonly events = new Emitter<Events>();
  view: WorldView | null = null;
  connection: Connection = "idle";
  private backend: Backend | null = null;
  private pending: Array<{ origin: string | null; type: string; at: number }> = [];
  /** Last control to send each type: refusals found only when the month is played land there. */
  private lastOrigin = new Map<string, string | null>();
  private history = new History();
  private lastMonth = -1;
  /** The two halves of the view: the room's state and the engine's public view of the match. */
  private room: RoomView | null = null;
  private roomKey = "";
  private match: PublicView | null = null;
  /** Why the server closed the match connection (4001: a teacher removed this student). */
  closeCode = 0;
  /** Id of the finished match's stored result (GET /api/matches/:id). */
  matchId = "";

  get seat() {
    return this.backend?.seat ?? null;
  }

  get roomId(): string {
    return this.backend?.roomId ?? "";
  }

  get faction(): FactionId | null {
    return this.backend?.seat.faction ?? null;
  }

  get isHost(): boolean {
    const id = this.backend?.seat.sessionId;
    if (!id || !this.view) return false;
    if (this.view.hostId) return this.view.hostId === id;
    return this.view.players.find((p) => p.id === id)?.host ?? this.view.mode === "solo";
  }

  /** What the client remembers beyond the present view (the largest warehouse pile). */
  get histories(): History {
    return this.history;
  }

  on<K extends keyof Events>(event: K, fn: (payload: Events[K]) => void): () => void {
    return this.events.on(event, fn);
  }

  private sink(): BackendSink {
    return {
      room: (room) => {
        // The room's schema also carries the month, which the view already shows: redraw only
        // when the room itself (status, speed, players, seats) changed.
        const key = JSON.stringify(room);
        if (key === this.roomKey) return;
        this.roomKey = key;
        this.room = room;
        this.showView();
      },
      match: (match) => {
        this.match = match;
        this.showView();
      },
      message: (type, payload) => this.onMessage(type, payload),
      connection: (status, code) => {
        if (status === "closed") this.closeCode = code ?? 0;
        this.setConnection(status);
      },
    };
  }

  private setConnection(c: Connection): void {
    this.connection = c;
    this.events.emit("connection", c);
  }

  /** The room and the match joined into the one view the screens draw (once both have come). */
  private showView(): void {
    if (!this.room || !this.match) return;
    const view: WorldView = { ...this.match, ...this.room };
    this.history.record(view);
    this.view = view;
    if (view.month !== this.lastMonth) {
      this.lastMonth = view.month;
      const cutoff = Date.now() - PENDING_MS;
      this.pending = this.pending.filter((p) => p.at >= cutoff);
    }
    this.events.emit("view", this.view);
  }

  private onMessage(type: string, payload: unknown): void {
    if (type === "refused") {
      // { code, reason (English), key (i18n), params?, command, orderType? } — see docs/api.md.
      const p = (payload ?? {}) as Partial<RefusalView> & { key?: string; command?: string; orderType?: string; type?: string };
      const refusal: RefusalView = { code: String(p.code ?? "refused"), reason: String(p.key ?? p.reason ?? "refusal.malformed"), params: p.params };
      if (!p.key && p.reason && p.reason !== refusal.reason) refusal.reason = p.reason;
      const origin = this.takePending(p.command && p.command !== "order" ? p.command : (p.orderType ?? p.type));
      this.events.emit("refused", { refusal, origin });
      return;
    }
    if (type === "queued") {
      const p = (payload ?? {}) as Partial<MatchMessages["queued"]>;
      const origin = this.takePending(p.orderType);
      this.events.emit("queued", { origin, orderType: String(p.orderType ?? ""), month: Number(p.month ?? this.view?.month ?? 0) });
      return;
    }
    if (type === "ended") {
      const p = (payload ?? {}) as Partial<MatchMessages["ended"]>;
      this.matchId = String(p.matchId ?? this.roomId);
      this.events.emit("ended", { matchId: this.matchId, winner: p.winner ?? null });
      return;
    }
    if (type === "paused" || type === "resumed") {
      const by = String((payload as { by?: unknown } | null)?.by ?? "host");
      this.events.emit("clock", { status: type, by });
      return;
    }
    if (type === "started") return;
    for (const eff of effectsOf(type, payload)) this.events.emit("effect", eff);
  }

  /** The control that sent the oldest unanswered message of this type (answers come in order). */
  private takePending(type: string | undefined): string | null {
    if (!type) return null;
    const i = this.pending.findIndex((p) => p.type === type);
    if (i < 0) return this.lastOrigin.get(type) ?? null;
    const [p] = this.pending.splice(i, 1);
    return p.origin;
  }

  private async attach(make: (sink: BackendSink) => Promise<Backend>): Promise<void> {
    await this.leave();
    this.history = new History();
    this.lastMonth = -1;
    this.room = null;
    this.roomKey = "";
    this.match = null;
    this.matchId = "";
    this.setConnection("connecting");
    try {
      this.backend = await make(this.sink());
      this.setConnection("online");
      this.events.emit("joined", { faction: this.backend.seat.faction, spectator: this.backend.seat.spectator });
    } catch (err) {
      this.setConnection("closed");
      throw err;
    }
  }

  private async colyseus() {
    return import("./colyseus-backend");
  }

  async createMatch(create: CreateOptions, join: JoinOptions, offline = false): Promise<void> {
    if (offline) {
      const local = await import("./local-backend");
      return this.attach((sink) => local.createLocal(create, join, sink));
    }
    const c = await this.colyseus();
    return this.attach((sink) => c.create(create, join, sink));
  }

  /** Find an open match by its private code (before choosing a faction and joining). */
  async lookupCode(code: string): Promise<LobbyEntry | null> {
    const c = await this.colyseus();
    return c.lookupCode(code);
  }

  async joinById(roomId: string, join: JoinOptions): Promise<void> {
    const c = await this.colyseus();
    return this.attach((sink) => c.joinById(roomId, join, sink));
  }

  /** After a page refresh: take the same seat back, silently. False if there is nothing to resume. */
  async resume(): Promise<boolean> {
    if (!savedSeat()) return false;
    const c = await this.colyseus();
    try {
      await this.attach((sink) => c.reconnectSaved(sink));
      return true;
    } catch {
      forgetSeat();
      this.setConnection("idle");
      return false;
    }
  }

  /** "Continue" the solo match the server kept for this browser. False when it is no longer there. */
  async continueSolo(): Promise<boolean> {
    const c = await this.colyseus();
    try {
      await this.attach((sink) => c.continueSolo(sink));
      return true;
    } catch {
      this.setConnection("idle");
      return false;
    }
  }

  /** Live list of public matches; returns the function that stops watching. */
  async watchLobby(): Promise<() => void> {
    const c = await this.colyseus();
    return c.watchLobby((rooms) => this.events.emit("lobby", rooms));
  }

  /** The engine's dry run of an order for this seat; null when not in a match. */
  async preview(order: Order): Promise<OrderPreview | null> {
    return this.backend ? this.backend.preview(order) : null;
  }

  order(order: Order, origin: string | null = null): void {
    this.command("order", order, origin, order.type);
  }

  command(type: string, payload?: unknown, origin: string | null = null, pendingType = type): void {
    if (!this.backend) return;
    this.pending.push({ origin, type: pendingType, at: Date.now() });
    this.lastOrigin.set(pendingType, origin);
    if (this.pending.length > 40) this.pending.shift();
    this.backend.send(type, payload);
    this.events.emit("sent", { origin, type: pendingType });
  }

  /** Before the start: move to a free faction (the server refuses a taken one). */
  pickFaction(faction: FactionId, origin = "room-faction"): void {
    this.command("faction", { faction }, origin);
  }

  ready(on = true, origin = "ready"): void {
    this.command("ready", { ready: on }, origin);
  }

  start(): void {
    this.command("start", {}, "start");
  }

  pause(): void {
    this.command("pause", {}, "pause");
  }

  resumeClock(): void {
    this.command("resume", {}, "resume");
  }

  setSpeed(speed: Speed): void {
    this.command("speed", { speed }, "speed");
  }

  async leave(): Promise<void> {
    const b = this.backend;
    this.backend = null;
    this.view = null;
    this.room = null;
    this.roomKey = "";
    this.match = null;
    this.pending = [];
    if (b) await b.leave().catch(() => undefined);
    if (this.connection !== "idle") this.setConnection("idle");
  }
}

export const net = new Net();
