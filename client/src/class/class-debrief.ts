// The class debrief for the projector: every match's limiting-factor ribbons by faction,
// compute over time, the DRAM price, fab timelines, the six lessons with the class's own
// numbers and questions to discuss; results to download with the teacher key.
import { FACTION_IDS, type LimitingFactor } from "../../../shared/index";
import { show, screenOf, type Screen } from "../app/router";
import { fabTimeline, legend, outputCharts } from "../debrief/charts";
import { tr } from "../i18n";
import { listOf, monthName, num, sentenceGap } from "../i18n/format";
import { classSession } from "../net/class-session";
import { lineChart, ribbon } from "../ui/charts";
import { h, redraw } from "../ui/dom";
import { FACTOR_GLYPH, factorColor, inkOn } from "../ui/palette";
import { classLessons } from "./class-lessons";
import { meanSeries, type ClassResults } from "./class-results";

const figure = (title: string, body: Element, testid: string) => h("figure", { class: "debrief-chart", testid }, h("figcaption", {}, title), body);

function ribbons(r: ClassResults, months: number): HTMLElement {
  return figure(tr("classDebrief.ribbons"), h("div", { class: "ribbons" }, ...FACTION_IDS.map((f) => h("div", { class: "ribbon-group" },
    h("h3", {}, tr(`faction.${f}`)),
    ...r.matches.map((m, i) => h("div", { class: "ribbon-row" },
      h("span", { class: "ribbon-name" }, tr("teach.matchN", { n: i + 1 })),
      ribbon(m.factions[f].limitingHistory, months, { title: tr("classDebrief.ribbonOf", { who: tr(`faction.${f}`), n: i + 1 }) }))))),
  factorKey(r)), "class-ribbons");
}

/** The colours of the ribbons: every factor that bound someone in the class, in the HUD's words. */
function factorKey(r: ClassResults): HTMLElement {
  const seen = new Set<LimitingFactor>(r.matches.flatMap((m) => FACTION_IDS.flatMap((f) => m.factions[f].limitingHistory)));
  return h("ul", { class: "legend factor-key" }, ...[...seen].map((x) => {
    const color = factorColor(x);
    return h("li", {}, h("span", { class: "factor-chip", style: { background: color, color: inkOn(color) } }, `${FACTOR_GLYPH[x]} ${tr(`factor.${x}`)}`));
  }));
}

function compute(r: ClassResults, months: number): HTMLElement {
  return h("div", { testid: "class-compute" }, outputCharts({
    months,
    compute: (f) => meanSeries(r.matches.map((m) => m.factions[f].computeHistory)),
    sales: (f) => meanSeries(r.matches.map((m) => m.factions[f].salesHistory ?? [])),
  }, { compute: tr("classDebrief.compute"), sales: tr("classDebrief.sales") }, "class-output"), legend());
}

function dram(r: ClassResults, months: number): HTMLElement {
  const series = r.matches.map((m, i) => ({ label: tr("teach.matchN", { n: i + 1 }), values: m.dramPrice, color: "#7c6a9c", width: 1 }));
  series.push({ label: tr("classDebrief.mean"), values: meanSeries(r.matches.map((m) => m.dramPrice)), color: "#c084fc", width: 3 });
  return figure(tr("classDebrief.dram"), lineChart({ title: tr("classDebrief.dram"), width: 560, height: 170, months, series, format: (v) => num(v, 1) }), "class-dram");
}

function fabs(r: ClassResults, months: number): HTMLElement {
  const all = r.matches.flatMap((m) => m.fabs).sort((a, b) => (a.startedMonth ?? 0) - (b.startedMonth ?? 0));
  const endedMonth = Math.max(0, ...r.matches.map((m) => m.month));
  const el = fabTimeline({ months, endedMonth, fabs: all.map((f) => ({ ...f, expansionOf: null })) });
  el.setAttribute("data-testid", "class-fabs");
  return el;
}

