// The classroom's calls to its match rooms, typed: Colyseus' remote room calls reach a match on
// any process (through presence); each call here names the method and the shape it carries.
import { matchMaker } from "@colyseus/core";
import type { ClassroomCommand } from "../../shared/index";
import type { ClassMatchSummary } from "./class-summary";
import type { MatchRoom } from "./match-room";

/** Tell a match what the class decided; resolves to whether the match acted on it. */
export function commandMatch(matchId: string, command: ClassroomCommand): Promise<boolean> {
  return matchMaker.remoteRoomCall<MatchRoom, "classroomCommand">(matchId, "classroomCommand", [command]);
}

/** …the same, for every match of a list, never failing (a match that is gone has nothing to do). */
export function commandMatches(matchIds: Iterable<string>, command: ClassroomCommand): void {
  for (const id of matchIds) void commandMatch(id, command).catch(() => {});
}

export function matchSummary(matchId: string): Promise<ClassMatchSummary> {
  return matchMaker.remoteRoomCall<MatchRoom, "classroomSummary">(matchId, "classroomSummary", []);
}

/** The orders a match has recorded and who gave them (for the teacher's activity indicator). */
export function matchOrders(matchId: string): Promise<Array<{ month: number; by?: string }>> {
  return matchMaker.remoteRoomCall<MatchRoom, "recordedOrders">(matchId, "recordedOrders", []);
}
