// The six lessons of docs/design.md §1, each stated with this match's own numbers.
import {
  FACTION_IDS, type FactionId, DUV_YIELD_CAP, GW_PER_KACCEL, MARKETS, SUSTAINED_MONTHS, spansOf, sustainedSequence, type LimitingFactor, type Span,
} from "../../../shared/index";
import { tr } from "../i18n";
import { clausesOf, gw, listOf, monthName, num, pct, sentences, years } from "../i18n/format";
import { runsOf } from "../ui/charts";
import type { DebriefData } from "./data";

export interface Lesson {
  id: string;
  title: string;
  text: string;
}

const fname = (id: FactionId) => tr(`faction.${id}`);
const factor = (f: LimitingFactor) => tr(`factor.${f}`);

function firstMonth(d: DebriefData, f: LimitingFactor): { month: number; who: FactionId } | null {
  let best: { month: number; who: FactionId } | null = null;
  for (const id of FACTION_IDS) {
    const i = d.factions[id].limiting.indexOf(f);
    if (i >= 0 && (!best || i < best.month)) best = { month: i, who: id };
  }
  return best;
}

function moves(d: DebriefData): Lesson {
  const who = d.me ?? "tesla";
  // Runs of two months or more; a short detour between two runs of one factor is no move.
  const runs = runsOf(d.factions[who].limiting).filter(([, , len]) => len >= 2).filter((r, i, all) => i === 0 || r[0] !== all[i - 1][0]);
  const path = runs.slice(0, 6).map(([f, start]) => tr("lesson.moves.step", { factor: factor(f), month: monthName(start) })).join(" → ");
  const chain = clausesOf((["power", "logic", "memory"] as const).map((f) => {
    const first = firstMonth(d, f);
    return first ? tr("lesson.moves.first", { factor: factor(f), month: monthName(first.month), who: fname(first.who) }) : tr("lesson.moves.never", { factor: factor(f) });
  }));
  const text = runs.length > 1 ? tr("lesson.moves.text", { who: fname(who), path, n: runs.length - 1 }) : tr("lesson.moves.stayed", { who: fname(who), factor: factor(runs[0]?.[0] ?? "none") });
  return { id: "moves", title: tr("lesson.moves.title"), text: sentences(text, tr("lesson.moves.world", { chain }), teslaArc(d)) };
}

/** Did Tesla's factor go power → logic → memory, each for six months or more? Say so, or say why not, with this match's numbers. */
function teslaArc(d: DebriefData): string {
  const hist = d.factions.tesla.limiting;
  const seq = sustainedSequence(hist, ["power", "logic", "memory"]);
  if (seq) return tr("lesson.moves.arc", { p: monthName(seq[0].start), l: monthName(seq[1].start), m: monthName(seq[2].start) });
  const powerMonths = hist.filter((f) => f === "power").length;
  if (powerMonths >= 0.75 * hist.length) {
    return tr("lesson.moves.noArcPower", { n: powerMonths, total: hist.length, gw: gw(d.tesla.warehousePeak * GW_PER_KACCEL) });
  }
  // The order may be there with a span or two short of six months (an opening power span of five,
  // when launches empty the warehouse a month sooner): say so with the spans, not that nothing moved.
  const near = sustainedSequence(hist, ["power", "logic", "memory"], NEAR_ARC_MONTHS);
  if (near) {
    const short = listOf(near.filter((s) => s.months < SUSTAINED_MONTHS).map((s) => factor(s.factor)));
    return tr("lesson.moves.arcShort", { path: near.map(spanText).join(" → "), short, n: SUSTAINED_MONTHS });
  }
  const spans = listOf(spansOf(hist).filter((s) => s.months >= SUSTAINED_MONTHS).map(spanText));
  return spans ? tr("lesson.moves.noArc", { spans }) : tr("lesson.moves.noArcShort", { n: SUSTAINED_MONTHS });
}

const spanText = (s: Span) => tr("lesson.moves.span", { factor: factor(s.factor), n: s.months, month: monthName(s.start) });

/** Months a span needs to count toward the lesson's order when some span falls short of six. */
const NEAR_ARC_MONTHS = 3;

