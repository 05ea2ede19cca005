// What the teacher's dashboard shows of each class match, read from the matches themselves:
// their summary mirrored into the class state, each student's last order month ("idle for N
// months"), and the in-step hold that keeps every match at the slowest one's month.
import { FACTION_IDS, MILESTONE_IDS } from "../../shared/index";
import type { ClassMatchSummary } from "./class-summary";
import type { ClassMatchView, ClassroomState } from "./classroom-schema";
import { commandMatch, matchOrders } from "./match-calls";

/** Copies a match's summary into its dashboard row. */
export function mirrorMatch(view: ClassMatchView, m: ClassMatchSummary): void {
  view.month = m.month;
  view.status = m.status;
  view.winner = m.winner ?? "";
  for (const f of FACTION_IDS) {
    const fv = view.factions.get(f)!;
    const fs = m.factions[f];
    fv.limitingFactor = fs.limitingFactor;
    fv.score = fs.score;
    fv.milestones = MILESTONE_IDS[f].filter((x) => fs.milestones[x] !== null).length;
    fv.students = fs.students.join(", ");
    fv.controller = fs.controller;
  }
}

/**
 * Each student's last order month, for the teacher's "idle for N months": read from the orders each
 * match records for its replay (each carries the student's name), only the new ones each poll.
 */
export class StudentActivity {
  /** Per match: how many of its recorded orders were read, and each student's last order month (by name). */
  private read = new Map<string, { read: number; last: Map<string, number> }>();

  async track(state: ClassroomState, matchId: string): Promise<void> {
    const orders = await matchOrders(matchId);
    if (!Array.isArray(orders)) return;
    let a = this.read.get(matchId);
    if (!a || orders.length < a.read) this.read.set(matchId, (a = { read: 0, last: new Map() }));
    for (let i = a.read; i < orders.length; i++) if (orders[i].by) a.last.set(orders[i].by!, orders[i].month);
    a.read = orders.length;
    for (const s of state.students.values()) {
      if (s.matchId !== matchId) continue;
      // Never back: a student renamed by the teacher keeps the month their orders under the old name gave.
      const month = Math.max(s.lastOrderMonth, a.last.get(s.name) ?? -1);
      if (s.lastOrderMonth !== month) s.lastOrderMonth = month;
    }
  }
}

/** No match runs ahead of the slowest: the leaders wait (orders still queue) until it catches up. */
export async function keepInStep(state: ClassroomState): Promise<void> {
  const live = [...state.matches.entries()].filter(([, m]) => m.status === "running" || m.status === "paused");
  if (live.length === 0) return;
  const slowest = Math.min(...live.map(([, m]) => m.month));
  await Promise.all(live.map(([id, m]) => {
    const command = state.inStep && m.month > slowest ? "hold" : "release";
    return commandMatch(id, { type: command }).catch(() => {});
  }));
}
