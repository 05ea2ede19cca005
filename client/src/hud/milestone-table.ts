// Every faction's milestones and where each stands, in one dialog (the chips' tooltips, readable on
// a phone too): who is close to what, the player's own faction first.
import { FACTION_IDS, MILESTONE_IDS, type FactionId } from "../../../shared/index";
import { tr } from "../i18n";
import { monthName } from "../i18n/format";
import type { WorldView } from "../net/view";
import { h } from "../ui/dom";
import { milestoneLabel, milestoneProgressShare, milestoneProgressText } from "./milestone-label";

export function milestoneTable(v: WorldView, me: FactionId | null): HTMLElement {
  const order = me ? [me, ...FACTION_IDS.filter((f) => f !== me)] : [...FACTION_IDS];
  const sections = order.map((id) => {
    const f = v.factions[id];
    const rows = MILESTONE_IDS[id].map((m, i) => {
      const at = f.milestones[m];
      const share = at !== null ? 1 : milestoneProgressShare(f.milestoneProgress[m]);
      return h("li", { class: at !== null ? "done" : "", testid: `ms-row-${id}-${m}` },
        h("div", {}, h("strong", {}, `${at !== null ? "✓" : i + 1}. `), milestoneLabel(id, m, v.months)),
        h("div", { class: "muted small" }, at !== null ? tr("ms.reachedIn", { month: monthName(at) }) : milestoneProgressText(id, m, f.milestoneProgress[m])),
        h("div", { class: "bar" }, h("span", { style: { width: `${Math.round(share * 100)}%` } })));
    });
    return h("section", { class: "ms-faction", testid: `ms-faction-${id}` }, h("h3", {}, tr(`faction.${id}`)), h("ol", {}, ...rows));
  });
  return h("div", { class: "milestone-table", testid: "milestone-table" }, h("p", { class: "muted small" }, tr("ms.dialogRule")), ...sections);
}
