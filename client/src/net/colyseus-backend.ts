// The only module that talks to @colyseus/sdk. It joins rooms, relays state and
// messages to the net facade, and keeps the reconnection token in sessionStorage
// so a refreshed page takes the same seat back. When the server restarts (it says
// "serverRestarting", or closes with 4012) the seat is taken back with the same token
// through the matchmaker, retried until the room is back (docs/api.md, "Rejoining").
import { Client, type Room } from "@colyseus/sdk";
import { CLOSE_RESUMED, MAX_PREVIEW_ID, applyViewPatch, type FactionId, type MatchMessages, type Order, type OrderPreview, type Plain, type PublicView, type ViewPayload } from "../../../shared/index";
import type { Backend, BackendSink, CreateOptions, JoinOptions, JoinedSeat, LobbyEntry } from "./backend";
import { forgetSeat, forgetSolo, saveSeat, saveSolo, savedSeat, savedSolo } from "./seat-store";
import { apiBase, serverBase } from "./endpoint";
import { TooManyRequests } from "./join-error";
import { roomViewOf } from "./room-view";

let client: Client | null = null;
/** The one SDK client of the page (matches, the lobby, and classes share it). */
export function sdk(): Client {
  return (client ??= new Client(serverBase()));
}

/** Colyseus: the SDK's own reconnection gave up. */
const CLOSE_FAILED_TO_RECONNECT = 4003;
/** How long a fresh reconnection is retried (a restart resumes rooms within seconds). */
const REJOIN_FOR_MS = 120_000;
const REJOIN_EVERY_MS = 1_000;
/** How long a preview may take before the panel stops waiting for it. */
const PREVIEW_TIMEOUT_MS = 5_000;

/**
 * The SDK's own reconnection from the first second (not after 5 s of uptime), a few quick tries on the
 * same socket address (a blip); then a fresh reconnection through the matchmaker (4003 → rejoin), which
 * also finds a room another process took over after its process died.
 */
export function keepTrying(room: Room): Room {
  room.reconnection.minUptime = 0;
  room.reconnection.maxRetries = 4;
  room.reconnection.maxDelay = 1000;
  return room;
}

