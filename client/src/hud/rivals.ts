// All four factions at a glance: compute, score, milestones and each one's own limiting
// factor — everyone is bound by something different.
import { FACTION_IDS, type FactionId, MILESTONE_IDS } from "../../../shared/index";
import { milestoneLabel } from "./milestone-label";
import { tr } from "../i18n";
import { gw, num } from "../i18n/format";
import type { WorldView } from "../net/view";
import { h } from "../ui/dom";
import { emblem } from "../ui/emblems";
import { FACTOR_GLYPH, factorColor, inkOn } from "../ui/palette";

/** `onPick` (spectators): follow a faction's limiting factor in the band above. */
export function rivalsStrip(onPick?: (id: FactionId) => void): { el: HTMLElement; update(v: WorldView, me: FactionId | null): void } {
  const el = h("footer", { class: "rivals", testid: "rivals" });
  return {
    el,
    update(v, me) {
      el.replaceChildren(...FACTION_IDS.map((id) => {
        const f = v.factions[id];
        const done = MILESTONE_IDS[id].filter((m) => f.milestones[m] !== null).length;
        const color = factorColor(f.limitingFactor);
        // A tooltip with what the card abbreviates: the factor and why, the milestones, the fabs.
        const tip = [
          `${tr(`faction.${id}`)} — ${tr(`factor.${f.limitingFactor}`)}: ${tr(`factor.${f.limitingFactor}.why`)}`,
          ...MILESTONE_IDS[id].map((m) => `${f.milestones[m] !== null ? "★" : "☆"} ${milestoneLabel(id, m, v.months)}`),
          tr("rival.fabs", { n: v.fabs.filter((x) => x.owner === id).length }),
        ].join("\n");
        return h(onPick ? "button" : "div", { class: `rival${id === me ? " me" : ""}`, testid: `rival-${id}`, type: onPick ? "button" : undefined, onclick: onPick ? () => onPick(id) : undefined, title: tip },
          emblem(id, 24),
          h("div", { class: "rival-text" },
            h("strong", {}, tr(`faction.${id}`), v.seats[id].controller === "bot" ? h("span", { class: "tag" }, tr("seat.bot")) : v.seats[id].player ? h("span", { class: "tag" }, v.seats[id].player) : null),
            h("span", { class: "small" }, `${gw(f.computeGW)} · ${tr("hud.scoreShort", { n: num(f.score) })} · ${"★".repeat(done)}${"☆".repeat(3 - done)}`)),
          h("span", { class: "factor-chip", style: { background: color, color: inkOn(color) }, title: tr(`factor.${f.limitingFactor}.why`) }, `${FACTOR_GLYPH[f.limitingFactor]} ${tr(`factor.${f.limitingFactor}`)}`));
      }));
    },
  };
}
