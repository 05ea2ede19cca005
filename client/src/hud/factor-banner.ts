// The limiting factor, impossible to miss: a full-width band in the factor's colour with
// its name, why it binds, the first order that attacks it, and its history as a ribbon.
import type { FactionId } from "../../../shared/data/factions";
import type { LimitingFactor } from "../../../shared/model/types";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { monthName } from "../i18n/format";
import type { WorldView } from "../net/view";
import { adviceFor } from "../tutorial/advice";
import { ribbon } from "../ui/charts";
import { h } from "../ui/dom";
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

export function factorBanner(onFix: (formId: string) => void): FactorBanner {
  let last: { v: WorldView; faction: FactionId; watching: boolean } | null = null;
  const kicker = h("div", { class: "kicker" });
  const glyph = h("span", { class: "factor-glyph", "aria-hidden": "true" });
  const name = h("strong", { class: "factor-name", testid: "hud-limiting-factor" });
  const sinceEl = h("span", { class: "factor-since" });
  const why = h("p", { class: "factor-why", testid: "hud-factor-why" });
  const fix = h("button", { type: "button", class: "btn fix", testid: "btn-fix" });
  const ribbonBox = h("div", { class: "ribbon-box", testid: "hud-ribbon" });
  const ribbonLabel = h("span", { class: "ribbon-label" });
  const el = h("section", { class: "factor-banner", "aria-live": "polite" },
    h("div", { class: "factor-main" }, kicker, h("div", { class: "factor-line" }, glyph, name, sinceEl), why),
    h("div", { class: "factor-side" }, fix, h("div", { class: "ribbon-wrap" }, ribbonLabel, ribbonBox)));
  let fixForm = "buildFab";
  let lastFactor: LimitingFactor | null = null;
  fix.addEventListener("click", () => {
    play("click");
    onFix(fixForm);
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
    kicker.textContent = last.watching ? tr("hud.limitingOf", { who: tr(`faction.${faction}`) }) : tr("hud.limitingNow");
    fix.hidden = last.watching;
    glyph.textContent = FACTOR_GLYPH[factor];
    name.textContent = tr(`factor.${factor}`);
    name.dataset.factor = factor;
    const start = since(f.limitingHistory, factor);
    sinceEl.textContent = f.limitingHistory.length ? tr("hud.since", { month: monthName(start) }) : "";
    const advice = adviceFor(v, faction);
    fixForm = advice.formId;
    why.textContent = last.watching ? tr(`factor.${factor}.why`) : `${tr(`factor.${factor}.why`)} ${tr(advice.key)}`;
    fix.textContent = tr("hud.attack", { order: tr(`order.${advice.formId}`) });
    ribbonLabel.textContent = tr("hud.ribbon");
    ribbonBox.replaceChildren(ribbon(f.limitingHistory, v.months, { title: tr("hud.ribbon") }));
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
