// Who sits in each faction's seat. In a class a seat may hold up to three
// students who share it; a seat with nobody connected is played by a bot.
import { FACTION_IDS, type FactionId } from "../../shared/index";

export interface Occupant {
  sessionId: string;
  name: string;
  connected: boolean;
  ready: boolean;
  /** In a class: the student's id in the classroom room. */
  student?: string;
  /** The reconnection key Colyseus gave this connection (kept in the journal; it opens the seat after a restart). */
  token?: string;
}

export interface Seat {
  occupants: Occupant[];
}

export type Seats = Record<FactionId, Seat>;

export function emptySeats(): Seats {
  return Object.fromEntries(FACTION_IDS.map((f) => [f, { occupants: [] }])) as unknown as Seats;
}

export function seatOf(seats: Seats, sessionId: string): FactionId | null {
  return FACTION_IDS.find((f) => seats[f].occupants.some((o) => o.sessionId === sessionId)) ?? null;
}

export function occupant(seats: Seats, sessionId: string): Occupant | undefined {
  for (const f of FACTION_IDS) {
    const o = seats[f].occupants.find((x) => x.sessionId === sessionId);
    if (o) return o;
  }
  return undefined;
}

/** Is a bot giving this seat's orders this month? */
export function botPlays(seat: Seat): boolean {
  return !seat.occupants.some((o) => o.connected);
}

/** Factions with room for another human (`capacity` per seat: 1 online, up to 3 in a class). */
export function freeFactions(seats: Seats, capacity = 1): FactionId[] {
  return FACTION_IDS.filter((f) => seats[f].occupants.length < capacity);
}

export function humanCount(seats: Seats): number {
  return FACTION_IDS.reduce((n, f) => n + seats[f].occupants.length, 0);
}

/** The seats a class student holds (none for an empty student id). */
export function seatsOfStudent(seats: Seats, student: string): Occupant[] {
  return student ? FACTION_IDS.flatMap((f) => seats[f].occupants.filter((o) => o.student === student)) : [];
}

/** A player moves to another faction's seat before the start (not ready there yet). */
export function moveSeat(seats: Seats, sessionId: string, from: FactionId, to: FactionId): void {
  const moving = seats[from].occupants.find((o) => o.sessionId === sessionId);
  if (!moving) return;
  seats[from].occupants = seats[from].occupants.filter((o) => o !== moving);
  moving.ready = false;
  seats[to].occupants.push(moving);
}
