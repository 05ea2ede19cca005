// The teacher's class page: code, link and QR for the projector, the roster, Start, and
// while playing the dashboard with the class-wide controls. Ends on the class debrief.
import { CLOSE_TAKEN_OVER, EVENT_IDS } from "../../../shared/index";
import { show, screenOf, type Screen } from "../app/router";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { classSession, type ClassView } from "../net/class-session";
import { h, redraw } from "../ui/dom";
import { toast } from "../ui/toasts";
import { dashboard, injectEvent, type Dashboard } from "./dashboard";
import { joinPanel } from "./join-link";
import { roster } from "./roster";

export function teachRoomScreen(fresh: boolean): Screen {
  const offs: Array<() => void> = [];
  let root: HTMLElement;
  let rosterSlot: HTMLElement, dashSlot: HTMLElement, statusSlot: HTMLElement, controls: HTMLElement, startBtn: HTMLButtonElement;
  let speedSel: HTMLSelectElement, eventSel: HTMLSelectElement, stepBox: HTMLInputElement, endBtn: HTMLButtonElement;
  /** What the teacher last asked "in step" to be, until the class's state says so (a month's redraw
   *  arriving first must not tick the box back). */
  let stepAsked: boolean | null = null;
  let board: Dashboard, joinSlot: HTMLElement, keyBox: HTMLElement | null, page: HTMLElement;
  let endArmed = false;
  /** The key is on screen (at first after creating the class; later only when asked for). */
  let keyShown = fresh;
  let keyConfirmed = false;

  function hideKey(): void {
    keyConfirmed = true;
    keyShown = false;
    build();
  }

  function showKey(): void {
    keyShown = true;
    build();
    root.querySelector<HTMLElement>('[data-testid="teacher-key-hide"]')?.focus();
  }

  function build(): void {
    const v = classSession.view;
    speedSel = h("select", { id: "class-speed", testid: "class-speed", onchange: () => classSession.send("speed", { speed: speedSel.value }) },
      ...(["slow", "normal", "fast"] as const).map((s) => h("option", { value: s }, tr(`speed.${s}`))));
    eventSel = h("select", { id: "class-event", testid: "class-event" }, ...EVENT_IDS.map((id) => h("option", { value: id }, tr(`class.event.${id}`))));
    stepBox = h("input", { id: "class-step", type: "checkbox", testid: "class-step", onchange: () => {
      stepAsked = stepBox.checked;
      classSession.send("step", { on: stepBox.checked });
    } });
    endBtn = h("button", {
      type: "button", class: "btn danger", testid: "class-end",
      onclick: () => {
        if (!endArmed) {
          endArmed = true;
          endBtn.textContent = tr("teach.endSure");
          setTimeout(() => {
            endArmed = false;
            endBtn.textContent = tr("teach.end");
          }, 5000);
          return;
        }
        play("confirm");
        classSession.send("end");
      },
    }, tr("teach.end"));
    startBtn = h("button", { type: "button", class: "btn primary big", testid: "class-start", onclick: () => { play("confirm"); classSession.send("start"); } }, tr("teach.start"));
    controls = h("section", { class: "box class-controls", testid: "class-controls" },
      h("h2", {}, tr("teach.wholeClass")),
      h("div", { class: "control-row" },
        h("button", { type: "button", class: "btn", testid: "class-pause", onclick: () => classSession.send("pause") }, tr("teach.pauseAll")),
        h("button", { type: "button", class: "btn", testid: "class-resume", onclick: () => classSession.send("resume") }, tr("teach.resumeAll")),
        h("label", { for: "class-speed" }, tr("setup.speed")), speedSel,
        h("label", { for: "class-step", class: "check" }, stepBox, " ", tr("teach.inStep"))),
      h("div", { class: "control-row" },
        h("label", { for: "class-event" }, tr("teach.event")), eventSel,
        h("button", { type: "button", class: "btn", testid: "class-inject", onclick: () => { play("click"); injectEvent(eventSel.value); } }, tr("teach.injectAll")),
        endBtn),
      h("p", { class: "muted small" }, tr("teach.controlsHint")));
    rosterSlot = h("div", {});
    board = dashboard(() => eventSel.value);
    dashSlot = h("div", { hidden: true }, board.el);
    joinSlot = joinPanel(classSession.code);
    statusSlot = h("div", { class: "class-status", "aria-live": "polite" });
    // The teacher key is shown once, right after creating the class, until the teacher confirms
    // they have it; after that only on demand ("show key"), since this page is on the projector.
    keyBox = keyShown ? h("section", { class: "box key-box", testid: "teacher-key-box" },
      h("p", {}, h("strong", {}, tr(fresh && !keyConfirmed ? "teach.keyTitle" : "teach.key")), " ", h("code", { testid: "teacher-key" }, classSession.key)),
      h("p", { class: "muted small" }, tr("teach.keyPrivate")),
      fresh && !keyConfirmed ? h("p", { class: "muted small" }, tr("teach.keyHint")) : null,
      h("div", { class: "actions" }, h("button", { type: "button", class: "btn", testid: "teacher-key-hide", onclick: hideKey }, tr(fresh && !keyConfirmed ? "teach.keyConfirm" : "teach.keyHide")))) : null;
    const showKeyBtn = keyShown ? null : h("button", { type: "button", class: "btn ghost small", testid: "teacher-key-show", title: tr("teach.keyPrivate"), onclick: showKey }, tr("teach.keyShow"));
    page = h("div", { class: "page teach-room", testid: "teach-room" },
      h("div", { class: "teach-head" }, h("h1", {}, tr("teach.classTitle")), statusSlot, showKeyBtn),
      joinSlot, keyBox,
      h("div", { class: "actions" }, startBtn),
      controls, dashSlot, rosterSlot);
    root.replaceChildren(page);
    if (v) update(v);
  }

  function update(v: ClassView): void {
    if (v.status === "ended") {
      void import("./class-debrief").then(({ classDebriefScreen }) => show(classDebriefScreen()));
      return;
    }
    const waiting = v.status === "waiting";
    startBtn.hidden = !waiting;
    startBtn.disabled = v.students.length === 0;
    controls.hidden = waiting;
    if (document.activeElement !== speedSel) speedSel.value = v.speed;
    if (stepAsked === v.inStep) stepAsked = null;
    stepBox.checked = stepAsked ?? v.inStep;
    statusSlot.replaceChildren(
      h("p", { testid: "class-status" }, tr(`teach.classStatus.${v.status}`, { n: v.students.length, matches: v.matches.length })),
      v.split ? h("p", { class: "muted small", testid: "class-split" }, tr("teach.split", { n: v.students.length, matches: v.matches.length, factions: v.factions.length, size: v.seatSize })) : h("p", { class: "muted small" }, tr("teach.splitAhead", { size: v.seatSize, factions: v.factions.length })));
    redraw(rosterSlot, roster(v));
    // While the class plays the matches come first; the code, link and QR move below, smaller
    // (late joiners still need them).
    if (!waiting && !joinSlot.classList.contains("compact")) {
      joinSlot.classList.add("compact");
      page.append(joinSlot);
      if (keyBox) page.append(keyBox);
    }
    dashSlot.hidden = waiting;
    if (!waiting) board.update(v);
  }

  return {
    name: "teach-room",
    mount(el) {
      root = el;
      build();
      offs.push(classSession.on("view", update));
      offs.push(classSession.on("refused", (r) => {
        stepAsked = null; // a refused request leaves the box to the class's state
        toast({ kind: "warn", text: tr(r.key ?? r.reason, r.params), testid: "class-refused" });
      }));
      offs.push(classSession.on("closed", (c) => show(screenOf("teach")(tr(c.code === CLOSE_TAKEN_OVER ? "teach.takenOver" : "teach.lost")))));
    },
    unmount() {
      for (const off of offs) off();
    },
    relabel: build,
  };
}
