// Server → client messages by name, with their payloads (docs/api.md): one map per room, so a
// sender cannot misspell a name or send the wrong shape, and a receiver can narrow on `type`.
import type { FactionId } from "../data/factions";
import type { GameEventId } from "./events";
import type { PreviewReply } from "./preview";
import type { RefusalCode } from "./refusal";
import type { PublicView } from "../view/public-view";
import type { ViewPatch } from "../view/view-patch";

/** Who paused or resumed the clock: a player's name, or the server, the teacher, the class. */
export type ClockBy = string;

/** An order or command turned down (`key` is the i18n key of `reason`). */
export interface RefusedPayload {
  code: RefusalCode | "flood";
  reason: string;
  key: string;
  params?: Record<string, string | number>;
  /** What was refused: the message type, and the order type for orders. */
  command: string;
  orderType?: string;
}

/** The match as the seat sees it: whole on joining (and after a drop), then each month's patch to it. */
export type ViewPayload = { view: PublicView } | { patch: ViewPatch; month: number };

/** Messages of the `match` room. */
export interface MatchMessages {
  view: ViewPayload;
  started: { month: number };
  paused: { by: ClockBy };
  resumed: { by?: ClockBy };
  /** Something that happened this month (`key`: event.<card> or news.<id>). */
  event: { id: GameEventId; key: string; month: number; faction: FactionId | null; params: Record<string, string | number> };
  queued: { orderType?: string; month: number };
  refused: RefusedPayload;
  /** The answer to a `preview` request: what the order would cost and do, or why it would be refused. */
  preview: PreviewReply;
  ended: { matchId: string; winner: FactionId | null; stateHash: string; saved: boolean };
  serverRestarting: { key: "conn.restarting" };
}

/** Messages of the `classroom` room. */
export interface ClassMessages {
  /** To the teacher: the class code (and, once, the teacher key). */
  teacher: { code: string; teacherKey?: string };
  started: { matches: number };
  /** To a student: their seat and the ticket that takes it. */
  assigned: { matchId: string; faction: FactionId; ticket: string };
  /** A quick message from a seat-mate. */
  quick: { from: string; faction: string; id: string };
  refused: RefusedPayload;
  ended: { code: string };
  serverRestarting: { key: "conn.restarting" };
}

export type MatchMessageName = keyof MatchMessages;
export type ClassMessageName = keyof ClassMessages;

/** A match room message as a discriminated union: narrow on `type`. */
export type MatchMessage = { [K in MatchMessageName]: { type: K; payload: MatchMessages[K] } }[MatchMessageName];
export type ClassMessage = { [K in ClassMessageName]: { type: K; payload: ClassMessages[K] } }[ClassMessageName];

export const MATCH_MESSAGES = ["view", "started", "paused", "resumed", "event", "queued", "refused", "preview", "ended", "serverRestarting"] as const satisfies readonly MatchMessageName[];
export const CLASS_MESSAGES = ["teacher", "started", "assigned", "quick", "refused", "ended", "serverRestarting"] as const satisfies readonly ClassMessageName[];

/** A message from the wire as a MatchMessage when its name is one (the payload is as the server sent it). */
export function asMatchMessage(type: string, payload: unknown): MatchMessage | null {
  return (MATCH_MESSAGES as readonly string[]).includes(type) ? ({ type, payload } as MatchMessage) : null;
}
