// The debrief's charts: compute per faction, everyone's limiting-factor ribbon, DRAM and
// wafer prices, fab timelines from groundbreaking to volume, and milestones.
import { FACTION_IDS, FACTIONS, MILESTONE_IDS, type FactionId } from "../../../shared/index";
import { milestoneLabel } from "../hud/milestone-label";
import { tr } from "../i18n";
import { monthName, num } from "../i18n/format";
import { lineChart, ribbon } from "../ui/charts";
import { h, svg } from "../ui/dom";
import { FACTION_DASH, factionColor } from "../ui/palette";
import type { DebriefData, DebriefFab } from "./data";

function figure(title: string, body: Element, testid: string): HTMLElement {
  return h("figure", { class: "debrief-chart", testid }, h("figcaption", {}, title), body);
}

/** Each faction's output month by month, as the HUD's headline counts it: a deployer's compute (GW)
 *  and a maker's sales ($ B a month) on charts of their own. On one compute chart TSMC and Samsung,
 *  which run none, were two flat lines at zero. */
export interface OutputSeries {
  months: number;
  me?: FactionId | null;
  compute: (id: FactionId) => number[];
  sales: (id: FactionId) => number[];
}

const DEPLOYERS = FACTION_IDS.filter((id) => FACTIONS[id].deploys);
const MAKERS = FACTION_IDS.filter((id) => !FACTIONS[id].deploys);

function outputChart(title: string, ids: FactionId[], values: (id: FactionId) => number[], o: OutputSeries, format: (v: number) => string): SVGElement {
  return lineChart({
    title, width: 270, height: 150, months: o.months,
    series: ids.map((id) => ({ label: tr(`faction.${id}`), values: values(id), color: factionColor(id), dash: FACTION_DASH[id], width: id === o.me ? 3 : 2 })),
    format,
  });
}

/** The two output charts side by side, with their captions. */
export function outputCharts(o: OutputSeries, titles: { compute: string; sales: string }, testid: string): HTMLElement {
  return h("div", { class: "price-charts output-charts", testid },
    figure(titles.compute, outputChart(titles.compute, DEPLOYERS, o.compute, o, (v) => num(v, v < 10 ? 1 : 0)), `${testid}-compute`),
    // $M a month, read in $ B.
    figure(titles.sales, outputChart(titles.sales, MAKERS, (id) => o.sales(id).map((v) => v / 1000), o, (v) => num(v, v < 10 ? 1 : 0)), `${testid}-sales`));
}

export function computeChart(d: DebriefData): HTMLElement {
  return outputCharts({ months: d.months, me: d.me, compute: (id) => d.factions[id].compute, sales: (id) => d.factions[id].sales }, { compute: tr("debrief.compute"), sales: tr("debrief.sales") }, "debrief-output");
}

export function legend(): HTMLElement {
  return h("ul", { class: "legend" }, ...FACTION_IDS.map((id) => h("li", {}, h("span", { class: "swatch", style: { borderColor: factionColor(id), borderStyle: FACTION_DASH[id] ? "dashed" : "solid" } }), tr(`faction.${id}`))));
}

export function ribbons(d: DebriefData): HTMLElement {
  return figure(tr("debrief.ribbons"), h("div", { class: "ribbons" }, ...FACTION_IDS.map((id) =>
    h("div", { class: "ribbon-row" }, h("span", { class: "ribbon-name" }, tr(`faction.${id}`)), ribbon(d.factions[id].limiting, d.months, { title: tr("debrief.ribbonOf", { who: tr(`faction.${id}`) }), testid: `debrief-ribbon-${id}` })))), "debrief-ribbons");
}

export function priceCharts(d: DebriefData): HTMLElement {
  return h("div", { class: "price-charts" },
    figure(tr("debrief.dram"), lineChart({ title: tr("debrief.dram"), width: 270, height: 130, months: d.months, series: [{ label: tr("good.dram"), values: d.dramPrice, color: "#c084fc" }], format: (v) => num(v, 1) }), "debrief-dram"),
    figure(tr("debrief.wafer"), lineChart({ title: tr("debrief.wafer"), width: 270, height: 130, months: d.months, series: [{ label: tr("good.wafer"), values: d.waferPrice, color: "#38bdf8" }], format: (v) => num(v, 0) }), "debrief-wafer"));
}

