// The replay viewer (/replay/<matchId>): a finished match played again in the page, month by
// month — the world map, every faction's orders that month (who gave them, and why when a
// bot says), each faction's limiting-factor ribbon, the market prices, and what the winner did.
// Loaded on demand (dynamic import): it is not part of the first download.
import "../styles/replay.css";
import { FACTION_IDS, GOODS, type FactionId, type Good } from "../../../shared/index";
import { show, screenOf, type Screen } from "../app/router";
import { describeOrder } from "../hud/attack-text";
import { evidenceText } from "../hud/evidence-text";
import { hasText, tr } from "../i18n";
import { monthName, num } from "../i18n/format";
import type { WorldView } from "../net/view";
import { priceText } from "../panels/specs/market";
import { ribbon } from "../ui/charts";
import { h, nameIcon } from "../ui/dom";
import { emblem } from "../ui/emblems";
import { FACTOR_GLYPH, factionColor, factorColor, inkOn } from "../ui/palette";
import type { World } from "../world/world";
import { loadReplay, viewAt, type Reason, type ReplayData, type ReplayOrder } from "./model";
import { winnerTimeline } from "./timeline";

export interface ReplayOptions {
  /** Where "Back" goes (the debrief that opened it); default: the title screen. */
  back?: () => void;
}

/** Milliseconds a month stays on screen while playing. */
const PLAY_MS = 700;

function reasonText(r: Reason): string {
  if (typeof r === "string") return hasText(r) ? tr(r) : r;
  return tr(r.key, r.params);
}

export function replayPath(matchId: string): string {
  return `/replay/${encodeURIComponent(matchId)}`;
}

