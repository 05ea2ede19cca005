// A student joins a class: the class code (from the link, or typed) and a nickname —
// no account, no e-mail. Then a waiting screen until the teacher starts.
import { show, screenOf, type Screen } from "../app/router";
import { playerName } from "../app/start";
import { settings, updateSettings } from "../app/settings";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { classSession } from "../net/class-session";
import { h } from "../ui/dom";
import { studentWaitScreen } from "./student-wait";

export function studentJoinScreen(code = ""): Screen {
  let root: HTMLElement;
  function render(): void {
    const codeIn = h("input", { id: "class-join-code", testid: "class-join-code", maxlength: 6, autocomplete: "off", spellcheck: "false", class: "code-input", placeholder: "ABC234", value: code });
    const nameIn = h("input", { id: "class-join-name", testid: "class-join-name", maxlength: 24, autocomplete: "nickname", value: settings().name });
    const error = h("p", { class: "refusal", role: "alert", testid: "class-join-error", hidden: true });
    const submit = h("button", { type: "submit", class: "btn primary big", testid: "class-join-submit" }, tr("class.join"));
    const onsubmit = async (e: Event) => {
      e.preventDefault();
      const name = nameIn.value.trim();
      if (!name) {
        error.textContent = tr("class.needName");
        error.hidden = false;
        return nameIn.focus();
      }
      submit.disabled = true;
      updateSettings({ name });
      const result = await classSession.join(codeIn.value, name || playerName());
      submit.disabled = false;
      if (result === "ok") {
        play("confirm");
        return show(studentWaitScreen());
      }
      play("refused");
      error.textContent = tr(`class.joinError.${result}`, { code: codeIn.value.trim().toUpperCase(), s: classSession.retryAfter });
      error.hidden = false;
    };
    root.replaceChildren(h("div", { class: "page narrow", testid: "class-join" },
      h("h1", {}, tr("title.joinClass")),
      h("p", { class: "muted" }, tr("class.joinIntro")),
      h("form", { class: "box", onsubmit },
        h("div", { class: "field" }, h("label", { for: "class-join-code" }, tr("class.code")), codeIn),
        h("div", { class: "field" }, h("label", { for: "class-join-name" }, tr("class.nickname")), nameIn),
        error,
        h("div", { class: "actions" },
          h("button", { type: "button", class: "btn ghost", testid: "back", onclick: () => show(screenOf("title")()) }, tr("common.back")),
          submit))));
    (code ? nameIn : codeIn).focus();
  }
  return { name: "class-join", mount: (el) => ((root = el), render()), relabel: () => render() };
}
