// What the client draws: the engine's public view of the match (shared/view, the same object
// the server sends and the offline mode makes) joined with the room's own state: its clock
// status, players and who holds each seat.
import type {
  ContractPublic, FabPublic, FactionId, FactionPublic, MarketPublic, PowerPublic, PublicView, ToolOrderPublic,
} from "../../../shared/index";

export type MatchStatus = "waiting" | "running" | "paused" | "ended";
export type Speed = "fast" | "normal" | "slow";

// The engine's own types, under the names the panels use for what they draw.
export type FactionView = FactionPublic;
export type FabView = FabPublic;
export type ToolOrderView = ToolOrderPublic;
export type PowerView = PowerPublic;
export type ContractView = ContractPublic;
export type MarketView = MarketPublic;

export interface PlayerView {
  id: string;
  name: string;
  faction: FactionId | null;
  spectator: boolean;
  ready: boolean;
  connected: boolean;
  host: boolean;
}

/** Who plays a faction: a bot, or the names of the humans in its seat. */
export interface SeatView {
  controller: "human" | "bot";
  player: string;
}

/** The room around the match (not the engine's: the server's schema, or the offline mode's own). */
export interface RoomView {
  status: MatchStatus;
  speed: Speed;
  mode: "solo" | "online" | "classroom";
  code: string;
  difficulty: string;
  pausesLeft: number | null;
  players: PlayerView[];
  hostId: string;
  seats: Record<FactionId, SeatView>;
}

export type WorldView = PublicView & RoomView;

/** A one-off message from the server: events, milestones, fabs done, launches. */
export interface Effect {
  kind: string;
  month: number;
  /** i18n key for a toast, or null for sound only. */
  key: string | null;
  params: Record<string, string | number>;
  faction?: FactionId;
  sound?: "alert" | "milestone" | "launch" | "fab-complete" | "confirm" | "refused";
}

export interface RefusalView {
  code: string;
  reason: string;
  params?: Record<string, string | number>;
}
