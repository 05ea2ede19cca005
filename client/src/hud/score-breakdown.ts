// The score, part by part: each milestone's points and the compute points by role.
// Shown as the HUD score's tooltip and dialog, and again in the debrief.
import { MILESTONE_IDS, OWN_WAFER_CREDIT, type FactionId } from "../../../shared/index";
import { tr } from "../i18n";
import { milestoneLabel } from "./milestone-label";
import type { FactionView } from "../net/view";

/** What the breakdown needs: the total and its parts (a live faction, or a finished match's). */
export type Scored = Pick<FactionView, "score" | "scoreParts">;
import { h } from "../ui/dom";

export interface ScoreRow {
  label: string;
  points: number;
}

export function scoreRows(f: Scored, faction: FactionId, months: number): ScoreRow[] {
  const rows: ScoreRow[] = [];
  for (const m of MILESTONE_IDS[faction]) {
    const pts = f.scoreParts.milestones[m];
    if (pts !== undefined) rows.push({ label: tr("score.milestone", { name: milestoneLabel(faction, m, months) }), points: pts });
  }
  rows.push({ label: tr("score.deploy"), points: f.scoreParts.deploy });
  rows.push({ label: tr("score.logic"), points: f.scoreParts.logic });
  rows.push({ label: tr("score.memory"), points: f.scoreParts.memory });
  return rows;
}

/** One line per part, for a tooltip. */
export function scoreTooltip(f: Scored, faction: FactionId, months: number): string {
  return [...scoreRows(f, faction, months).map((r) => `${r.label}: ${r.points}`), `${tr("score.total")}: ${f.score}`].join("\n");
}

/** The breakdown as a table with the rule under it. */
export function scoreTable(f: Scored, faction: FactionId, months: number): HTMLElement {
  const rows = scoreRows(f, faction, months).map((r) => h("tr", {}, h("td", {}, r.label), h("td", { class: "num" }, String(r.points))));
  return h("div", { class: "score-breakdown", testid: "score-breakdown" },
    h("table", {}, h("tbody", {}, ...rows, h("tr", { class: "total" }, h("th", {}, tr("score.total")), h("th", { class: "num" }, String(f.score))))),
    ...uncountedNote(f),
    h("p", { class: "muted small" }, tr("score.rule", { times: OWN_WAFER_CREDIT })));
}

/** A deployer whose dies outrun its memory sees how many of its wafers earned nothing this month. */
function uncountedNote(f: Scored): HTMLElement[] {
  const k = f.scoreParts.ownWafersUncounted;
  if (k < 0.05) return [];
  return [h("p", { class: "small", testid: "score-uncounted" }, tr("score.uncounted", { wafers: k.toFixed(1), times: OWN_WAFER_CREDIT }))];
}
