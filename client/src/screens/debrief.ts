// The debrief: who won, charts of the match, and the six lessons in this match's numbers.
import { show, registerScreen, screenOf, type Screen } from "../app/router";
import { lastSolo, startSolo } from "../app/start";
import { play, stopMusic } from "../audio/audio";
import { computeChart, fabTimeline, legend, milestoneTable, priceCharts, ribbons } from "../debrief/charts";
import { fetchRecord, fromView, withRecord, type DebriefData } from "../debrief/data";
import { lessons } from "../debrief/lessons";
import { tr } from "../i18n";
import { sentenceGap } from "../i18n/format";
import { net } from "../net/net";
import { h } from "../ui/dom";
import { scoreTable } from "../hud/score-breakdown";

export function debriefScreen(): Screen {
  let data: DebriefData | null = null;
  let root: HTMLElement;
  const matchId = net.matchId || net.roomId;
  const mode = net.view?.mode ?? "solo";

  function render(): void {
    if (!data) {
      root.replaceChildren(h("div", { class: "page", testid: "debrief" }, h("p", {}, tr("debrief.noData")), h("button", { type: "button", class: "btn", onclick: () => show(screenOf("title")()) }, tr("debrief.backToTitle"))));
      return;
    }
    const d = data;
    const winner = d.winner ? tr("debrief.winner", { who: tr(`faction.${d.winner}`) }) : tr("debrief.over");
    const mine = d.me ? tr("debrief.yourScore", { score: Math.round(d.factions[d.me].score) }) : "";
    root.replaceChildren(h("div", { class: "page debrief", testid: "debrief" },
      h("h1", {}, winner),
      mine ? h("p", { class: "lead" }, mine) : null,
      d.me ? h("details", { class: "debrief-score", testid: "debrief-score" }, h("summary", {}, tr("score.title")), scoreTable(d.factions[d.me], d.me, d.months)) : null,
      h("section", { class: "lessons", testid: "debrief-lessons" }, h("h2", {}, tr("debrief.lessons")),
        h("ol", {}, ...lessons(d).map((l) => h("li", { testid: `lesson-${l.id}` }, h("strong", {}, l.title), sentenceGap(), h("span", {}, l.text))))),
      h("section", { class: "debrief-grid" }, h("div", {}, computeChart(d), legend()), ribbons(d), priceCharts(d), fabTimeline(d), milestoneTable(d)),
      h("div", { class: "actions" },
        matchId && matchId !== "local" ? h("button", {
          type: "button", class: "btn", testid: "debrief-replay",
          onclick: async () => {
            play("click");
            const { replayScreen } = await import("../replay/replay-screen");
            show(replayScreen(matchId, { back: () => show(debriefScreen()) }));
          },
        }, tr("replay.open")) : null,
        h("button", { type: "button", class: "btn ghost", testid: "debrief-title", onclick: async () => { play("click"); await net.leave(); show(screenOf("title")()); } }, tr("debrief.backToTitle")),
        h("button", {
          type: "button", class: "btn primary", testid: "debrief-rematch",
          onclick: async () => {
            play("confirm");
            const again = lastSolo();
            await net.leave();
            if (mode === "solo" && again) void startSolo(again);
            else show(screenOf("lobby")());
          },
        }, tr("debrief.rematch")))));
  }

  return {
    name: "debrief",
    mount(el) {
      root = el;
      stopMusic();
      const v = net.view;
      data = v ? fromView(v, net.faction, net.histories.warehousePeak.tesla) : null;
      render();
      if (data) {
        void fetchRecord(matchId).then((rec) => {
          if (rec && data) {
            data = withRecord(data, rec);
            render();
          }
        });
      }
    },
    relabel: () => render(),
  };
}

registerScreen("debrief", debriefScreen);
