// "What the winner did": a short timeline of one faction's match — its milestones, the
// limiting factors it lived under, and its key orders (fabs, power, launches, research…),
// the smaller ones counted per year.
import type { FactionId, LimitingFactor, OrderType } from "../../../shared/index";
import { describeOrder } from "../hud/attack-text";
import { milestoneLabel } from "../hud/milestone-label";
import { tr } from "../i18n";
import { monthName } from "../i18n/format";
import { runsOf } from "../ui/charts";
import type { ReplayData } from "./model";

export interface TimelineItem {
  month: number;
  kind: "milestone" | "factor" | "order" | "orders";
  text: string;
  factor?: LimitingFactor;
}

/** Orders worth a line of their own: the decisions that take years to pay off. */
const KEY: ReadonlySet<OrderType> = new Set<OrderType>(["buildFab", "expandFab", "orderTurbines", "fundCasting", "fundVendor", "supplyDeal", "poach", "borrow", "lobby", "curbSolarExports"]);
/** Everything else is counted, year by year: its most frequent kinds on one line. */
const SKIP: ReadonlySet<OrderType> = new Set<OrderType>(["declineContract", "cancelContract"]);

/** A key order: one of KEY, or funding set to repeat every month (a commitment of years). */
function isKey(order: ReplayData["orders"][number]["order"]): boolean {
  return KEY.has(order.type) || ("everyMonth" in order && order.everyMonth === true) || order.type === "stopFunding";
}

export function winnerTimeline(data: ReplayData, who: FactionId, max = 18): TimelineItem[] {
  const items: TimelineItem[] = [];
  const last = data.states[data.states.length - 1].factions[who];
  for (const [id, month] of Object.entries(last.milestones)) {
    if (typeof month === "number") items.push({ month, kind: "milestone", text: tr("replay.tl.milestone", { what: milestoneLabel(who, id, data.months) }) });
  }
  // Factors that held at least three months: the arc the faction lived through.
  let prev: LimitingFactor | null = null;
  for (const [factor, start, len] of runsOf(last.limitingHistory)) {
    if (len < 3 || factor === prev) continue;
    prev = factor;
    items.push({ month: start, kind: "factor", factor, text: tr("replay.tl.factor", { factor: tr(`factor.${factor}`), n: len }) });
  }
  const mine = data.orders.filter((o) => o.issuer === who && !o.refused);
  // A key order repeated (funding a vendor every month) is one line: "×12, to Dec 2027".
  const runs = new Map<string, { item: TimelineItem; text: string; n: number; last: number }>();
  for (const o of mine) {
    if (!isKey(o.order)) continue;
    const text = describeOrder(o.order);
    const run = runs.get(text);
    if (run && o.month - run.last <= 12) {
      run.n += 1;
      run.last = o.month;
      run.item.text = tr("replay.tl.repeated", { what: text, n: run.n, until: monthName(run.last) });
      continue;
    }
    const item: TimelineItem = { month: o.month, kind: "order", text };
    runs.set(text, { item, text, n: 1, last: o.month });
    items.push(item);
  }
  const perYear = new Map<number, Map<OrderType, number>>();
  for (const o of mine) {
    if (isKey(o.order) || SKIP.has(o.order.type)) continue;
    const year = Math.floor(o.month / 12);
    const counts = perYear.get(year) ?? new Map<OrderType, number>();
    counts.set(o.order.type, (counts.get(o.order.type) ?? 0) + 1);
    perYear.set(year, counts);
  }
  for (const [year, counts] of perYear) {
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3);
    const text = top.map(([type, n]) => tr("replay.tl.times", { what: tr(`order.${type}`), n })).join(tr("replay.tl.sep"));
    items.push({ month: year * 12, kind: "orders", text: tr("replay.tl.year", { text }) });
  }
  const rank = { milestone: 0, factor: 1, order: 2, orders: 3 } as const;
  items.sort((a, b) => a.month - b.month || rank[a.kind] - rank[b.kind]);
  if (items.length <= max) return items;
  // Too many: keep every milestone, factor change and year's summary, then the earliest key orders.
  const keep = new Set(items.filter((x) => x.kind !== "order"));
  for (const x of items) if (keep.size < max) keep.add(x);
  return items.filter((x) => keep.has(x));
}
