// The limiting factor, impossible to miss: a full-width band in the factor's colour with
// its name, the month's numbers that prove it, what binds next, the engine's orders that
// attack it, and its history as a ribbon.
import { NEXT_UP_MONTHS, type FactionId, type LimitingFactor, type Order } from "../../../shared/index";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { monthName } from "../i18n/format";
import type { WorldView } from "../net/view";
import { adviceFor } from "../tutorial/advice";
import { describeOrder, leadOrder } from "./attack-text";
import { evidenceText } from "./evidence-text";
import { ribbon } from "../ui/charts";
import { h } from "../ui/dom";
import { renderKeyed, setAttr, setText } from "../ui/keep";
import { FACTOR_GLYPH, factorColor, inkOn } from "../ui/palette";

export interface FactorBanner {
  el: HTMLElement;
  /** `watching`: a spectator following this faction (no order to attack with). */
  update(v: WorldView, faction: FactionId, watching?: boolean): void;
  relabel(): void;
}

/** Month the current factor started binding (end of the history's last run). */
function since(history: LimitingFactor[], now: LimitingFactor): number {
  let i = history.length - 1;
  while (i > 0 && history[i - 1] === now) i--;
  return Math.max(0, i);
}

export function factorBanner(onFix: (formId: string) => void, onAttack: (orders: Order[], factor: LimitingFactor, formId: string) => void): FactorBanner {
  let last: { v: WorldView; faction: FactionId; watching: boolean } | null = null;
  const kicker = h("div", { class: "kicker" });
  const glyph = h("span", { class: "factor-glyph", "aria-hidden": "true" });
  const name = h("strong", { class: "factor-name", testid: "hud-limiting-factor" });
  const sinceEl = h("span", { class: "factor-since" });
  const why = h("p", { class: "factor-why", testid: "hud-factor-why" });
  const next = h("p", { class: "factor-next", testid: "hud-next-up" });
  const fix = h("button", { type: "button", class: "btn fix", testid: "btn-fix" });
  const ribbonBox = h("div", { class: "ribbon-box", testid: "hud-ribbon" });
  const ribbonLabel = h("span", { class: "ribbon-label" });
  const el = h("section", { class: "factor-banner", "aria-live": "polite" },
    h("div", { class: "factor-main" }, kicker, h("div", { class: "factor-line" }, glyph, name, sinceEl), why, next),
    h("div", { class: "factor-side" }, fix, h("div", { class: "ribbon-wrap" }, ribbonLabel, ribbonBox)));
  let fixForm = "buildFab";
  let attack: Order[] = [];
  let lastFactor: LimitingFactor | null = null;
  fix.addEventListener("click", () => {
    play("click");
    if (attack.length > 0 && last) onAttack(attack, last.v.factions[last.faction].limitingFactor, fixForm);
    else onFix(fixForm);
  });

  function render(): void {
    if (!last) return;
    const { v, faction } = last;
    const f = v.factions[faction];
    const factor = f.limitingFactor;
    const color = factorColor(factor);
    el.style.setProperty("--factor", color);
    el.style.setProperty("--factor-ink", inkOn(color));
    el.dataset.factor = factor;
    setText(kicker, last.watching ? tr("hud.limitingOf", { who: tr(`faction.${faction}`) }) : tr("hud.limitingNow"));
    fix.hidden = last.watching;
    setText(glyph, FACTOR_GLYPH[factor]);
    setText(name, tr(`factor.${factor}`));
    name.dataset.factor = factor;
    const start = since(f.limitingHistory, factor);
    setText(sinceEl, f.limitingHistory.length ? tr("hud.since", { month: monthName(start) }) : "");
    const advice = adviceFor(v, faction);
    fixForm = advice.formId;
    attack = f.attack ?? [];
    // The proof first (the month's own numbers), then what the factor means.
    setText(why, evidenceText(factor, f.evidence));
    setAttr(why, "title", tr(`factor.${factor}.why`));
    setText(next, f.nextUp ? tr("hud.nextUp", { factor: tr(`factor.${f.nextUp.factor}`), month: monthName(f.nextUp.month) }) : tr("hud.nextUpNone", { months: NEXT_UP_MONTHS }));
    setAttr(next, "title", tr("hud.nextUpWhy"));
    next.dataset.factor = f.nextUp?.factor ?? "";
    setText(fix, attack.length > 0
      ? tr("hud.attackBundle", { first: describeOrder(leadOrder(attack, f)!, f), more: attack.length - 1 })
      : tr("hud.attack", { order: tr(`order.${advice.formId}`) }));
    setText(ribbonLabel, tr("hud.ribbon"));
    renderKeyed(ribbonBox, `${v.months}|${tr("hud.ribbon")}|${f.limitingHistory.join(",")}`, () => [ribbon(f.limitingHistory, v.months, { title: tr("hud.ribbon") })]);
    if (lastFactor !== null && lastFactor !== factor) {
      el.classList.remove("changed");
      void el.offsetWidth;
      el.classList.add("changed");
      play("alert");
    }
    lastFactor = factor;
  }

  return {
    el,
    update(v, faction, watching = false) {
      last = { v, faction, watching };
      render();
    },
    relabel: render,
  };
}