function table(r: ClassResults): HTMLElement {
  return figure(tr("classDebrief.seats"), h("table", { class: "class-table" },
    h("thead", {}, h("tr", {}, h("th", {}, ""), ...FACTION_IDS.map((f) => h("th", {}, tr(`faction.${f}`))))),
    h("tbody", {}, ...r.matches.map((m, i) => h("tr", {},
      h("th", { scope: "row" }, tr("teach.matchN", { n: i + 1 }), m.winner ? h("div", { class: "muted small" }, tr("teach.won", { who: tr(`faction.${m.winner}`) })) : null,
        m.matchId && m.status === "ended" ? h("button", { type: "button", class: "btn small", testid: `class-replay-${i + 1}`, title: tr("replay.openMatch", { n: i + 1 }), onclick: () => void openReplay(m.matchId) }, tr("replay.open")) : null),
      ...FACTION_IDS.map((f) => {
        const s = m.factions[f];
        const done = Object.values(s.milestones).filter((x) => x !== null) as number[];
        return h("td", {}, h("div", {}, tr("hud.scoreShort", { n: num(s.score) })), h("div", { class: "small" }, `${"★".repeat(done.length)}${"☆".repeat(3 - done.length)} ${done.length ? monthName(Math.min(...done)) : ""}`), h("div", { class: "muted small" }, listOf(s.students) || tr("seat.bot")));
    }))))), "class-results");
}

/** The replay viewer (loaded on demand); its Back returns to this debrief. */
async function openReplay(matchId: string): Promise<void> {
  const { replayScreen } = await import("../replay/replay-screen");
  show(replayScreen(matchId, { back: () => show(classDebriefScreen()) }));
}

async function download(format: "csv" | "json"): Promise<void> {
  const res = await classSession.results(format);
  if (!res.ok) return;
  const blob = await res.blob();
  const a = h("a", { href: URL.createObjectURL(blob), download: `terrafab-class-${classSession.code}.${format}`, testid: `download-link-${format}` });
  document.body.append(a);
  a.click();
  setTimeout(() => (URL.revokeObjectURL(a.href), a.remove()), 1000);
}

export function classDebriefScreen(): Screen {
  let root: HTMLElement;
  let results: ClassResults | null = null;

  function render(): void {
    const r = results;
    const back = h("button", { type: "button", class: "btn ghost", testid: "class-debrief-back", onclick: () => { classSession.forgetTeacher(); void classSession.leave(); show(screenOf("title")()); } }, tr("debrief.backToTitle"));
    if (!r) {
      redraw(root, h("div", { class: "page", testid: "class-debrief" }, h("h1", {}, tr("classDebrief.title")), h("p", { class: "muted" }, tr("classDebrief.loading")), back));
      return;
    }
    const months = Math.max(12, ...r.matches.map((m) => m.month + 1));
    redraw(root, h("div", { class: "page debrief class-debrief", testid: "class-debrief" },
      h("h1", {}, tr("classDebrief.title")),
      h("p", { class: "muted" }, tr("classDebrief.summary", { students: r.students.length, matches: r.matches.length, code: r.code })),
      h("section", { class: "lessons", testid: "class-lessons" },
        h("h2", {}, tr("classDebrief.lessons")),
        h("ol", {}, ...classLessons(r).map((l) => h("li", { testid: `class-lesson-${l.id}` },
          h("strong", {}, l.title), sentenceGap(), l.text,
          h("ul", { class: "prompts" }, ...l.prompts.map((p) => h("li", {}, p))))))),
      h("div", { class: "debrief-grid" }, ribbons(r, months), h("div", {}, compute(r, months), dram(r, months)), fabs(r, months), table(r)),
      h("div", { class: "actions" }, back,
        h("button", { type: "button", class: "btn", testid: "download-csv", onclick: () => void download("csv") }, tr("classDebrief.csv")),
        h("button", { type: "button", class: "btn", testid: "download-json", onclick: () => void download("json") }, tr("classDebrief.json")))));
  }

  return {
    name: "class-debrief",
    mount(el) {
      root = el;
      render();
      // The class saves its results as it ends; ask until they are the final ones.
      const load = async (attempt: number): Promise<void> => {
        const res = await classSession.results("json").catch(() => null);
        if (res?.ok) {
          results = (await res.json()) as ClassResults;
          render();
        } else if (attempt < 10) setTimeout(() => void load(attempt + 1), 1000);
      };
      void load(0);
    },
    relabel: render,
  };
}
