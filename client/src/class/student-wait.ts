// The student's waiting screen until the teacher starts; then into their match seat.
import { CLOSE_REMOVED, CLOSE_TAKEN_OVER } from "../../../shared/index";
import { show, screenOf, type Screen } from "../app/router";
import { joinClassMatch } from "../app/start";
import { tr } from "../i18n";
import { classSession, type Assignment } from "../net/class-session";
import { h, redraw } from "../ui/dom";
import { attachStudentBar } from "./student-bar";
import { briefingCard } from "../tutorial/briefing";

/** Into the match the class put this student in, with the quick messages beside it. */
export async function enterClassMatch(a: Assignment): Promise<string | null> {
  const problem = await joinClassMatch(a, classSession.name);
  if (!problem) attachStudentBar();
  return problem;
}

export function studentWaitScreen(): Screen {
  const offs: Array<() => void> = [];
  let root: HTMLElement;
  let problem = "";
  function render(): void {
    const v = classSession.view;
    // Redrawn whenever a classmate joins: the keyboard focus stays where it was.
    redraw(root, h("div", { class: "page narrow", testid: "class-wait" },
      h("h1", {}, tr("class.waitTitle")),
      h("p", { class: "class-code" }, classSession.code),
      h("p", { testid: "class-wait-name" }, tr("class.youAre", { name: classSession.name })),
      h("p", { class: "muted", "aria-live": "polite" }, tr("class.waitCount", { n: v?.students.length ?? 1 })),
      h("p", { class: "muted small" }, tr("class.waitHint")),
      problem ? h("p", { class: "refusal", role: "alert" }, problem) : null,
      // The first-match tutorial, read while the class waits for the teacher (before any clock runs).
      briefingCard("class"),
      h("div", { class: "actions" }, h("button", { type: "button", class: "btn ghost", testid: "class-leave", onclick: async () => { await classSession.leave(); show(screenOf("title")()); } }, tr("class.leave")))));
  }
  return {
    name: "class-wait",
    mount(el) {
      root = el;
      render();
      offs.push(classSession.on("view", render));
      offs.push(classSession.on("assigned", (a) => void enterClassMatch(a).then((p) => {
        if (p) {
          problem = p;
          render();
        }
      })));
      offs.push(classSession.on("closed", (c) => show(screenOf("title")(tr(c.code === CLOSE_REMOVED ? "class.removed" : c.code === CLOSE_TAKEN_OVER ? "class.takenOver" : "class.closed")))));
      if (classSession.assignment) void enterClassMatch(classSession.assignment);
    },
    unmount() {
      for (const off of offs) off();
    },
    relabel: render,
  };
}