/** What a fab timeline needs: one match's debrief, or a whole class's fabs. */
export interface FabSpans {
  months: number;
  endedMonth: number;
  fabs: Array<Pick<DebriefFab, "owner" | "site" | "node" | "startedMonth" | "volumeMonth" | "expansionOf">>;
}

/** About how wide a label is drawn at the charts' 9 px (CJK characters are square, Latin ones about half). */
function labelWidth(text: string, size = 9): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? size : size * 0.56;
  return w;
}

/** One bar per fab founded during the match: groundbreaking → volume (or still building). */
export function fabTimeline(d: FabSpans): HTMLElement {
  const fabs = d.fabs.filter((f) => f.startedMonth !== null && f.startedMonth >= 0).slice(0, 24);
  const label = (f: FabSpans["fabs"][number]) => `${tr(`faction.${f.owner}`)} · ${tr(`site.${f.site}`)} ${f.node}${f.expansionOf ? ` ${tr("debrief.expansion")}` : ""}`;
  // The names' column is as wide as its longest name: at a fixed 150 a China expansion
  // ("China (sanctioned) · China D1c (expansion)") ran off the chart's left edge, in both languages.
  const padL = Math.min(260, Math.max(110, Math.ceil(Math.max(0, ...fabs.map((f) => labelWidth(label(f))))) + 12));
  const W = 560, rowH = 14, H = Math.max(40, fabs.length * rowH + 24);
  // Room on the right for the years a bar that ends late is labelled with.
  const x = (m: number) => padL + (m / Math.max(1, d.months)) * (W - padL - 22);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart timeline", role: "img", "aria-label": tr("debrief.fabs") });
  fabs.forEach((f, i) => {
    const y = 8 + i * rowH;
    const end = f.volumeMonth ?? d.endedMonth;
    root.append(svg("text", { x: padL - 6, y: y + 9, class: "axis", "text-anchor": "end" }, label(f)));
    const bar = svg("rect", { x: x(f.startedMonth!), y, width: Math.max(2, x(end) - x(f.startedMonth!)), height: rowH - 4, fill: factionColor(f.owner), opacity: f.volumeMonth !== null ? 1 : 0.4, rx: 2 });
    bar.append(svg("title", {}, f.volumeMonth !== null ? tr("debrief.fabSpan", { from: monthName(f.startedMonth!), to: monthName(f.volumeMonth), years: num((f.volumeMonth - f.startedMonth!) / 12, 1) }) : tr("debrief.fabUnfinished", { from: monthName(f.startedMonth!) })));
    root.append(bar);
    if (f.volumeMonth !== null) root.append(svg("text", { x: x(end) + 3, y: y + 9, class: "axis" }, `${num((f.volumeMonth - f.startedMonth!) / 12, 1)}`));
  });
  if (!fabs.length) root.append(svg("text", { x: 10, y: 24, class: "axis" }, tr("debrief.noFabs")));
  return figure(tr("debrief.fabs"), root, "debrief-fabs");
}

export function milestoneTable(d: DebriefData): HTMLElement {
  return figure(tr("debrief.milestones"), h("table", { class: "milestone-table" },
    h("tbody", {}, ...FACTION_IDS.map((id) => h("tr", { class: id === d.me ? "me" : "" },
      h("th", { scope: "row" }, tr(`faction.${id}`)),
      ...MILESTONE_IDS[id].map((m) => {
        const at = d.factions[id].milestones[m];
        return h("td", { class: at !== null ? "done" : "" }, h("span", {}, milestoneLabel(id, m, d.months)), h("small", {}, at !== null ? monthName(at) : "—"));
      }),
      h("td", { class: "score" }, num(d.factions[id].score)))))), "debrief-milestones");
}
