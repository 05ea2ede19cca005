// Who sits in each faction's seat. A seat without a connected human is played by a bot.
import { FACTION_IDS, type FactionId } from "../../shared/index";

export interface Seat {
  sessionId: string | null;
  name: string;
  connected: boolean;
  ready: boolean;
}

export type Seats = Record<FactionId, Seat>;

export function emptySeats(): Seats {
  return Object.fromEntries(FACTION_IDS.map((f) => [f, { sessionId: null, name: "", connected: false, ready: false }])) as Seats;
}

export function seatOf(seats: Seats, sessionId: string): FactionId | null {
  return FACTION_IDS.find((f) => seats[f].sessionId === sessionId) ?? null;
}

/** Is a bot giving this seat's orders this month? */
export function botPlays(seat: Seat): boolean {
  return seat.sessionId === null || !seat.connected;
}

export function freeFactions(seats: Seats): FactionId[] {
  return FACTION_IDS.filter((f) => seats[f].sessionId === null);
}
