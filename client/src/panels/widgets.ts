// Read-only boxes inside panels: the power balance, the market charts, the event deck's odds and
// the export controls on China with the lobbying over them.
import { EVENT_IDS, FACTION_IDS, GOODS, MARKETS, OUTLOOK_MONTHS, TOOL_KINDS, type Good } from "../../../shared/index";
import { tr } from "../i18n";
import { gw, listOf, money, monthName, num, pct } from "../i18n/format";
import { edgeGW, groundPower, orbitGW, pendingPower } from "../model/derive";
import { lineChart } from "../ui/charts";
import { h } from "../ui/dom";
import type { PanelContext } from "./context";
import { priceText } from "./specs/market";

export interface Widget {
  el: HTMLElement;
  update(ctx: PanelContext): void;
}

export function powerStatus(): Widget {
  const el = h("section", { class: "status-box", testid: "power-status" });
  return {
    el,
    update(ctx) {
      const f = ctx.me;
      const p = groundPower(f);
      const pending = pendingPower(ctx.view, ctx.faction).map((x) =>
        h("li", {}, tr(`pending.${x.source}`, { gw: gw(x.gw), month: x.readyMonth !== null && x.readyMonth !== undefined ? monthName(x.readyMonth) : tr("pending.inQueue") })));
      const parts: Array<HTMLElement | null> = [
        h("h3", { class: "form-title" }, tr("power.title")),
        h("div", { class: "kv" }, h("span", {}, tr("power.ground")), h("strong", {}, tr("power.groundValue", { used: gw(p.usedGW), cap: gw(p.capacityGW) }))),
        h("div", { class: `kv${f.warehouse > 0.5 ? " hot" : ""}` }, h("span", {}, tr("power.warehouse")), h("strong", { testid: "power-warehouse" }, tr("power.warehouseValue", { k: num(f.warehouse), gw: gw(p.warehouseGW) }))),
        ctx.faction === "tesla" ? h("div", { class: "kv" }, h("span", {}, tr("power.orbit")), h("strong", {}, tr("power.orbitValue", { gw: gw(orbitGW(f)), n: num(f.launchesTotal), failed: num(f.launchFailures) }))) : null,
        ctx.faction === "tesla" ? h("div", { class: "kv" }, h("span", {}, tr("power.edge")), h("strong", {}, tr("power.edgeValue", { gw: gw(edgeGW(f)), k: num(f.edgeAccelerators) }))) : null,
        pending.length ? h("ul", { class: "pending" }, ...pending) : null,
      ];
      el.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    },
  };
}

const GOOD_ORDER: Good[] = ["dram", "hbm", "wafer", "accelerator"];

export function marketCharts(): Widget {
  const el = h("section", { class: "status-box markets", testid: "market-charts" });
  return {
    el,
    update(ctx) {
      const boxes = GOOD_ORDER.filter((g) => GOODS.includes(g)).map((g) => {
        const m = ctx.view.markets[g];
        const base = MARKETS[g].basePrice;
        const hist = m.history.length ? m.history : [m.price];
        const peak = Math.max(base, ...hist);
        const spike = m.price > base * 1.3;
        return h("figure", { class: `market${spike ? " spike" : ""}`, testid: `market-${g}` },
          h("figcaption", {}, h("span", {}, tr(`good.${g}`)), h("strong", {}, priceText(g, m.price))),
          lineChart({ title: tr("market.chartTitle", { good: tr(`good.${g}`) }), series: [{ label: tr(`good.${g}`), values: hist, color: spike ? "#f87171" : "#93c5fd" }], width: 260, height: 70, months: ctx.view.months, testid: `market-chart-${g}` }),
          h("div", { class: "muted small" }, tr("market.vsBase", { base: priceText(g, base), peak: priceText(g, peak) })));
      });
      el.replaceChildren(h("h3", { class: "form-title" }, tr("market.title")), ...boxes);
    },
  };
}

