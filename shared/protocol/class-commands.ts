// What a classroom tells its matches (a classroom room → a match room, perhaps on another
// process, through Colyseus' remote room calls): one discriminated union, no bare strings.
import type { EventId } from "../data/events";

export type ClassroomCommand =
  | { type: "start" }
  | { type: "pause" }
  | { type: "resume" }
  /** "Keep matches in step": a match ahead of the class waits (orders still queue). */
  | { type: "hold" }
  | { type: "release" }
  | { type: "end" }
  /** The class is over: the match may close once its last client leaves. */
  | { type: "dismiss" }
  | { type: "speed"; speed: "fast" | "normal" | "slow" }
  | { type: "inject"; eventId: EventId }
  /** The teacher removed a student from the class: their seat is freed. */
  | { type: "remove"; student: string }
  | { type: "rename"; student: string; name: string };

/** The commands a teacher sends to every match (or one) of the class. */
export type ClassroomCommandType = ClassroomCommand["type"];
