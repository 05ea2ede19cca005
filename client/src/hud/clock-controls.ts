// Pause / resume and speed, for whoever may use them (solo player, online host).
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { net } from "../net/net";
import type { Speed, WorldView } from "../net/view";
import { h } from "../ui/dom";
import { refusalText } from "../panels/refusal-text";

const SPEEDS: Speed[] = ["slow", "normal", "fast"];

export interface ClockControls {
  el: HTMLElement;
  update(v: WorldView): void;
  relabel(): void;
  toggle(): void;
  destroy(): void;
}

export function clockControls(): ClockControls {
  let view: WorldView | null = null;
  const pause = h("button", { type: "button", class: "btn", testid: "btn-pause", onclick: () => toggle() });
  const speedBtns = SPEEDS.map((s) => h("button", {
    type: "button", class: "btn seg", testid: `speed-${s}`, "data-speed": s,
    onclick: () => {
      play("click");
      net.setSpeed(s);
    },
  }));
  const pausesLeft = h("span", { class: "muted small", testid: "pauses-left" });
  const refusal = h("span", { class: "refusal small", testid: "refusal-clock", role: "alert", hidden: true });
  const el = h("div", { class: "clock", role: "group" }, pause, h("div", { class: "segmented" }, ...speedBtns), pausesLeft, refusal);
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  /** What we last asked the clock to do, until the state shows it (two quick presses toggle twice). */
  let prevStatus: string | null = null;
  let asked: { status: "paused" | "running"; at: number } | null = null;
  const shownStatus = (): string | undefined => (asked && Date.now() - asked.at < 4000 ? asked.status : view?.status);
  const off = net.on("refused", ({ refusal: r, origin }) => {
    if (origin !== "pause" && origin !== "resume" && origin !== "speed") return;
    // A pause of a clock that is already stopped (or a resume of a running one) changes
    // nothing the player needs to hear about.
    if (origin === "pause" && (view?.status === "paused" || view?.status === "waiting")) return;
    if (origin === "resume" && view?.status === "running") return;
    refusal.textContent = refusalText(r);
    refusal.hidden = false;
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = setTimeout(() => (refusal.hidden = true), 6000);
  });

  function toggle(): void {
    if (!view || view.status === "ended" || !net.isHost) return;
    play("click");
    if (shownStatus() === "paused") {
      asked = { status: "running", at: Date.now() };
      net.resumeClock();
    } else {
      asked = { status: "paused", at: Date.now() };
      net.pause();
    }
  }

  function relabel(): void {
    el.setAttribute("aria-label", tr("clock.label"));
    speedBtns.forEach((b, i) => {
      b.textContent = tr(`speed.${SPEEDS[i]}`);
      b.title = tr(`speed.${SPEEDS[i]}.title`);
    });
    if (view) render(view);
  }

  function render(v: WorldView): void {
    const allowed = net.isHost && v.status !== "ended" && v.status !== "waiting";
    el.hidden = !net.isHost;
    pause.disabled = !allowed;
    pause.textContent = v.status === "paused" ? tr("clock.resume") : tr("clock.pause");
    pause.setAttribute("aria-pressed", String(v.status === "paused"));
    for (const b of speedBtns) {
      b.setAttribute("aria-pressed", String(b.dataset.speed === v.speed));
      b.disabled = !allowed;
    }
    pausesLeft.textContent = v.pausesLeft !== null && v.mode === "online" ? tr("clock.pausesLeft", { n: v.pausesLeft }) : "";
  }

  relabel();
  return {
    el,
    update(v) {
      view = v;
      if (asked && asked.status === v.status) asked = null;
      // A refusal is about the state it was given in: gone once the clock's state changes.
      if (prevStatus !== null && prevStatus !== v.status) refusal.hidden = true;
      prevStatus = v.status;
      render(v);
    },
    relabel,
    toggle,
    destroy: off,
  };
}
