// What the lobby (and /api/rooms/by-code) sees of a match room: its metadata.
import type { CreateOptions } from "./messages";
import { freeFactions, humanCount, type Seats } from "./seats";

export interface ListedMatch {
  options: CreateOptions;
  classroomId: string | null;
  code: string;
  status: string;
  speed: string;
  seats: Seats;
  seatSize: number;
  hostName: string;
}

export function listingOf(m: ListedMatch): Record<string, unknown> {
  return {
    mode: m.options.mode,
    private: m.options.private || m.options.mode === "solo" || m.classroomId !== null,
    classroom: m.classroomId !== null,
    // Private rooms are not listed in the lobby; the code lets /api/rooms/by-code find them.
    code: m.code,
    status: m.status,
    players: humanCount(m.seats),
    freeFactions: freeFactions(m.seats, m.seatSize),
    months: m.options.months,
    speed: m.speed,
    difficulty: m.options.difficulty,
    host: m.hostName,
  };
}