/** Takes a seat back with its reconnection token, through the matchmaker, until `forMs` has passed. */
export async function rejoin(token: string, forMs = REJOIN_FOR_MS, everyMs = REJOIN_EVERY_MS, firstDelayMs = 300): Promise<Room> {
  const until = Date.now() + forMs;
  // A restarting process may still be closing: the room is resumed by the next one.
  if (firstDelayMs > 0) await new Promise((r) => setTimeout(r, firstDelayMs));
  for (;;) {
    try {
      return await sdk().reconnect(token);
    } catch (err) {
      if (Date.now() + everyMs > until) throw err;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  }
}

function save(room: Room, seat: JoinedSeat): void {
  saveSeat({ token: room.reconnectionToken, roomId: room.roomId, faction: seat.faction, spectator: seat.spectator });
}

/** The room's state as plain JSON (a schema instance has toJSON). */
function stateJSON(state: unknown): unknown {
  return state && typeof (state as { toJSON?: unknown }).toJSON === "function" ? (state as { toJSON(): unknown }).toJSON() : state;
}

/** A seat in the state's players: a MapSchema (get) or, as JSON, an object keyed by session id. */
type Players = { get?: (sessionId: string) => unknown; [sessionId: string]: unknown };
interface SeatFields { faction?: unknown; spectator?: unknown }

class RoomBackend implements Backend {
  readonly seat: JoinedSeat;
  private left = false;
  private room!: Room;
  /** The server said it is restarting: the connection shows "server restarting — reconnecting". */
  private restarting = false;
  /** The match as last received (patches apply to it). */
  private match: PublicView | null = null;

  constructor(room: Room, seat: Omit<JoinedSeat, "sessionId">, private sink: BackendSink) {
    this.seat = { sessionId: room.sessionId, ...seat };
    this.attach(room);
  }

  private attach(room: Room): void {
    const sink = this.sink;
    this.room = keepTrying(room);
    room.onStateChange((state: unknown) => {
      if (this.room !== room) return;
      this.learnSeat(state);
      sink.room(roomViewOf(stateJSON(state)));
    });
    room.onMessage("*", (type: string | number, payload: unknown) => {
      if (this.room !== room) return;
      if (type === "view") return this.onView(payload as ViewPayload);
      if (type === "preview") return this.previewed(payload as MatchMessages["preview"]);
      if (type === "serverRestarting") {
        this.restarting = true;
        sink.connection("restarting");
      }
      sink.message(String(type), payload);
    });
    room.onDrop(() => sink.connection(this.restarting ? "restarting" : "reconnecting"));
    room.onReconnect(() => {
      if (this.left) return void room.leave(true).catch(() => undefined);
      this.restarting = false;
      save(this.room, this.seat);
      sink.connection("online");
    });
    room.onLeave((code: number) => {
      if (this.room !== room || this.left) return;
      // The server restarted (or gave the room to another process), or the SDK's own retries ran
      // out: take the seat back afresh with the token this tab kept.
      if (code === CLOSE_RESUMED || code === CLOSE_FAILED_TO_RECONNECT) return void this.rejoin(room.reconnectionToken);
      if (code !== 4000) forgetSeat();
      sink.connection("closed", code);
    });
    room.onError((code: number, message?: string) => console.warn("room error", code, message));
    save(room, this.seat);
    if (room.state) sink.room(roomViewOf(stateJSON(room.state)));
  }

  /** The whole view, or this month's patch to the one we have. */
  private onView(payload: ViewPayload): void {
    if ("view" in payload) this.match = payload.view;
    else if (this.match) this.match = applyViewPatch(this.match as unknown as Plain, payload.patch) as unknown as PublicView;
    else return; // a patch before the whole view cannot be applied: the server sends the whole view first
    this.sink.match(this.match);
  }

  private async rejoin(token: string): Promise<void> {
    this.restarting = true;
    this.sink.connection("restarting");
    try {
      const room = await rejoin(token);
      if (this.left) return void room.leave(true).catch(() => undefined);
      this.restarting = false;
      this.attach(room);
      this.sink.connection("online");
    } catch {
      if (this.left) return;
      forgetSeat();
      this.sink.connection("closed", CLOSE_RESUMED);
    }
  }

  get roomId(): string {
    return this.room.roomId;
  }

  /** A solo match is kept by the server: this browser remembers it for "Continue" (until it ends). */
  private soloMonth = -2;
  private rememberSolo(state: unknown): void {
    const s = state as { mode?: unknown; status?: unknown; month?: unknown } | null | undefined;
    if (s?.mode !== "solo" || this.seat.spectator) return;
    if (s.status === "ended") {
      if (savedSolo()?.roomId === this.room.roomId) forgetSolo();
      return;
    }
    const month = Number(s.month ?? 0);
    if (month === this.soloMonth) return;
    this.soloMonth = month;
    saveSolo({ token: this.room.reconnectionToken, roomId: this.room.roomId, faction: this.seat.faction, month, savedAt: Date.now() });
  }

  /** The server tells us our seat in state.players (or clients) keyed by session id. */
  private learnSeat(state: unknown): void {
    this.rememberSolo(state);
    const players = (state as { players?: Players } | null | undefined)?.players;
    const me = (players?.get?.(this.room.sessionId) ?? players?.[this.room.sessionId]) as SeatFields | null | undefined;
    if (!me) return;
    const faction = typeof me.faction === "string" && me.faction ? (me.faction as FactionId) : null;
    const changed = faction !== this.seat.faction || Boolean(me.spectator) !== this.seat.spectator;
    (this.seat as { faction: FactionId | null }).faction = faction;
    (this.seat as { spectator: boolean }).spectator = Boolean(me.spectator);
    if (changed) save(this.room, this.seat);
  }

  send(type: string, payload?: unknown): void {
    this.room.send(type, payload ?? {});
  }

  /** Previews asked for and not yet answered, by request id. */
  private previews = new Map<number, { resolve(p: OrderPreview): void; reject(e: Error): void }>();
  private previewId = 0;

  preview(order: Order): Promise<OrderPreview> {
    const id = (this.previewId = (this.previewId % MAX_PREVIEW_ID) + 1);
    return new Promise<OrderPreview>((resolve, reject) => {
      this.previews.set(id, { resolve, reject });
      // An answer lost with a dropped connection must not hold a promise for ever.
      setTimeout(() => {
        if (this.previews.delete(id)) reject(new Error("preview timed out"));
      }, PREVIEW_TIMEOUT_MS);
      this.room.send("preview", { id, order });
    });
  }

  private previewed(reply: MatchMessages["preview"]): void {
    const waiting = this.previews.get(reply.id);
    if (!waiting) return;
    this.previews.delete(reply.id);
    waiting.resolve(reply);
  }

  async leave(): Promise<void> {
    this.left = true;
    forgetSeat();
    const room = this.room;
    // The SDK's leave() resolves on the close it asks for. A connection closed already (the seat
    // taken over by another tab, the server gone) or being re-established never gives one, and
    // whatever came next (Continue, a new match) waited for it forever. A retry still pending is
    // the last; one that gets through leaves at once (onReconnect).
    if (!room.connection?.isOpen) {
      room.reconnection.maxRetries = 0;
      return;
    }
    await room.leave(true).catch(() => undefined);
  }
}

export async function create(opts: CreateOptions, join: JoinOptions, sink: BackendSink): Promise<Backend> {
  const room = await sdk().create("match", { ...opts, ...join });
  return new RoomBackend(room, { faction: join.faction ?? opts.faction ?? null, spectator: Boolean(join.spectator) }, sink);
}

export async function joinById(roomId: string, join: JoinOptions, sink: BackendSink): Promise<Backend> {
  const room = await sdk().joinById(roomId, { ...join });
  return new RoomBackend(room, { faction: join.faction ?? null, spectator: Boolean(join.spectator) }, sink);
}

/** An open match by its private code: its room id and listing (free factions…), or null. */
export async function lookupCode(code: string): Promise<LobbyEntry | null> {
  const clean = code.trim().toUpperCase();
  if (!/^[A-Z0-9]{4,8}$/.test(clean)) return null;
  const res = await fetch(`${apiBase()}/api/rooms/by-code/${encodeURIComponent(clean)}`);
  // Too many lookups from this address: say so (and for how long), not "no such code".
  if (res.status === 429) throw new TooManyRequests(Number(res.headers.get("retry-after")) || 30);
  if (!res.ok) return null;
  const body = (await res.json()) as { roomId: string; metadata?: unknown };
  return entry({ roomId: body.roomId, metadata: body.metadata, clients: 0, maxClients: 64 });
}

/**
 * "Continue" a solo match the server kept: it brings the match back (POST /api/matches/:id/continue
 * with the seat's key), then the seat is taken back with the kept token.
 */
export async function continueSolo(sink: BackendSink): Promise<Backend> {
  const s = savedSolo();
  if (!s) throw new Error("no solo match to continue");
  const key = s.token.split(":")[1] ?? "";
  let lastError: unknown = null;
  // Just left: the room may still be closing (then it is parked a moment later); a few tries.
  for (let attempt = 0; attempt < 8; attempt++) {
    const res = await fetch(`${apiBase()}/api/matches/${encodeURIComponent(s.roomId)}/continue`, { method: "POST", headers: { Authorization: `Bearer ${key}` } });
    if (res.status === 429) throw new TooManyRequests(Number(res.headers.get("retry-after")) || 30);
    if (res.ok) {
      try {
        const room = await sdk().reconnect(s.token);
        return new RoomBackend(room, { faction: s.faction, spectator: false }, sink);
      } catch (err) {
        lastError = err;
      }
    } else if (res.status === 404 && attempt >= 3) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  forgetSolo();
  throw lastError ?? new Error("that solo match is no longer kept");
}

export async function reconnectSaved(sink: BackendSink): Promise<Backend> {
  const s = savedSeat();
  if (!s) throw new Error("no saved seat");
  // A page reloaded while the server restarts: a few more tries while its rooms come back.
  const room = await rejoin(s.token, 15_000, 1_000, 0);
  return new RoomBackend(room, { faction: s.faction, spectator: s.spectator }, sink);
}

/** Live list of public matches from the server's lobby room. */
export async function watchLobby(onRooms: (rooms: LobbyEntry[]) => void): Promise<() => void> {
  const lobby = await sdk().joinOrCreate("lobby", { filter: { name: "match" } });
  let rooms = new Map<string, unknown>();
  const emit = () => onRooms([...rooms.values()].map(entry));
  lobby.onMessage("rooms", (list: unknown[]) => {
    rooms = new Map(list.map((r) => [(r as { roomId: string }).roomId, r]));
    emit();
  });
  lobby.onMessage("+", ([roomId, room]: [string, unknown]) => {
    rooms.set(roomId, room);
    emit();
  });
  lobby.onMessage("-", (roomId: string) => {
    rooms.delete(roomId);
    emit();
  });
  return () => void lobby.leave(true).catch(() => undefined);
}

/** A room as the lobby lists it (read defensively). */
interface Listing { roomId?: unknown; clients?: unknown; maxClients?: unknown; metadata?: Record<string, unknown> | null }

function entry(listing: unknown): LobbyEntry {
  const r = listing as Listing | null | undefined;
  const m: Record<string, unknown> = r?.metadata ?? {};
  return {
    roomId: String(r?.roomId ?? ""),
    clients: Number(m.players ?? r?.clients ?? 0),
    maxClients: Number(r?.maxClients ?? 4),
    name: String(m.host ?? m.name ?? ""),
    months: Number(m.months ?? 120),
    difficulty: String(m.difficulty ?? "normal"),
    freeFactions: Array.isArray(m.freeFactions) ? (m.freeFactions as FactionId[]) : [],
    status: String(m.status ?? "waiting"),
    code: String(m.code ?? ""),
    mode: String(m.mode ?? "online"),
    speed: String(m.speed ?? "normal"),
  };
}
