// Seat tickets: how a class's student takes their seat in a class match. The classroom
// issues one per assignment, sent to that student alone; it is single-use and bound to
// the student, the match and the faction. A class match seats ticket holders only.
// Also the classroom's private channel for creating its matches: a one-time token that
// carries the server-side options (classroom id, seat size) no client can set.
// Both live in Colyseus' presence: in this process (LocalPresence), or in Redis when several
// processes share the load — a class's matches may run on other processes than the class.
import { matchMaker } from "@colyseus/core";
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

const TICKETS = "terrafab:tickets";
const CLASS_TOKENS = "terrafab:class-tokens";
/** Per class: each student's current ticket (to void the earlier one, or all of them). */
const classTickets = (classroomId: string) => `terrafab:class-tickets:${classroomId}`;

/** A fresh ticket; any earlier unused ticket of the same student is void. */
export async function issueTicket(t: SeatTicket): Promise<string> {
  const presence = matchMaker.presence;
  const earlier = await presence.hget(classTickets(t.classroomId), t.student);
  if (earlier) await presence.hdel(TICKETS, earlier);
  const id = randomBytes(24).toString("base64url");
  await presence.hset(TICKETS, id, JSON.stringify(t));
  await presence.hset(classTickets(t.classroomId), t.student, id);
  return id;
}

/** Use a ticket for this match: returns what it grants, once; null when unknown, used, or for another match. */
export async function redeemTicket(id: unknown, matchId: string): Promise<SeatTicket | null> {
  if (typeof id !== "string" || id.length > 64) return null;
  const presence = matchMaker.presence;
  const raw = await presence.hget(TICKETS, id);
  if (!raw) return null;
  const t = JSON.parse(raw) as SeatTicket;
  if (t.matchId !== matchId) return null;
  // Whoever deletes it uses it: two joins with one ticket get one seat.
  if (!(await presence.hdel(TICKETS, id))) return null;
  return t;
}

/** A student removed, or a class gone: their tickets are void. */
export async function voidTickets(classroomId: string, student?: string): Promise<void> {
  const presence = matchMaker.presence;
  const key = classTickets(classroomId);
  if (student !== undefined) {
    const id = await presence.hget(key, student);
    if (id) await presence.hdel(TICKETS, id);
    await presence.hdel(key, student);
    return;
  }
  const all = await presence.hgetall(key);
  for (const id of Object.values(all ?? {})) await presence.hdel(TICKETS, id);
  await presence.del(key);
}

export interface ClassMatchConfig {
  classroomId: string;
  seatSize: number;
}

/** The classroom registers the options of a match it is about to create; the token goes in the create options. */
export async function registerClassMatch(config: ClassMatchConfig): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await matchMaker.presence.hset(CLASS_TOKENS, token, JSON.stringify(config));
  return token;
}

/** The match room claims its class options (once), on whichever process it was created. */
export async function claimClassMatch(token: unknown): Promise<ClassMatchConfig | null> {
  if (typeof token !== "string" || token.length > 64) return null;
  const raw = await matchMaker.presence.hget(CLASS_TOKENS, token);
  if (!raw || !(await matchMaker.presence.hdel(CLASS_TOKENS, token))) return null;
  return JSON.parse(raw) as ClassMatchConfig;
}
