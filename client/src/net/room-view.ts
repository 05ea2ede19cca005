// The room's schema state (players, seats, clock status) as the SDK hands it over, read as a
// RoomView. The match itself does not come this way: it is the engine's public view.
import { FACTION_IDS, type FactionId } from "../../../shared/index";
import type { MatchStatus, PlayerView, RoomView, SeatView, Speed } from "./view";

/** The schema's JSON, read field by field (a field the server did not send stays undefined). */
type Raw = { readonly [key: string]: Raw } | string | number | boolean | null | undefined;

function field(x: Raw, key: string): Raw {
  return x !== null && typeof x === "object" ? x[key] : undefined;
}

function text(x: Raw): string {
  return typeof x === "string" ? x : "";
}

function oneOf<T extends string>(x: Raw, values: readonly T[], otherwise: T): T {
  return (values as readonly unknown[]).includes(x) ? (x as T) : otherwise;
}

function entries(x: Raw): Array<[string, Raw]> {
  return x !== null && typeof x === "object" ? Object.entries(x) : [];
}

const STATUSES = ["waiting", "running", "paused", "ended"] as const satisfies readonly MatchStatus[];
const SPEEDS = ["fast", "normal", "slow"] as const satisfies readonly Speed[];
const MODES = ["solo", "online", "classroom"] as const;

/** A RoomView from the room's state (schema JSON: maps keyed by id). */
export function roomViewOf(json: unknown): RoomView {
  const raw = json as Raw;
  const hostId = text(field(raw, "hostId"));
  const players: PlayerView[] = entries(field(raw, "players")).map(([id, p]) => ({
    id,
    name: text(field(p, "name")),
    faction: oneOf<FactionId | "">(field(p, "faction"), FACTION_IDS, "") || null,
    spectator: field(p, "spectator") === true,
    ready: field(p, "ready") === true,
    connected: field(p, "connected") !== false,
    host: field(p, "host") === true || id === hostId,
  }));
  const seats = {} as Record<FactionId, SeatView>;
  for (const id of FACTION_IDS) {
    const seat = field(field(raw, "factions"), id);
    seats[id] = { controller: field(seat, "controller") === "human" ? "human" : "bot", player: text(field(seat, "playerName")) };
  }
  const pauses = field(raw, "pausesLeft");
  return {
    status: oneOf(field(raw, "status"), STATUSES, "waiting"),
    speed: oneOf(field(raw, "speed"), SPEEDS, "normal"),
    mode: oneOf(field(raw, "mode"), MODES, "online"),
    code: text(field(raw, "code")),
    difficulty: text(field(raw, "difficulty")) || "normal",
    pausesLeft: typeof pauses === "number" && pauses >= 0 ? pauses : null,
    players,
    hostId,
    seats,
  };
}
