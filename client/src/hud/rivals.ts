// All four factions at a glance: compute, score, milestones and each one's own limiting
// factor — everyone is bound by something different.
import { FACTION_IDS, type FactionId, MILESTONE_IDS } from "../../../shared/index";
import { milestoneLabel, milestoneProgressText } from "./milestone-label";
import { tr } from "../i18n";
import { num } from "../i18n/format";
import { headline } from "./headline";
import type { WorldView } from "../net/view";
import { h } from "../ui/dom";
import { renderKeyed, setAttr, setText } from "../ui/keep";
import { emblem } from "../ui/emblems";
import { FACTOR_GLYPH, factorColor, inkOn } from "../ui/palette";

interface Card {
  root: HTMLElement;
  name: HTMLElement;
  tag: HTMLElement;
  line: HTMLElement;
  chip: HTMLElement;
}

/** `onPick` (spectators): follow a faction's limiting factor in the band above. */
export function rivalsStrip(onPick?: (id: FactionId) => void): { el: HTMLElement; update(v: WorldView, me: FactionId | null): void } {
  // One card per faction, made once; a month changes only their words and colours.
  const cards = {} as Record<FactionId, Card>;
  for (const id of FACTION_IDS) {
    const name = h("strong", {});
    const tag = h("span", { class: "tag" });
    const line = h("span", { class: "small" });
    const chip = h("span", { class: "factor-chip" });
    const root = h(onPick ? "button" : "div", { class: "rival", testid: `rival-${id}`, type: onPick ? "button" : undefined, onclick: onPick ? () => onPick(id) : undefined },
      emblem(id, 24), h("div", { class: "rival-text" }, name, line), chip);
    cards[id] = { root, name, tag, line, chip };
  }
  const el = h("footer", { class: "rivals", testid: "rivals" }, ...FACTION_IDS.map((id) => cards[id].root));
  return {
    el,
    update(v, me) {
      for (const id of FACTION_IDS) {
        const f = v.factions[id];
        const c = cards[id];
        const done = MILESTONE_IDS[id].filter((m) => f.milestones[m] !== null).length;
        const color = factorColor(f.limitingFactor);
        c.root.classList.toggle("me", id === me);
        // A tooltip with what the card abbreviates: the factor and why, the milestones, the fabs.
        setAttr(c.root, "title", [
          `${tr(`faction.${id}`)} — ${tr(`factor.${f.limitingFactor}`)}: ${tr(`factor.${f.limitingFactor}.why`)}`,
          ...MILESTONE_IDS[id].map((m) => `${f.milestones[m] !== null ? "★" : "☆"} ${milestoneLabel(id, m, v.months)}${f.milestones[m] === null ? ` — ${milestoneProgressText(id, m, f.milestoneProgress[m])}` : ""}`),
          tr("rival.fabs", { n: v.fabs.filter((x) => x.owner === id).length }),
        ].join("\n"));
        const tag = v.seats[id].controller === "bot" ? tr("seat.bot") : v.seats[id].player;
        setText(c.tag, tag);
        renderKeyed(c.name, `${tr(`faction.${id}`)}|${tag !== ""}`, () => [tr(`faction.${id}`), ...(tag ? [c.tag] : [])]);
        setText(c.line, `${headline(id, f).value} · ${tr("hud.scoreShort", { n: num(f.score) })} · ${"★".repeat(done)}${"☆".repeat(3 - done)}`);
        setText(c.chip, `${FACTOR_GLYPH[f.limitingFactor]} ${tr(`factor.${f.limitingFactor}`)}`);
        setAttr(c.chip, "title", tr(`factor.${f.limitingFactor}.why`));
        c.chip.style.background = color;
        c.chip.style.color = inkOn(color);
      }
    },
  };
}
