// Solo setup: a card per faction (who they are, their first bottleneck, their three
// milestones), then bot difficulty, match length and speed.
import { FACTION_IDS, type Evidence, type FactionId, type LimitingFactor, type MatchLength, MILESTONE_IDS } from "../../../shared/index";
import { show, screenOf, type Screen } from "../app/router";
import { newSeed } from "../app/new-seed";
import { startSolo } from "../app/start";
import { play } from "../audio/audio";
import { evidenceText } from "../hud/evidence-text";
import { milestoneLabel } from "../hud/milestone-label";
import { tr } from "../i18n";
import type { CreateOptions } from "../net/backend";
import { h, redraw } from "../ui/dom";
import { emblem } from "../ui/emblems";
import { FACTOR_GLYPH, factorColor, inkOn } from "../ui/palette";
import { monthZero, monthZeroNow, type MonthZero } from "../model/month-zero";

/** `zero`: the faction's month-0 limiting factor and its proof, as the engine computes it for the
 *  match the card is for (null while the engine loads: the card shows the general text). */
export function factionCard(id: FactionId, selected: boolean, onPick: () => void, testPrefix = "faction-card", months: MatchLength = 120, zero: { factor: LimitingFactor; evidence: Evidence } | null = null): HTMLElement {
  const color = zero ? factorColor(zero.factor) : "transparent";
  return h("button", { type: "button", class: `faction-card${selected ? " selected" : ""}`, "aria-pressed": String(selected), testid: `${testPrefix}-${id}`, onclick: onPick },
    h("div", { class: "card-head" }, emblem(id, 48), h("h3", {}, tr(`faction.${id}`))),
    h("p", { class: "who-text" }, tr(`faction.${id}.who`)),
    h("p", { class: "card-label" }, tr("setup.firstBottleneck")),
    zero
      ? h("p", { class: "first", testid: `${testPrefix}-${id}-first`, "data-factor": zero.factor }, h("span", { class: "factor-chip", style: { background: color, color: inkOn(color) } }, `${FACTOR_GLYPH[zero.factor]} ${tr(`factor.${zero.factor}`)}`), " ", evidenceText(zero.factor, zero.evidence))
      : h("p", { class: "first muted" }, tr(`faction.${id}.first`)),
    h("p", { class: "card-label" }, tr("setup.milestones")),
    h("ol", { class: "card-milestones" }, ...MILESTONE_IDS[id].map((m) => h("li", {}, milestoneLabel(id, m, months)))));
}

function choice<T extends string | number>(name: string, values: readonly T[], current: T, label: (v: T) => string, onPick: (v: T) => void): HTMLElement {
  return h("fieldset", { class: "choice" }, h("legend", {}, tr(`setup.${name}`)),
    h("div", { class: "segmented" }, ...values.map((v) => h("button", {
      type: "button", class: `btn seg${v === current ? " on" : ""}`, "aria-pressed": String(v === current), testid: `setup-${name}-${v}`,
      onclick: () => {
        play("click");
        onPick(v);
      },
    }, label(v)))));
}

export function soloSetupScreen(): Screen {
  const state = { faction: "tesla" as FactionId, difficulty: "normal" as CreateOptions["difficulty"], months: 120 as CreateOptions["months"], speed: "normal" as CreateOptions["speed"], busy: false };
  // The match's seed, chosen now: the cards show this match's month-0 numbers (when its fabs being
  // built will produce differs from one match to the next).
  const seed = newSeed();
  // Until another length's numbers load, the cards keep the last ones (they do not blink to the general text).
  let shown: MonthZero | null = null;
  const zeroFor = (id: FactionId) => (shown = monthZeroNow(seed, state.months) ?? shown)?.[id] ?? null;
  const loadZero = () => {
    if (!monthZeroNow(seed, state.months)) void monthZero(seed, state.months).then(() => render());
  };
  let root: HTMLElement;
  const render = () => {
    // Kept focus: a choice, or the month-0 data arriving, redraws the screen under a keyboard player.
    redraw(root, h("div", { class: "page", testid: "solo-setup" },
      h("h1", {}, tr("setup.title")),
      h("p", { class: "muted" }, tr("setup.intro")),
      h("div", { class: "cards" }, ...FACTION_IDS.map((id) => factionCard(id, id === state.faction, () => {
        play("click");
        state.faction = id;
        render();
      }, "faction-card", state.months, zeroFor(id)))),
      h("div", { class: "choices" },
        choice("difficulty", ["easy", "normal", "hard"] as const, state.difficulty, (v) => tr(`difficulty.${v}`), (v) => ((state.difficulty = v), render())),
        choice("months", [60, 120, 180] as const, state.months, (v) => tr("setup.monthsValue", { n: v, y: v / 12 }), (v) => ((state.months = v), render(), loadZero())),
        choice("speed", ["slow", "normal", "fast"] as const, state.speed, (v) => tr(`speed.${v}`), (v) => ((state.speed = v), render()))),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "btn ghost", testid: "back", onclick: () => show(screenOf("title")()) }, tr("common.back")),
        h("button", {
          type: "button", class: "btn primary big", testid: "setup-start", disabled: state.busy,
          onclick: () => {
            play("confirm");
            state.busy = true;
            render();
            void startSolo({ faction: state.faction, difficulty: state.difficulty, months: state.months, speed: state.speed, seed });
          },
        }, state.busy ? tr("common.connecting") : tr("setup.start")))));
  };
  return {
    name: "solo-setup",
    mount(el) {
      root = el;
      render();
      loadZero();
    },
    relabel: () => render(),
  };
}
