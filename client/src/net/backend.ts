// What the net facade needs from a connection to a match: the Colyseus room in play,
// or the in-browser engine used for offline development (?offline=1).
import type { FactionId, Order, OrderPreview, PublicView } from "../../../shared/index";
import type { RoomView } from "./view";

export interface JoinedSeat {
  sessionId: string;
  faction: FactionId | null;
  spectator: boolean;
}

export interface BackendSink {
  /** The room: its clock status, players and seats. */
  room(view: RoomView): void;
  /** The match as this seat sees it: the engine's public view. */
  match(view: PublicView): void;
  /** A message from the server: type and payload. */
  message(type: string, payload: unknown): void;
  /** The connection dropped (reconnecting; restarting: the server is restarting) or came back. */
  connection(status: "online" | "reconnecting" | "restarting" | "closed", code?: number): void;
}

export interface Backend {
  readonly seat: JoinedSeat;
  readonly roomId: string;
  send(type: string, payload?: unknown): void;
  /** The engine's dry run of an order for this seat: its cost and effects, or its refusal. */
  preview(order: Order): Promise<OrderPreview>;
  leave(): Promise<void>;
}

export interface CreateOptions {
  mode: "solo" | "online";
  faction?: FactionId;
  difficulty: "easy" | "normal" | "hard";
  months: 60 | 120 | 180;
  speed: "fast" | "normal" | "slow";
  private?: boolean;
  seed?: number;
}

export interface JoinOptions {
  name: string;
  faction?: FactionId;
  spectator?: boolean;
  /** In a class: the single-use seat ticket from `assigned` (it names the seat; the class's roster name is used). */
  ticket?: string;
}

export interface LobbyEntry {
  roomId: string;
  clients: number;
  maxClients: number;
  name: string;
  months: number;
  difficulty: string;
  freeFactions: FactionId[];
  status: string;
  code: string;
  mode: string;
  speed: string;
}
