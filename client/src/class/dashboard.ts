// Every match of the class at a glance: its month, each faction's limiting factor, score
// and milestones — with the teacher's controls for one match on its row.
import { FACTION_IDS } from "../../../shared/data/factions";
import { tr } from "../i18n";
import { monthName, num } from "../i18n/format";
import { classSession, type ClassMatch, type ClassView } from "../net/class-session";
import { h } from "../ui/dom";
import { FACTOR_GLYPH, factorColor, inkOn } from "../ui/palette";

function seatCell(m: ClassMatch, f: (typeof FACTION_IDS)[number]): HTMLElement {
  const seat = m.factions[f];
  const color = factorColor(seat.limitingFactor);
  return h("td", { testid: `cell-${f}` },
    h("span", { class: "factor-chip", style: { background: color, color: inkOn(color) }, testid: "cell-factor" }, `${FACTOR_GLYPH[seat.limitingFactor]} ${tr(`factor.${seat.limitingFactor}`)}`),
    h("div", { class: "small" }, `${tr("hud.scoreShort", { n: num(seat.score) })} · ${"★".repeat(seat.milestones)}${"☆".repeat(3 - seat.milestones)}`),
    h("div", { class: "muted small" }, seat.controller === "bot" && !seat.students ? tr("seat.bot") : seat.students || tr("seat.bot")));
}

export function dashboard(v: ClassView, event: () => string): HTMLElement {
  const rows = v.matches.map((m, i) => {
    const running = m.status === "running";
    return h("tr", { testid: "match-row", "data-match": m.id },
      h("th", { scope: "row" }, tr("teach.matchN", { n: i + 1 })),
      h("td", { testid: "match-month" }, monthName(m.month), h("div", { class: "muted small" }, tr(`teach.status.${m.status}`))),
      ...FACTION_IDS.map((f) => seatCell(m, f)),
      h("td", { class: "row-controls" },
        m.status === "ended" ? h("span", { class: "muted small" }, m.winner ? tr("teach.won", { who: tr(`faction.${m.winner}`) }) : tr("teach.status.ended")) : h("div", {},
          h("button", { type: "button", class: "btn small", testid: `match-${running ? "pause" : "resume"}-${i + 1}`, onclick: () => classSession.send(running ? "pause" : "resume", { matchId: m.id }) }, tr(running ? "clock.pause" : "clock.resume")),
          h("button", { type: "button", class: "btn small", testid: `match-inject-${i + 1}`, onclick: () => classSession.send("inject", { eventId: event(), matchId: m.id }) }, tr("teach.inject")),
          h("button", { type: "button", class: "btn small ghost", testid: `match-end-${i + 1}`, onclick: () => classSession.send("end", { matchId: m.id }) }, tr("teach.endMatch")))));
  });
  return h("section", { class: "box dashboard", testid: "class-dashboard" },
    h("h2", {}, tr("teach.dashboard")),
    h("div", { class: "table-wrap" }, h("table", { class: "class-table" },
      h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, tr("teach.month")), ...FACTION_IDS.map((f) => h("th", {}, tr(`faction.${f}`))), h("th", {}, ""))),
      h("tbody", {}, ...rows))));
}
