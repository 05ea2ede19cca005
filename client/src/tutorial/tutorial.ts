// The first-match tutorial: four short steps pointing at the limiting factor, its ribbon,
// the first sensible order, and the clock. Shown once (remembered in settings).
import { settings, updateSettings } from "../app/settings";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { h } from "../ui/dom";

interface Step {
  target: string;
  text: () => string;
  action?: () => void;
  actionLabel?: string;
}

export interface TutorialHooks {
  factorName: () => string;
  adviceOrder: () => string;
  openAdvice: () => void;
  onStart?: () => void;
  onEnd?: () => void;
  /** An online or class match: the clock runs for everyone and does not wait for this reader. */
  sharedClock?: boolean;
}

export function maybeStartTutorial(hooks: TutorialHooks): () => void {
  if (settings().tutorialDone) return () => undefined;
  const steps: Step[] = [
    { target: "hud-limiting-factor", text: () => tr("tutorial.factor", { factor: hooks.factorName() }) },
    { target: "hud-ribbon", text: () => tr("tutorial.ribbon") },
    { target: "btn-fix", text: () => tr("tutorial.order", { order: hooks.adviceOrder() }), action: hooks.openAdvice, actionLabel: "tutorial.show" },
    { target: hooks.sharedClock ? "hud-month" : "btn-pause", text: () => tr(hooks.sharedClock ? "tutorial.clockShared" : "tutorial.clock") },
  ];
  let i = 0;
  const text = h("p", { class: "coach-text", testid: "tutorial-text" });
  const count = h("span", { class: "muted small" });
  const next = h("button", { type: "button", class: "btn primary", testid: "tutorial-next" });
  const act = h("button", { type: "button", class: "btn", testid: "tutorial-action" });
  const skip = h("button", { type: "button", class: "btn ghost", testid: "tutorial-skip" });
  const box = h("div", { class: "coach", role: "dialog", "aria-modal": "false", testid: "tutorial" }, h("h2", { class: "coach-title" }), text, h("div", { class: "coach-actions" }, count, skip, act, next));
  const title = box.querySelector("h2") as HTMLElement;
  let lit: HTMLElement | null = null;

  const end = () => {
    lit?.classList.remove("coach-target");
    box.remove();
    window.removeEventListener("resize", place);
    updateSettings({ tutorialDone: true });
    hooks.onEnd?.();
  };

  function place(): void {
    const target = document.querySelector<HTMLElement>(`[data-testid="${steps[i].target}"]`);
    lit?.classList.remove("coach-target");
    lit = target;
    target?.classList.add("coach-target");
    const r = target?.getBoundingClientRect();
    const bw = Math.min(380, window.innerWidth - 24);
    const left = r ? Math.max(12, Math.min(window.innerWidth - bw - 12, r.left)) : 12;
    const below = r ? r.bottom + 12 : 80;
    const top = below + 200 > window.innerHeight && r ? Math.max(12, r.top - 212) : below;
    Object.assign(box.style, { left: `${left}px`, top: `${top}px`, width: `${bw}px` });
  }

  function render(): void {
    const s = steps[i];
    title.textContent = tr("tutorial.title");
    text.textContent = s.text();
    count.textContent = `${i + 1} / ${steps.length}`;
    next.textContent = i === steps.length - 1 ? tr("tutorial.done") : tr("tutorial.next");
    skip.textContent = tr("tutorial.skip");
    act.hidden = !s.action;
    act.textContent = s.actionLabel ? tr(s.actionLabel) : "";
    place();
    next.focus({ preventScroll: true });
  }

  next.addEventListener("click", () => {
    play("click");
    if (i >= steps.length - 1) return end();
    i += 1;
    render();
  });
  act.addEventListener("click", () => steps[i].action?.());
  skip.addEventListener("click", end);
  box.addEventListener("keydown", (e) => {
    if (e.key === "Escape") end();
  });

  document.getElementById("modal-root")?.append(box);
  window.addEventListener("resize", place);
  hooks.onStart?.();
  requestAnimationFrame(render);
  return () => {
    if (box.isConnected) {
      lit?.classList.remove("coach-target");
      box.remove();
      window.removeEventListener("resize", place);
    }
  };
}
