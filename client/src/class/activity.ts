// Is each student playing? The month of their last order in their match, and how long they
// have been idle — for the teacher's roster and dashboard.
import { tr } from "../i18n";
import { monthName } from "../i18n/format";
import { classSession, type ClassStudent, type ClassView } from "../net/class-session";
import { h } from "../ui/dom";

/** Idle this many months or more: the teacher's eye is drawn to it. */
export const IDLE_WARN_MONTHS = 6;

/** The roster entry as the room's state holds it (a MapSchema of students). */
type RoomStudents = { room?: { state?: { students?: { get?(id: string): { lastOrderMonth?: unknown } | undefined } } } | null };

/**
 * The month of a student's last order (-1: none yet; null: not known). The server keeps it on
 * the roster (StudentView.lastOrderMonth); the class view carries it once net/class-session.ts
 * passes it through — until then it is read from the room's state directly.
 */
export function lastOrderMonth(s: ClassStudent): number | null {
  const own = (s as ClassStudent & { lastOrderMonth?: unknown }).lastOrderMonth;
  if (typeof own === "number") return own;
  const raw = (classSession as unknown as RoomStudents).room?.state?.students?.get?.(s.id)?.lastOrderMonth;
  return typeof raw === "number" ? raw : null;
}

export interface Activity {
  /** Months since the last order (or since the match began, when none). */
  idle: number;
  last: number | null;
  warn: boolean;
  text: string;
  short: string;
}

/** A student's activity in their match, or null when they are not in a running one. */
export function activityOf(s: ClassStudent, v: ClassView): Activity | null {
  const m = v.matches.find((x) => x.id === s.matchId);
  const last = lastOrderMonth(s);
  if (!m || last === null || m.status === "waiting") return null;
  if (last < 0) {
    const idle = m.month;
    return { idle, last: null, warn: idle >= IDLE_WARN_MONTHS, text: idle >= 2 ? tr("teach.activity.noneFor", { n: idle }) : tr("teach.activity.none"), short: idle >= 2 ? tr("teach.activity.idleShort", { n: idle }) : tr("teach.activity.noneShort") };
  }
  const idle = Math.max(0, m.month - last);
  const text = idle >= 2 ? tr("teach.activity.idle", { month: monthName(last), n: idle }) : tr("teach.activity.active", { month: monthName(last) });
  return { idle, last, warn: idle >= IDLE_WARN_MONTHS, text, short: idle >= 2 ? tr("teach.activity.idleShort", { n: idle }) : tr("teach.activity.activeShort") };
}

/** A small badge: ● active, or "idle 7 months" (amber from IDLE_WARN_MONTHS). */
export function activityBadge(a: Activity | null, testid = "student-activity"): HTMLElement | null {
  if (!a) return null;
  return h("span", { class: `activity${a.warn ? " warn" : a.idle >= 2 ? " quiet" : " on"}`, title: a.text, testid, "data-idle": String(a.idle) }, a.short);
}
