// A milestone's description for a match of a given length: the targets scale with it
// (10 GW in a 120-month match, 20 GW in a 180-month one).
import { milestoneParams, type FactionId, type MilestoneMeasure } from "../../../shared/index";
import { tr } from "../i18n";
import { gw, num, pct } from "../i18n/format";

export function milestoneLabel(faction: FactionId, milestone: string, months: number): string {
  return tr(`milestone.${faction}.${milestone}`, milestoneParams(months));
}

/** Where a milestone stands now, in words: "now 3.2 GW of 10 GW", "share of HBM sold 31 %, needs 40 %; held 0 of 11 months". */
export function milestoneProgressText(faction: FactionId, milestone: string, m: MilestoneMeasure | undefined): string {
  if (!m) return "";
  switch (m.unit) {
    case "gw": return tr("ms.progress.gw", { value: gw(m.value), target: gw(m.target) });
    case "kwspm": return tr("ms.progress.kwspm", { value: num(m.value), target: num(m.target) });
    case "done": return tr(m.ok ? "ms.progress.done" : "ms.progress.notYet");
    case "share": return tr("ms.progress.streak", {
      share: tr(`ms.share.${faction}.${milestone}`, { value: pct(m.value), target: pct(m.target) }), held: m.held ?? 0, months: m.holdMonths ?? 0,
    });
  }
}

/** How far along a milestone is, 0–1: the months held of a streak, else the measure against its target. */
export function milestoneProgressShare(m: MilestoneMeasure | undefined): number {
  if (!m) return 0;
  if (m.holdMonths) return Math.min(1, (m.held ?? 0) / m.holdMonths);
  return m.target > 0 ? Math.min(1, Math.max(0, m.value / m.target)) : 0;
}