/** The match id in /replay/<id>, or null. */
export function replayIdFromPath(path: string): string | null {
  const m = /^\/replay\/([^/?#]+)\/?$/.exec(path);
  return m ? decodeURIComponent(m[1]) : null;
}

/** The month at index i, or "End of Dec 2030" for the world after the last month was played. */
function labelAt(d: ReplayData, i: number): string {
  return i > d.lastMonth ? tr("replay.end", { month: monthName(d.lastMonth) }) : monthName(i);
}

/** The winner, or the best score when the match ended without one. */
function leader(d: ReplayData): FactionId {
  const f = d.states[d.states.length - 1].factions;
  return d.winner ?? [...FACTION_IDS].sort((a, b) => f[b].score - f[a].score)[0];
}

export function replayScreen(matchId: string, opts: ReplayOptions = {}): Screen {
  let data: ReplayData | null = null;
  let error: string | null = null;
  let month = 0;
  let followed: FactionId = "tesla";
  let playing: ReturnType<typeof setInterval> | null = null;
  let world: World | null = null;
  let destroyed = false;
  let root: HTMLElement;
  const viewListeners = new Set<(v: WorldView) => void>();
  const cleanups: Array<() => void> = [];

  // The parts that change with the month are kept and refilled; the rest is drawn once per language.
  const mapCell = h("div", { class: "map-cell", testid: "replay-world" });
  const mapNote = h("div", { class: "map-note" });
  const monthLabel = h("strong", { class: "replay-month", testid: "replay-month", "aria-live": "polite" });
  const slider = h("input", { type: "range", min: "0", max: "0", step: "1", value: "0", class: "replay-slider", testid: "replay-slider" });
  const playBtn = h("button", { type: "button", class: "btn primary replay-play", testid: "replay-play" });
  const prevBtn = h("button", { type: "button", class: "btn icon", testid: "replay-prev" }, "◀");
  const nextBtn = h("button", { type: "button", class: "btn icon", testid: "replay-next" }, "▶");
  const firstBtn = h("button", { type: "button", class: "btn icon", testid: "replay-first" }, "|◀");
  const lastBtn = h("button", { type: "button", class: "btn icon", testid: "replay-last" }, "▶|");
  const ordersBox = h("section", { class: "replay-box replay-orders", testid: "replay-orders" });
  const marketsBox = h("section", { class: "replay-box replay-markets", testid: "replay-markets" });
  const timelineBox = h("section", { class: "replay-box replay-timeline", testid: "replay-timeline" });
  const ribbonsBox = h("section", { class: "replay-ribbons", testid: "replay-ribbons" });

  slider.addEventListener("input", () => go(Number(slider.value)));
  prevBtn.addEventListener("click", () => go(month - 1));
  nextBtn.addEventListener("click", () => go(month + 1));
  firstBtn.addEventListener("click", () => go(0));
  lastBtn.addEventListener("click", () => go(data?.lastIndex ?? 0));
  playBtn.addEventListener("click", () => setPlaying(!playing));

  function setPlaying(on: boolean): void {
    if (playing) clearInterval(playing);
    playing = null;
    if (on && data) {
      if (month >= data.lastIndex) go(0);
      playing = setInterval(() => {
        if (!data || month >= data.lastIndex) return setPlaying(false);
        go(month + 1);
      }, PLAY_MS);
    }
    playBtn.textContent = playing ? `⏸ ${tr("replay.pause")}` : `▶ ${tr("replay.play")}`;
    playBtn.setAttribute("aria-pressed", String(Boolean(playing)));
  }

  function back(): void {
    setPlaying(false);
    if (location.pathname.startsWith("/replay/")) history.replaceState(null, "", "/");
    if (opts.back) opts.back();
    else show(screenOf("title")());
  }

  /** Scrub to a month (clamped) and redraw what depends on it. */
  function go(m: number): void {
    if (!data) return;
    month = Math.max(0, Math.min(data.lastIndex, Math.round(m)));
    slider.value = String(month);
    refresh();
  }

  function refresh(): void {
    if (!data) return;
    const d = data;
    const v = viewAt(d, month);
    monthLabel.textContent = labelAt(d, month);
    slider.setAttribute("aria-valuetext", labelAt(d, month));
    prevBtn.disabled = firstBtn.disabled = month <= 0;
    nextBtn.disabled = lastBtn.disabled = month >= d.lastIndex;
    for (const cb of viewListeners) cb(v);
    drawOrders(d);
    drawMarkets(d, v);
    drawRibbons(d, v);
    for (const el of timelineBox.querySelectorAll<HTMLElement>("[data-month]")) el.classList.toggle("past", Number(el.dataset.month) <= month);
  }

  function issuerText(o: ReplayOrder): string {
    if (o.issuer === "teacher") return tr("replay.issuer.teacher");
    if (o.by) return tr("replay.issuer.student", { who: o.by });
    return tr(o.bot || o.reason ? "replay.issuer.bot" : "replay.issuer.seat", { who: tr(`faction.${o.issuer}`) });
  }

  function drawOrders(d: ReplayData): void {
    const list = d.byMonth[month] ?? [];
    // The world before this month's orders: a standing purchase smaller than the one it replaced reads as a cut.
    const before = d.states[month];
    const groups: Array<FactionId | "teacher"> = [...FACTION_IDS, "teacher"];
    const sections = groups.map((g) => {
      const mine = list.filter((o) => o.issuer === g);
      if (!mine.length) return null;
      return h("div", { class: "replay-group", testid: `replay-orders-${g}` },
        h("h3", { style: { borderColor: g === "teacher" ? "#94a3b8" : factionColor(g) } }, g === "teacher" ? tr("replay.issuer.teacher") : tr(`faction.${g}`), h("span", { class: "muted small replay-count" }, tr("replay.orderCount", { n: mine.length }))),
        h("ul", {}, ...mine.map((o) => h("li", { class: o.refused ? "refused" : "", testid: "replay-order" },
          h("span", { class: "replay-order-text" }, describeOrder(o.order, o.issuer !== "teacher" && before ? before.factions[o.issuer] : undefined)),
          h("span", { class: "replay-issuer" }, issuerText(o)),
          o.reason ? h("span", { class: "replay-reason", testid: "replay-reason" }, tr("replay.reason", { why: reasonText(o.reason) })) : null,
          o.refused ? h("span", { class: "replay-refused" }, tr("replay.refused", { why: tr(o.refused.reason, o.refused.params) })) : null))));
    }).filter((x): x is HTMLDivElement => x !== null);
    if (month > d.lastMonth) {
      ordersBox.replaceChildren(h("h2", {}, labelAt(d, month)), h("p", { class: "muted", testid: "replay-no-orders" }, d.winner ? tr("replay.endNote", { who: tr(`faction.${d.winner}`) }) : tr("debrief.over")));
      return;
    }
    ordersBox.replaceChildren(
      h("h2", {}, tr("replay.ordersIn", { month: monthName(month) })),
      ...(sections.length ? sections : [h("p", { class: "muted", testid: "replay-no-orders" }, tr("replay.noOrders"))]),
    );
  }

  function drawMarkets(d: ReplayData, v: WorldView): void {
    const first = viewAt(d, 0);
    marketsBox.replaceChildren(
      h("h2", {}, tr("replay.markets"), h("span", { class: "muted small replay-count" }, tr("replay.changeSince", { start: monthName(0) }))),
      h("table", { class: "replay-prices" }, h("tbody", {}, ...GOODS.map((g: Good) => {
        const p = v.markets[g].price, base = first.markets[g].price;
        const change = base > 0 ? (p / base - 1) * 100 : 0;
        return h("tr", { testid: `replay-price-${g}` },
          h("th", { scope: "row" }, tr(`good.${g}`)),
          h("td", {}, priceText(g, p)),
          h("td", { class: change > 0.5 ? "up" : change < -0.5 ? "down" : "muted" }, `${change >= 0 ? "+" : "−"}${num(Math.abs(change))} %`));
      }))));
  }

  function drawRibbons(d: ReplayData, v: WorldView): void {
    // The months played: at the start of month m, m of them are on the ribbon.
    const total = Math.max(1, d.lastIndex);
    const final = d.states[d.states.length - 1].factions;
    ribbonsBox.replaceChildren(...FACTION_IDS.map((id) => {
      const f = v.factions[id];
      const color = factorColor(f.limitingFactor);
      const band = ribbon(final[id].limitingHistory.slice(0, total), total, { title: tr("debrief.ribbonOf", { who: tr(`faction.${id}`) }), testid: `replay-ribbon-${id}` });
      const cursor = h("div", { class: "replay-cursor", style: { left: `${(Math.min(month, total) / total) * 100}%` } });
      const track = h("div", { class: "replay-track", title: tr("replay.ribbonHint") }, band, cursor);
      track.addEventListener("click", (e) => {
        const r = track.getBoundingClientRect();
        go(((e.clientX - r.left) / r.width) * total);
      });
      const proof = evidenceText(f.limitingFactor, f.evidence);
      return h("div", { class: `replay-ribbon-row${id === followed ? " followed" : ""}`, testid: `replay-faction-${id}` },
        h("button", { type: "button", class: "replay-who", "aria-pressed": String(id === followed), title: tr("replay.follow", { who: tr(`faction.${id}`) }), onclick: () => follow(id) },
          emblem(id, 18), h("span", {}, tr(`faction.${id}`)), id === d.winner ? h("span", { class: "replay-crown", title: tr("replay.winner") }, "★") : null),
        h("span", { class: "factor-chip", style: { background: color, color: inkOn(color) }, title: proof, testid: `replay-factor-${id}` }, `${FACTOR_GLYPH[f.limitingFactor]} ${tr(`factor.${f.limitingFactor}`)}`),
        track);
    }));
  }

  function follow(id: FactionId): void {
    followed = id;
    refresh();
  }

  function drawTimeline(d: ReplayData): void {
    const who = d.winner ?? leader(d);
    const items = winnerTimeline(d, who);
    timelineBox.replaceChildren(
      h("h2", { class: "replay-tl-title" }, tr(d.winner ? "replay.winnerDid" : "replay.leaderDid", { who: tr(`faction.${who}`) })),
      items.length ? h("ol", { class: "replay-tl" }, ...items.map((x) => h("li", { class: `tl-${x.kind}`, "data-month": String(x.month) },
        h("button", { type: "button", class: "replay-tl-item", testid: "replay-tl-item", onclick: () => go(x.month), title: tr("replay.jump", { month: monthName(x.month) }) },
          h("span", { class: "tl-month" }, monthName(x.month)),
          x.factor ? h("span", { class: "tl-mark", style: { background: factorColor(x.factor), color: inkOn(factorColor(x.factor)) } }, FACTOR_GLYPH[x.factor]) : h("span", { class: "tl-mark" }, x.kind === "milestone" ? "★" : "•"),
          h("span", { class: "tl-text" }, x.text))))) : h("p", { class: "muted" }, tr("replay.tlEmpty")));
  }

  function render(): void {
    setPlaying(false);
    const backBtn = h("button", { type: "button", class: "btn ghost", testid: "replay-back", onclick: back }, `← ${tr("common.back")}`);
    if (!data) {
      root.replaceChildren(h("div", { class: "page narrow", testid: "replay" },
        h("h1", {}, tr("replay.title")),
        h("p", { class: error ? "notice" : "muted", testid: error ? "replay-error" : "replay-loading" }, error ?? tr("replay.loading")), backBtn));
      return;
    }
    const d = data;
    nameIcon(prevBtn, tr("replay.prev"));
    nameIcon(nextBtn, tr("replay.next"));
    nameIcon(firstBtn, tr("replay.first"));
    nameIcon(lastBtn, tr("replay.last"));
    slider.setAttribute("aria-label", tr("replay.slider"));
    slider.max = String(d.lastIndex);
    const sub = [
      d.winner ? tr("debrief.winner", { who: tr(`faction.${d.winner}`) }) : d.endedEarly !== null ? tr("replay.endedEarly", { month: monthName(d.endedEarly) }) : tr("debrief.over"),
      tr("replay.span", { from: monthName(0), to: monthName(d.lastMonth), n: d.orders.length }),
    ].join(" · ");
    drawTimeline(d);
    root.replaceChildren(h("div", { class: "replay", testid: "replay" },
      h("header", { class: "replay-head" },
        backBtn,
        h("div", { class: "replay-title" }, h("h1", {}, tr("replay.title")), h("span", { class: "muted small", testid: "replay-summary" }, sub)),
        d.hashMatches === false ? h("span", { class: "replay-warn", testid: "replay-mismatch", title: tr("replay.mismatchLong") }, tr("replay.mismatch")) : null),
      h("div", { class: "replay-controls", testid: "replay-controls", role: "group", "aria-label": tr("replay.controls") },
        firstBtn, prevBtn, playBtn, nextBtn, lastBtn, slider, monthLabel),
      h("div", { class: "replay-body" },
        h("div", { class: "replay-main" },
          h("div", { class: "map-wrap replay-map" }, mapCell, world ? null : mapNote),
          ribbonsBox),
        h("aside", { class: "replay-side" }, marketsBox, timelineBox, ordersBox))));
    mapNote.textContent = tr("game.loadingMap");
    refresh();
  }

  async function startWorld(): Promise<void> {
    try {
      const { createWorld } = await import("../world/world");
      if (destroyed) return;
      const holder = h("div", { class: "world-holder", testid: "world-canvas" });
      mapCell.append(holder);
      const w = createWorld(holder, {
        view: () => (data ? viewAt(data, month) : null),
        faction: () => null,
        ringed: () => followed,
        onView: (cb) => {
          viewListeners.add(cb);
          return () => viewListeners.delete(cb);
        },
      });
      w.show();
      world = w;
      mapNote.remove();
      cleanups.push(() => {
        w.destroy();
        holder.remove();
      });
    } catch (err) {
      console.warn("world view failed", err);
      mapNote.textContent = tr("game.mapFailed");
    }
  }

  /** Arrow keys step, Home/End jump, Space plays — unless a control that types has the focus. */
  function onKey(e: KeyboardEvent): void {
    if (!data || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) && t !== slider) return;
    if (t === slider && (e.key === "ArrowLeft" || e.key === "ArrowRight" || e.key === "Home" || e.key === "End")) return; // the slider does these itself
    if (e.key === "ArrowLeft") go(month - 1);
    else if (e.key === "ArrowRight") go(month + 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(data.lastIndex);
    else if (e.key === " " && !(t instanceof HTMLButtonElement)) setPlaying(!playing);
    else return;
    e.preventDefault();
  }

  return {
    name: "replay",
    mount(el) {
      root = el;
      if (!location.pathname.startsWith("/replay/")) history.pushState(null, "", replayPath(matchId));
      render();
      document.addEventListener("keydown", onKey);
      cleanups.push(() => document.removeEventListener("keydown", onKey));
      // The browser's Back leaves the replay as its own Back button does.
      const onPop = () => {
        if (!location.pathname.startsWith("/replay/") && !destroyed) back();
      };
      window.addEventListener("popstate", onPop);
      cleanups.push(() => window.removeEventListener("popstate", onPop));
      void loadReplay(matchId).then((res) => {
        if (destroyed) return;
        if (typeof res === "string") {
          error = tr(`replay.error.${res}`, { id: matchId });
          render();
          return;
        }
        data = res;
        followed = res.winner ?? leader(res);
        const hooks = (window.__terrafab ??= {}) as Record<string, unknown>;
        hooks.replay = { months: res.lastMonth, winner: res.winner, orders: res.orders.length, computeMs: res.computeMs, hashMatches: res.hashMatches };
        render();
        void startWorld();
      });
    },
    unmount() {
      destroyed = true;
      setPlaying(false);
      for (const c of cleanups) c();
    },
    relabel() {
      render();
      world?.relabel();
    },
  };
}