function fab(d: DebriefData): Lesson {
  const done = d.fabs.filter((f) => !f.expansionOf && f.startedMonth !== null && f.startedMonth >= 0 && f.volumeMonth !== null);
  const unfinished = d.fabs.filter((f) => !f.expansionOf && f.startedMonth !== null && f.startedMonth >= 0 && f.volumeMonth === null);
  let text: string;
  if (done.length) {
    const fastest = done.reduce((a, b) => ((b.volumeMonth! - b.startedMonth!) < (a.volumeMonth! - a.startedMonth!) ? b : a));
    const span = fastest.volumeMonth! - fastest.startedMonth!;
    text = tr("lesson.fab.fastest", { span: years(span), who: fname(fastest.owner), site: tr(`site.${fastest.site}`), node: fastest.node, from: monthName(fastest.startedMonth!), to: monthName(fastest.volumeMonth!) });
  } else {
    text = tr("lesson.fab.none", { n: d.endedMonth + 1, span: years(d.endedMonth + 1) });
  }
  return { id: "fab", title: tr("lesson.fab.title"), text: sentences(text, tr("lesson.fab.unfinished", { n: unfinished.length })) };
}

function asml(d: DebriefData): Lesson {
  const china = d.factions.china;
  const euv = china.milestones["domestic-euv"];
  const duv = china.milestones["duv-7nm"];
  const best = Math.max(0, ...d.fabs.filter((f) => f.owner === "china" && f.kind === "logic" && f.yield !== null).map((f) => f.yield ?? 0));
  const parts = [
    duv !== null && duv !== undefined ? tr("lesson.asml.duv", { month: monthName(duv), cap: pct(DUV_YIELD_CAP.N7 ?? 0.5) }) : tr("lesson.asml.noDuv", { cap: pct(DUV_YIELD_CAP.N7 ?? 0.5) }),
    euv !== null && euv !== undefined ? tr("lesson.asml.euv", { month: monthName(euv), span: years(euv + 1) }) : tr("lesson.asml.noEuv", { span: years(d.endedMonth + 1) }),
    best > 0 ? tr("lesson.asml.yield", { y: pct(best) }) : "",
  ];
  return { id: "asml", title: tr("lesson.asml.title"), text: sentences(...parts) };
}

function memory(d: DebriefData): Lesson {
  const prices = d.dramPrice.length ? d.dramPrice : [0];
  // From the price the match opens at (the replay's "change since", the lessons' measure), not
  // January's clearing price, which is already up to 30 % higher.
  const start = MARKETS.dram.basePrice;
  let peakAt = 0;
  prices.forEach((p, i) => (p > prices[peakAt] ? (peakAt = i) : undefined));
  const peak = prices[peakAt];
  const bound = FACTION_IDS.map((id) => ({ id, n: d.factions[id].limiting.filter((f) => f === "memory").length })).sort((a, b) => b.n - a.n)[0];
  const text = tr("lesson.memory.text", { start: num(start, 2), peak: num(peak, 2), month: monthName(peakAt), rise: pct(start > 0 ? peak / start - 1 : 0) });
  const who = bound.n > 0 ? tr("lesson.memory.bound", { who: fname(bound.id), n: bound.n }) : tr("lesson.memory.nobody");
  // When the numbers do not show the lesson, the debrief says so instead of repeating it.
  const contradicted = start > 0 && peak / start < 1.3 ? tr("lesson.memory.noSpike", { rise: pct(peak / start - 1) }) : "";
  return { id: "memory", title: tr("lesson.memory.title"), text: sentences(text, who, contradicted) };
}

function space(d: DebriefData): Lesson {
  const t = d.tesla;
  const text = t.launches > 0
    ? tr("lesson.space.orbit", { gw: gw(t.orbitGW), n: num(t.launches), failed: num(t.failures) })
    : tr("lesson.space.noOrbit");
  return { id: "space", title: tr("lesson.space.title"), text: sentences(text, tr("lesson.space.edge", { gw: gw(t.edgeGW) }), tr("lesson.space.chips", { k: num(t.warehousePeak) })) };
}

function attack(d: DebriefData): Lesson {
  const who = d.me ?? d.winner ?? "tesla";
  const hist = d.factions[who].limiting;
  const counts = new Map<LimitingFactor, number>();
  for (const f of hist) counts.set(f, (counts.get(f) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["none", 0];
  const cleared = Object.values(d.factions[who].milestones).filter((m) => m !== null).length;
  const text = tr("lesson.attack.text", { who: fname(who), factor: factor(top[0]), n: top[1], total: hist.length, share: pct(hist.length ? top[1] / hist.length : 0), cleared });
  const winner = d.winner ? tr("lesson.attack.winner", { who: fname(d.winner), score: num(d.factions[d.winner].score) }) : "";
  return { id: "attack", title: tr("lesson.attack.title"), text: sentences(text, winner) };
}

export function lessons(d: DebriefData): Lesson[] {
  return [moves(d), fab(d), asml(d), memory(d), space(d), attack(d)];
}
