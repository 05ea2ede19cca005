// Join a class / Teach a class: the classroom issue builds these; until then this screen
// says so plainly and offers the way back.
import { show, type Screen } from "../app/router";
import { tr } from "../i18n";
import { h } from "../ui/dom";
import { titleScreen } from "./title";

export function classroomScreen(role: "student" | "teacher"): Screen {
  return {
    name: `classroom-${role}`,
    mount(root) {
      root.append(h("div", { class: "page narrow", testid: `classroom-${role}` },
        h("h1", {}, tr(role === "student" ? "title.joinClass" : "title.teach")),
        h("p", {}, tr("classroom.soon")),
        h("button", { type: "button", class: "btn", testid: "back", onclick: () => show(titleScreen()) }, tr("common.back"))));
    },
  };
}
