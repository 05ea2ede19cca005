// Every match of the class at a glance: its month, each faction's limiting factor, score
// and milestones — with the teacher's controls for one match on its row. Rows are kept
// between state patches so a row's controls (an open speed list, the focus) survive them.
import { FACTION_IDS } from "../../../shared/index";
import { tr } from "../i18n";
import { monthName, num } from "../i18n/format";
import { classSession, type ClassMatch, type ClassView } from "../net/class-session";
import { h } from "../ui/dom";
import { toast } from "../ui/toasts";
import { FACTOR_GLYPH, factorColor, inkOn } from "../ui/palette";
import { activityBadge, activityOf } from "./activity";

function seatCell(m: ClassMatch, f: (typeof FACTION_IDS)[number], v: ClassView): HTMLElement {
  const seat = m.factions[f];
  const color = factorColor(seat.limitingFactor);
  // Each student in the seat with how long since their last order.
  const here = v.students.filter((s) => s.matchId === m.id && s.faction === f);
  const who = here.length && m.status !== "ended"
    ? h("div", { class: "muted small seat-students" }, ...here.map((s) => h("span", { class: "seat-student", testid: "seat-student", "data-name": s.name }, s.name, " ", activityBadge(activityOf(s, v), "seat-activity"))))
    : h("div", { class: "muted small" }, seat.students || tr("seat.bot"));
  return h("td", { testid: `cell-${f}` },
    h("span", { class: "factor-chip", style: { background: color, color: inkOn(color) }, testid: "cell-factor" }, `${FACTOR_GLYPH[seat.limitingFactor]} ${tr(`factor.${seat.limitingFactor}`)}`),
    h("div", { class: "small" }, `${tr("hud.scoreShort", { n: num(seat.score) })} · ${"★".repeat(seat.milestones)}${"☆".repeat(3 - seat.milestones)}`),
    who);
}

/** Send an event into every match (no n) or match n, and say so in a toast. */
export function injectEvent(eventId: string, n?: number, matchId?: string): void {
  classSession.send("inject", matchId ? { eventId, matchId } : { eventId });
  const event = tr(`class.event.${eventId}`);
  toast({ kind: "news", testid: "toast-injected", text: n === undefined ? tr("teach.injectedAll", { event }) : tr("teach.injectedOne", { event, n }) });
}

/** Pause or resume, speed, inject the chosen event, end — for match number n only. */
function rowControls(m: ClassMatch, n: number, event: () => string): HTMLElement {
  if (m.status === "ended") return h("td", { class: "row-controls" }, h("span", { class: "muted small" }, m.winner ? tr("teach.won", { who: tr(`faction.${m.winner}`) }) : tr("teach.status.ended")));
  const running = m.status === "running";
  const speed = h("select", {
    class: "small", testid: `match-speed-${n}`, "aria-label": tr("teach.matchSpeed", { n }),
    onchange: () => {
      if (speed.value) classSession.send("speed", { speed: speed.value, matchId: m.id });
      speed.value = "";
    },
  }, h("option", { value: "" }, tr("setup.speed")), ...(["slow", "normal", "fast"] as const).map((s) => h("option", { value: s }, tr(`speed.${s}`))));
  return h("td", { class: "row-controls" },
    h("button", { type: "button", class: "btn small", testid: `match-${running ? "pause" : "resume"}-${n}`, onclick: () => classSession.send(running ? "pause" : "resume", { matchId: m.id }) }, tr(running ? "clock.pause" : "clock.resume")),
    speed,
    h("button", { type: "button", class: "btn small", testid: `match-inject-${n}`, onclick: () => injectEvent(event(), n, m.id) }, tr("teach.inject")),
    h("button", { type: "button", class: "btn small ghost", testid: `match-end-${n}`, onclick: () => classSession.send("end", { matchId: m.id }) }, tr("teach.endMatch")));
}

export interface Dashboard {
  el: HTMLElement;
  update(v: ClassView): void;
}

export function dashboard(event: () => string): Dashboard {
  const body = h("tbody", {});
  const rows = new Map<string, { tr: HTMLTableRowElement; status: string; controls: HTMLElement }>();
  const el = h("section", { class: "box dashboard", testid: "class-dashboard" },
    h("h2", {}, tr("teach.dashboard")),
    h("div", { class: "table-wrap" }, h("table", { class: "class-table" },
      h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, tr("teach.month")), ...FACTION_IDS.map((f) => h("th", {}, tr(`faction.${f}`))), h("th", {}, ""))),
      body)));

  function update(v: ClassView): void {
    v.matches.forEach((m, i) => {
      let row = rows.get(m.id);
      if (!row) {
        row = { tr: h("tr", { testid: "match-row", "data-match": m.id }), status: "", controls: h("td", {}) };
        rows.set(m.id, row);
      }
      // The controls change only with the match's status; the figures every month.
      if (row.status !== m.status) {
        row.controls = rowControls(m, i + 1, event);
        row.status = m.status;
      }
      const cells = [
        h("th", { scope: "row" }, tr("teach.matchN", { n: i + 1 })),
        h("td", { testid: "match-month" }, monthName(m.month), h("div", { class: "muted small" }, tr(`teach.status.${m.status}`))),
        ...FACTION_IDS.map((f) => seatCell(m, f, v)),
      ];
      if (row.controls.parentNode !== row.tr) row.tr.replaceChildren(...cells, row.controls);
      else {
        // Leave the controls cell where it is (moving it would drop the focus or close a list).
        while (row.tr.firstChild && row.tr.firstChild !== row.controls) row.tr.firstChild.remove();
        row.controls.before(...cells);
      }
      if (body.children[i] !== row.tr) body.insertBefore(row.tr, body.children[i] ?? null);
    });
    const live = new Set(v.matches.map((m) => m.id));
    for (const [id, row] of rows) if (!live.has(id)) {
      row.tr.remove();
      rows.delete(id);
    }
  }

  return { el, update };
}
