// The only module that talks to @colyseus/sdk. It joins rooms, relays state and
// messages to the net facade, and keeps the reconnection token in sessionStorage
// so a refreshed page takes the same seat back.
import { Client, type Room } from "@colyseus/sdk";
import type { FactionId } from "../../../shared/index";
import type { Backend, BackendSink, CreateOptions, JoinOptions, JoinedSeat, LobbyEntry } from "./backend";
import { forgetSeat, saveSeat, savedSeat } from "./seat-store";
import { apiBase, serverBase } from "./endpoint";
import { TooManyRequests } from "./join-error";

let client: Client | null = null;
/** The one SDK client of the page (matches, the lobby, and classes share it). */
export function sdk(): Client {
  return (client ??= new Client(serverBase()));
}

function save(room: Room, seat: JoinedSeat): void {
  saveSeat({ token: room.reconnectionToken, roomId: room.roomId, faction: seat.faction, spectator: seat.spectator });
}

/* eslint-disable @typescript-eslint/no-explicit-any */
function stateJSON(state: any): unknown {
  return state && typeof state.toJSON === "function" ? state.toJSON() : state;
}

class RoomBackend implements Backend {
  readonly seat: JoinedSeat;
  private left = false;

  constructor(private room: Room, seat: Omit<JoinedSeat, "sessionId">, private sink: BackendSink) {
    this.seat = { sessionId: room.sessionId, ...seat };
    room.onStateChange((state: any) => {
      this.learnSeat(state);
      sink.state(stateJSON(state));
    });
    room.onMessage("*", (type: string | number, payload: unknown) => {
      if (type === "seat" || type === "joined" || type === "welcome") this.learnSeatMessage(payload);
      sink.message(String(type), payload);
    });
    room.onDrop(() => sink.connection("reconnecting"));
    room.onReconnect(() => {
      save(this.room, this.seat);
      sink.connection("online");
    });
    room.onLeave((code: number) => {
      if (!this.left && code !== 4000) forgetSeat();
      if (!this.left) sink.connection("closed", code);
    });
    room.onError((code: number, message?: string) => console.warn("room error", code, message));
    save(room, this.seat);
    if (room.state) sink.state(stateJSON(room.state));
  }

  get roomId(): string {
    return this.room.roomId;
  }

  /** The server tells us our seat in state.players (or clients) keyed by session id. */
  private learnSeat(state: any): void {
    const me = state?.players?.get?.(this.room.sessionId) ?? state?.players?.[this.room.sessionId];
    if (!me) return;
    const faction = typeof me.faction === "string" && me.faction ? (me.faction as FactionId) : null;
    const changed = faction !== this.seat.faction || Boolean(me.spectator) !== this.seat.spectator;
    (this.seat as { faction: FactionId | null }).faction = faction;
    (this.seat as { spectator: boolean }).spectator = Boolean(me.spectator);
    if (changed) save(this.room, this.seat);
  }

  private learnSeatMessage(payload: any): void {
    if (typeof payload?.faction === "string") (this.seat as { faction: FactionId | null }).faction = payload.faction;
    if (typeof payload?.spectator === "boolean") (this.seat as { spectator: boolean }).spectator = payload.spectator;
    save(this.room, this.seat);
  }

  send(type: string, payload?: unknown): void {
    this.room.send(type, payload ?? {});
  }

  async leave(): Promise<void> {
    this.left = true;
    forgetSeat();
    await this.room.leave(true).catch(() => undefined);
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

export async function reconnectSaved(sink: BackendSink): Promise<Backend> {
  const s = savedSeat();
  if (!s) throw new Error("no saved seat");
  const room = await sdk().reconnect(s.token);
  return new RoomBackend(room, { faction: s.faction, spectator: s.spectator }, sink);
}

/** Live list of public matches from the server's lobby room. */
export async function watchLobby(onRooms: (rooms: LobbyEntry[]) => void): Promise<() => void> {
  const lobby = await sdk().joinOrCreate("lobby", { filter: { name: "match" } });
  let rooms = new Map<string, any>();
  const emit = () => onRooms([...rooms.values()].map(entry));
  lobby.onMessage("rooms", (list: any[]) => {
    rooms = new Map(list.map((r) => [r.roomId, r]));
    emit();
  });
  lobby.onMessage("+", ([roomId, room]: [string, any]) => {
    rooms.set(roomId, room);
    emit();
  });
  lobby.onMessage("-", (roomId: string) => {
    rooms.delete(roomId);
    emit();
  });
  return () => void lobby.leave(true).catch(() => undefined);
}

function entry(r: any): LobbyEntry {
  const m = r?.metadata ?? {};
  return {
    roomId: String(r?.roomId ?? ""),
    clients: Number(m.players ?? r?.clients ?? 0),
    maxClients: Number(r?.maxClients ?? 4),
    name: String(m.host ?? m.name ?? ""),
    months: Number(m.months ?? 120),
    difficulty: String(m.difficulty ?? "normal"),
    freeFactions: Array.isArray(m.freeFactions) ? m.freeFactions : [],
    status: String(m.status ?? "waiting"),
    code: String(m.code ?? ""),
    mode: String(m.mode ?? "online"),
    speed: String(m.speed ?? "normal"),
  };
}
