// Small SVG charts: line charts (markets, compute), the limiting-factor ribbon, sparklines.
// Drawn in a viewBox so they scale with their box; every chart carries a text title.
import type { LimitingFactor } from "../../../shared/index";
import { monthName, num } from "../i18n/format";
import { tr } from "../i18n";
import { h, svg } from "./dom";
import { FACTOR_GLYPH, factorColor, inkOn } from "./palette";

export interface Series {
  label: string;
  values: number[];
  color: string;
  dash?: string;
  width?: number;
}

export interface LineChartOptions {
  title: string;
  series: Series[];
  width?: number;
  height?: number;
  /** Months shown on the x axis (defaults to the longest series). */
  months?: number;
  format?: (v: number) => string;
  /** Vertical markers: month and short label. */
  markers?: Array<{ month: number; label: string }>;
  testid?: string;
}

export function lineChart(o: LineChartOptions): SVGSVGElement {
  const W = o.width ?? 320, H = o.height ?? 120, padL = 40, padR = 8, padT = 8, padB = 18;
  const months = Math.max(2, o.months ?? Math.max(2, ...o.series.map((s) => s.values.length)));
  const all = o.series.flatMap((s) => s.values).filter((v) => Number.isFinite(v));
  const max = Math.max(1e-9, ...all) * 1.08;
  const min = Math.min(0, ...all);
  const x = (i: number) => padL + (i / (months - 1)) * (W - padL - padR);
  const y = (v: number) => padT + (1 - (v - min) / (max - min)) * (H - padT - padB);
  const fmt = o.format ?? ((v: number) => num(v, v < 10 ? 1 : 0));
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": o.title });
  if (o.testid) root.setAttribute("data-testid", o.testid);
  root.append(svg("title", {}, o.title));
  for (const frac of [0, 0.5, 1]) {
    const v = min + (max - min) * frac;
    root.append(svg("line", { x1: padL, x2: W - padR, y1: y(v), y2: y(v), class: "grid" }));
    root.append(svg("text", { x: padL - 4, y: y(v) + 3, class: "axis", "text-anchor": "end" }, fmt(v)));
  }
  const yearEvery = months > 90 ? 24 : 12;
  for (let m = 0; m < months; m += yearEvery) {
    root.append(svg("text", { x: x(m), y: H - 4, class: "axis", "text-anchor": "start" }, monthName(m).replace(/\D*(\d{4}).*/, "$1")));
  }
  for (const mk of o.markers ?? []) {
    root.append(svg("line", { x1: x(mk.month), x2: x(mk.month), y1: padT, y2: H - padB, class: "marker" }));
    root.append(svg("text", { x: x(mk.month) + 2, y: padT + 9, class: "marker-label" }, mk.label));
  }
  for (const s of o.series) {
    if (s.values.length === 0) continue;
    const d = s.values.map((v, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(Number.isFinite(v) ? v : 0).toFixed(1)}`).join("");
    const path = svg("path", { d, fill: "none", stroke: s.color, "stroke-width": s.width ?? 2, "stroke-dasharray": s.dash ?? "", "vector-effect": "non-scaling-stroke" });
    path.append(svg("title", {}, `${s.label}: ${fmt(s.values.at(-1) ?? 0)}`));
    root.append(path);
  }
  return root;
}

/** Runs of the same factor: [factor, firstMonth, length]. */
export function runsOf(history: LimitingFactor[]): Array<[LimitingFactor, number, number]> {
  const runs: Array<[LimitingFactor, number, number]> = [];
  history.forEach((f, i) => {
    const last = runs.at(-1);
    if (last && last[0] === f) last[2] += 1;
    else runs.push([f, i, 1]);
  });
  return runs;
}

/** The limiting-factor ribbon: one coloured band per run, with its mark when wide enough. */
export function ribbon(history: LimitingFactor[], months: number, opts: { title?: string; testid?: string } = {}): HTMLElement {
  const total = Math.max(months, history.length, 1);
  const root = h("div", { class: "ribbon", role: "img", "aria-label": opts.title ?? tr("hud.ribbon"), testid: opts.testid });
  for (const [f, start, len] of runsOf(history)) {
    const color = factorColor(f);
    const wide = len / total > 0.03;
    root.append(h("div", {
      class: "ribbon-run", "data-factor": f, title: `${monthName(start)} – ${monthName(start + len - 1)}: ${tr(`factor.${f}`)}`,
      style: { flexGrow: String(len), background: color, color: inkOn(color) },
    }, wide ? FACTOR_GLYPH[f] : ""));
  }
  if (history.length < total) root.append(h("div", { class: "ribbon-rest", style: { flexGrow: String(total - history.length) } }));
  return root;
}

export function sparkline(values: number[], color: string, title: string): SVGSVGElement {
  return lineChart({ title, series: [{ label: title, values, color, width: 1.5 }], width: 120, height: 40, months: Math.max(2, values.length) });
}