/** The event deck as a player can know it: the chance of an event, and which cards are still to come. */
export function eventRisks(): Widget {
  const el = h("section", { class: "status-box risks", testid: "event-risks" });
  return {
    el,
    update(ctx) {
      const o = ctx.view.events;
      const title = h("h3", { class: "form-title" }, tr("risk.title"));
      if (!o.on) {
        el.replaceChildren(title, h("p", { class: "muted small" }, tr("risk.off")));
        return;
      }
      el.replaceChildren(title,
        h("p", { class: "small", testid: "risk-rate" }, tr(ctx.view.month < o.fromMonth ? "risk.rateFrom" : "risk.rate", { pct: pct(o.perMonth), from: monthName(o.fromMonth), any: pct(o.anyWithin), months: OUTLOOK_MONTHS })),
        h("p", { class: "small" }, tr("risk.left", { n: o.left.length, total: EVENT_IDS.length, each: pct(o.eachWithin), months: OUTLOOK_MONTHS })),
        h("ul", { class: "pending", testid: "risk-left" }, ...o.left.map((id) => h("li", {}, tr(`class.event.${id}`)))),
        h("p", { class: "muted small" }, tr("risk.reshuffle")));
    },
  };
}

/** How far one side's banked push has got toward a step, as a bar (the side that is ahead fills). */
function pushBar(share: number, side: "tighten" | "loosen"): HTMLElement {
  const p = Math.round(Math.min(1, share) * 100);
  return h("div", { class: `bar push-${side}`, role: "progressbar", "aria-label": tr(`direction.${side}`), "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": p }, h("span", { style: { width: `${p}%` } }));
}

/** Export controls on China: the level and what it lets China buy, and the tug-of-war over it. */
export function exportControls(): Widget {
  const el = h("section", { class: "status-box controls", testid: "export-controls" });
  return {
    el,
    update(ctx) {
      const c = ctx.view.exportControls;
      const quota = TOOL_KINDS.filter((k) => (c.quota[k] ?? 0) > 0).map((k) => tr("controls.quotaItem", { kind: tr(`tool.${k}`), n: num(c.quota[k] ?? 0) }));
      const rows = FACTION_IDS.filter((f) => c.lobbied[f].tighten + c.lobbied[f].loosen > 0).map((f) =>
        h("li", { testid: `controls-lobbied-${f}` }, tr("controls.lobbiedRow", { faction: tr(`faction.${f}`), tighten: money(c.lobbied[f].tighten), loosen: money(c.lobbied[f].loosen) })));
      el.replaceChildren(
        h("h3", { class: "form-title" }, tr("controls.title")),
        h("p", { class: "small", testid: "controls-level" }, h("strong", {}, tr("controls.level", { level: c.level, min: c.min, max: c.max })), " ", tr(`controls.level.${c.level}`)),
        h("p", { class: "small" }, quota.length ? tr("controls.quota", { list: listOf(quota), premium: pct(c.premium) }) : tr("controls.noTools")),
        c.cutOff ? h("p", { class: "small" }, tr("controls.cutOff")) : "",
        c.learningSpeed < 1 ? h("p", { class: "small", testid: "controls-unserviced" }, tr("controls.unserviced", { slower: pct(1 - c.learningSpeed) })) : "",
        c.licence ? h("p", { class: "small", testid: "controls-licence" }, tr("controls.licence", { fee: pct(c.licence.fee), stacks: num(c.licence.stacksPerMonth) })) : "",
        h("p", { class: "muted small" }, tr(c.licence ? "controls.euvLicensed" : "controls.euv")),
        c.solarCurb ? h("p", { class: "small warn", testid: "controls-solar-curb" }, tr("controls.solarCurb", { month: monthName(c.solarCurb.since), push: money(c.solarCurb.westPush) })) : "",
        h("p", { class: "small", testid: "controls-push" }, tr("controls.push", { step: money(c.stepCost), loosen: money(c.loosenPerMonth) })),
        ...(["loosen", "tighten"] as const).flatMap((side) => [
          h("div", { class: "kv" }, h("span", {}, tr(`direction.${side}`)), h("strong", { testid: `controls-push-${side}` }, money(c.push[side]))),
          pushBar(c.push[side] / c.stepCost, side),
        ]),
        h("p", { class: "small" }, tr(rows.length ? "controls.lobbied" : "controls.nobody")),
        rows.length ? h("ul", { class: "pending", testid: "controls-lobbied" }, ...rows) : "");
    },
  };
}
