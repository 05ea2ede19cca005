// The classroom's commands to one of its matches (shared/protocol/class-commands.ts), as calls on
// the match's host; seat changes (a removed or renamed student) and closing stay the room's.
import type { ClassroomCommand, MatchHost } from "../../shared/index";
import { SpeedCommandSchema } from "./messages";

export interface ClassControlled {
  readonly matchHost: MatchHost;
  /** Frees the seats of a student the teacher removed; false if they had none here. */
  removeStudent(student: string): boolean;
  renameStudent(student: string, name: string): boolean;
  /** The class is over (or gone): the match may close once its last client leaves. */
  dismiss(): void;
}

/** Whether the match acted on the command. */
export function applyClassCommand(match: ClassControlled, command: ClassroomCommand): boolean {
  const host = match.matchHost;
  switch (command.type) {
    case "start":
      host.start();
      return true;
    case "pause":
      return host.pause("teacher", "teacher") === null;
    case "resume":
      return host.resume("teacher", "teacher") === null;
    case "hold":
      return host.hold();
    case "release":
      return host.release();
    case "remove":
      return match.removeStudent(command.student);
    case "rename":
      return match.renameStudent(command.student, command.name);
    case "speed": {
      // From another process: checked like any message.
      const parsed = SpeedCommandSchema.safeParse({ speed: command.speed });
      if (parsed.success) host.setSpeed(parsed.data.speed);
      return parsed.success;
    }
    case "inject":
      // The teacher's event is played at the next month (while paused, when the teacher resumes).
      return host.inject(command.eventId);
    case "end":
      return host.end();
    case "dismiss":
      match.dismiss();
      return true;
  }
}
