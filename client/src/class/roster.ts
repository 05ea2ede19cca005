// Who has joined the class and whether they are connected; rename or remove a student.
import { tr } from "../i18n";
import { classSession, type ClassView } from "../net/class-session";
import { h } from "../ui/dom";
import { openModal } from "../ui/modal";
import { activityBadge, activityOf } from "./activity";

function rename(id: string, current: string): void {
  const input = h("input", { id: "rename-input", testid: "rename-input", value: current, maxlength: 24, autocomplete: "off" });
  let close: () => void = () => undefined;
  const form = h("form", {
    onsubmit: (e: Event) => {
      e.preventDefault();
      const name = input.value.trim();
      if (name) classSession.send("rename", { studentId: id, name });
      close();
    },
  }, h("div", { class: "field" }, h("label", { for: "rename-input" }, tr("lobby.name")), input),
  h("div", { class: "actions" }, h("button", { type: "submit", class: "btn primary", testid: "rename-save" }, tr("teach.renameSave"))));
  close = openModal(tr("teach.renameTitle", { name: current }), form, "rename");
  input.focus();
  input.select();
}

export function roster(v: ClassView): HTMLElement {
  const students = [...v.students].sort((a, b) => a.name.localeCompare(b.name));
  const online = students.filter((s) => s.connected).length;
  return h("section", { class: "box roster", testid: "class-roster" },
    h("h2", {}, tr("teach.roster", { n: students.length, online })),
    students.length === 0 ? h("p", { class: "muted" }, tr("teach.nobodyYet")) : h("ul", { class: "roster-list" }, ...students.map((s) => h("li", { class: s.connected ? "" : "away", testid: "student-row", "data-name": s.name },
      h("span", { class: `dot ${s.connected ? "on" : "off"}`, title: tr(s.connected ? "teach.connected" : "teach.away") }),
      h("span", { class: "roster-name" }, s.name),
      h("span", { class: "muted small roster-seat" }, s.faction ? tr(`faction.${s.faction}`) : s.connected ? "" : tr("teach.away"), activityBadge(activityOf(s, v))),
      h("button", { type: "button", class: "btn small ghost", testid: `rename-${s.name}`, onclick: () => rename(s.id, s.name) }, tr("teach.rename")),
      h("button", { type: "button", class: "btn small ghost", testid: `remove-${s.name}`, onclick: () => classSession.send("remove", { studentId: s.id }) }, tr("teach.remove"))))));
}
