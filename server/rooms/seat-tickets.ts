// Seat tickets: how a class's student takes their seat in a class match. The classroom
// issues one per assignment, sent to that student alone; it is single-use and bound to
// the student, the match and the faction. A class match seats ticket holders only.
// Also the classroom's private channel for creating its matches: a one-time token that
// carries the server-side options (classroom id, seat size, test clock) no client can set.
import { randomBytes } from "node:crypto";
import type { FactionId } from "../../shared/index";

export interface SeatTicket {
  classroomId: string;
  matchId: string;
  faction: FactionId;
  /** The student's id in the classroom (never sent to other students). */
  student: string;
  name: string;
}

const tickets = new Map<string, SeatTicket>();

/** A fresh ticket; any earlier unused ticket of the same student is void. */
export function issueTicket(t: SeatTicket): string {
  for (const [id, other] of tickets) if (other.student === t.student && other.classroomId === t.classroomId) tickets.delete(id);
  const id = randomBytes(24).toString("base64url");
  tickets.set(id, t);
  return id;
}

/** Use a ticket for this match: returns what it grants, once; null when unknown, used, or for another match. */
export function redeemTicket(id: unknown, matchId: string): SeatTicket | null {
  if (typeof id !== "string" || id.length > 64) return null;
  const t = tickets.get(id);
  if (!t || t.matchId !== matchId) return null;
  tickets.delete(id);
  return t;
}

/** A student removed, or a class gone: their tickets are void. */
export function voidTickets(classroomId: string, student?: string): void {
  for (const [id, t] of tickets) if (t.classroomId === classroomId && (student === undefined || t.student === student)) tickets.delete(id);
}

export interface ClassMatchConfig {
  classroomId: string;
  seatSize: number;
}

const classMatches = new Map<string, ClassMatchConfig>();

/** The classroom registers the options of a match it is about to create; the token goes in the create options. */
export function registerClassMatch(config: ClassMatchConfig): string {
  const token = randomBytes(24).toString("base64url");
  classMatches.set(token, config);
  return token;
}

/** The match room claims its class options (once). */
export function claimClassMatch(token: unknown): ClassMatchConfig | null {
  if (typeof token !== "string") return null;
  const config = classMatches.get(token);
  if (config) classMatches.delete(token);
  return config ?? null;
}
