// The six lessons of DESIGN.md §1, stated with the whole class's numbers, each with the
// questions to ask (docs/teaching-guide.md §8 has the answers a class should find).
import { FACTION_IDS } from "../../../shared/data/factions";
import type { LimitingFactor } from "../../../shared/model/types";
import { tr } from "../i18n";
import { monthName, num, pct, years } from "../i18n/format";
import { firstRun, mean, median, milestoneMonths, seatsOf, visitsInOrder, type ClassResults } from "./class-results";

export interface ClassLesson {
  id: string;
  title: string;
  text: string;
  prompts: string[];
}

const reached = (months: Array<number | null>) => months.filter((m): m is number => m !== null);
const when = (m: number | null) => (m === null ? "—" : monthName(Math.round(m)));

function moves(r: ClassResults, n: number): string {
  const tesla = r.matches.map((m) => m.factions.tesla.limitingHistory);
  const inOrder = tesla.filter((h) => visitsInOrder(h, ["power", "logic", "memory"])).length;
  return tr("classLesson.moves", { n, inOrder, first: when(median(tesla.map(firstRun))) });
}

function fab(r: ClassResults): string {
  const fabs = r.matches.flatMap((m) => m.fabs).filter((f) => f.startedMonth !== null && f.startedMonth >= 0);
  const spans = fabs.filter((f) => f.volumeMonth !== null).map((f) => f.volumeMonth! - f.startedMonth!);
  if (!spans.length) return tr("classLesson.fabNone", { started: fabs.length });
  return tr("classLesson.fab", { done: spans.length, started: fabs.length, median: years(median(spans)!), fastest: years(Math.min(...spans)) });
}

function asml(r: ClassResults, n: number): string {
  const duv = reached(milestoneMonths(r, "china", 0));
  const euv = reached(milestoneMonths(r, "china", 1));
  return tr("classLesson.asml", { n, duv: duv.length, duvWhen: when(median(duv)), euv: euv.length, euvWhen: when(median(euv)) });
}

function memory(r: ClassResults): string {
  const rises = r.matches.map((m) => (m.dramPrice.length && m.dramPrice[0] > 0 ? Math.max(...m.dramPrice) / m.dramPrice[0] - 1 : 0));
  const peak = Math.max(0, ...r.matches.flatMap((m) => m.dramPrice));
  const bound = FACTION_IDS.map((f) => ({ f, months: r.matches.reduce((s, m) => s + m.factions[f].limitingHistory.filter((x) => x === "memory").length, 0) })).sort((a, b) => b.months - a.months)[0];
  return tr("classLesson.memory", { rise: pct(median(rises) ?? 0), peak: num(peak, 2), who: tr(`faction.${bound.f}`), months: bound.months });
}

function space(r: ClassResults, n: number): string {
  const power = reached(milestoneMonths(r, "tesla", 0));
  const powerBound = median(r.matches.map((m) => m.factions.tesla.limitingHistory.filter((x: LimitingFactor) => x === "power").length)) ?? 0;
  return tr("classLesson.space", { n, k: power.length, when: when(median(power)), months: num(powerBound) });
}

function attack(r: ClassResults): string {
  // Within each faction, compare seats that left their first bottleneck sooner with those that sat under it.
  const seats = seatsOf(r).filter((s) => s.history.length > 0);
  const quick: number[] = [], slow: number[] = [];
  for (const f of FACTION_IDS) {
    const own = seats.filter((s) => s.faction === f);
    const mid = median(own.map((s) => firstRun(s.history)));
    if (mid === null || own.length < 2) continue;
    const top = Math.max(1, ...own.map((s) => s.score));
    for (const s of own) (firstRun(s.history) <= mid ? quick : slow).push(s.score / top);
  }
  if (!quick.length || !slow.length) return tr("classLesson.attackFew");
  return tr("classLesson.attack", { quick: pct(mean(quick)), slow: pct(mean(slow)) });
}

export function classLessons(r: ClassResults): ClassLesson[] {
  const n = r.matches.length;
  const lesson = (id: string, text: string): ClassLesson => ({
    id, title: tr(`lesson.${id}.title`), text,
    prompts: [1, 2].map((i) => tr(`classPrompt.${id}.${i}`)),
  });
  return [
    lesson("moves", moves(r, n)), lesson("fab", fab(r)), lesson("asml", asml(r, n)),
    lesson("memory", memory(r)), lesson("space", space(r, n)), lesson("attack", attack(r)),
  ];
}
