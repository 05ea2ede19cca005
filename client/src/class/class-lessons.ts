// The six lessons of docs/design.md §1, stated with the whole class's numbers, each with the
// questions to ask (docs/teaching-guide.md §8 has the answers a class should find).
import { FACTION_IDS, MARKETS, sustainedSequence, type LimitingFactor } from "../../../shared/index";
import { tr } from "../i18n";
import { monthName, num, pct, years } from "../i18n/format";
import { firstRun, mean, median, milestoneMonths, seatsOf, type ClassResults } from "./class-results";

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
  // Sustained: each factor held six months or more, in order (a one-month blip is no lesson).
  const inOrder = tesla.filter((h) => sustainedSequence(h, ["power", "logic", "memory"]) !== null).length;
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
  const rises = r.matches.map((m) => (m.dramPrice.length ? Math.max(...m.dramPrice) / MARKETS.dram.basePrice - 1 : 0));
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

/**
 * The questions to ask, chosen from what this class's data show: no "when did Tesla's factor first
 * change?" when it never did. Each entry is the prompt key to use instead of the default first one.
 */
function promptFor(r: ClassResults, id: string): string | null {
  const tesla = r.matches.map((m) => m.factions.tesla.limitingHistory);
  switch (id) {
    case "moves":
      return tesla.every((h) => h.length > 0 && firstRun(h) >= h.length) ? "classPrompt.moves.stuck" : null;
    case "fab":
      return r.matches.flatMap((m) => m.fabs).some((f) => f.startedMonth !== null && f.startedMonth >= 0 && f.volumeMonth !== null) ? null : "classPrompt.fab.none";
    case "asml":
      return reached(milestoneMonths(r, "china", 0)).length > 0 ? null : "classPrompt.asml.noDuv";
    case "memory": {
      const rises = r.matches.map((m) => (m.dramPrice.length ? Math.max(...m.dramPrice) / MARKETS.dram.basePrice : 1));
      if ((median(rises) ?? 1) < 1.3) return "classPrompt.memory.noSpike";
      const anyone = r.matches.some((m) => FACTION_IDS.some((f) => m.factions[f].limitingHistory.includes("memory")));
      return anyone ? null : "classPrompt.memory.nobody";
    }
    default:
      return null;
  }
}

export function classLessons(r: ClassResults): ClassLesson[] {
  const n = r.matches.length;
  const lesson = (id: string, text: string): ClassLesson => {
    const instead = promptFor(r, id);
    return { id, title: tr(`lesson.${id}.title`), text, prompts: [instead ?? `classPrompt.${id}.1`, `classPrompt.${id}.2`].map((k) => tr(k)) };
  };
  return [
    lesson("moves", moves(r, n)), lesson("fab", fab(r)), lesson("asml", asml(r, n)),
    lesson("memory", memory(r)), lesson("space", space(r, n)), lesson("attack", attack(r)),
  ];
}
