// Before the clock: in an online or class match the clock runs for everyone and cannot wait
// for one reader, so the first-match tutorial is read in the waiting room instead — the same
// four points, while nothing runs. The in-game coach marks are then left out (solo keeps them:
// there the clock waits).
import { settings, updateSettings } from "../app/settings";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { h } from "../ui/dom";

let briefed = false;

/** Did this page show the briefing before the match's clock started? */
export function wasBriefed(): boolean {
  return briefed;
}

/** The briefing card for a waiting room (null once the tutorial is done). */
export function briefingCard(kind: "online" | "class"): HTMLElement | null {
  if (settings().tutorialDone) return null;
  briefed = true;
  const card: HTMLElement = h("section", { class: "box briefing", testid: "tutorial-briefing", "aria-labelledby": "briefing-title" },
    h("h2", { id: "briefing-title" }, tr("briefing.title")),
    h("p", { class: "muted" }, tr(kind === "class" ? "briefing.introClass" : "briefing.intro")),
    h("ol", {},
      h("li", {}, tr("briefing.factor")),
      h("li", {}, tr("briefing.ribbon")),
      h("li", {}, tr("briefing.attack")),
      h("li", {}, tr(kind === "class" ? "briefing.clockClass" : "briefing.clock"))),
    h("div", { class: "actions" }, h("button", {
      type: "button", class: "btn", testid: "briefing-done",
      onclick: () => {
        play("click");
        updateSettings({ tutorialDone: true });
        card.remove();
      },
    }, tr("briefing.done"))));
  return card;
}
