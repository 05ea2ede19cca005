// /teach: create a class (length, speed, students per seat, factions, events, bots), or
// reopen one with its code and teacher key. A refresh reopens this browser's class at once.
import { FACTION_IDS, type FactionId } from "../../../shared/index";
import { show, registerScreen, screenOf, type Screen } from "../app/router";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { classSession, retryAfterOf, type ClassOptions } from "../net/class-session";
import { h } from "../ui/dom";
import { teachRoomScreen } from "./teach-room";

function select(id: string, values: Array<[string, string]>, current: string): HTMLSelectElement {
  const el = h("select", { id, testid: id }, ...values.map(([v, label]) => h("option", { value: v }, label)));
  el.value = current;
  return el;
}

const field = (id: string, label: string, control: HTMLElement) => h("div", { class: "field" }, h("label", { for: id }, label), control);


export function teachScreen(notice = ""): Screen {
  let root: HTMLElement;
  let busy = false;

  async function reopenSaved(): Promise<boolean> {
    const saved = classSession.savedTeacher();
    if (!saved) return false;
    const result = await classSession.reopen(saved.code, saved.key);
    if (result === "ok") return true;
    // Over already? Its debrief is still there with the key.
    if (await classSession.openResults(saved.code, saved.key)) {
      const { classDebriefScreen } = await import("./class-debrief");
      show(classDebriefScreen());
      return true;
    }
    classSession.forgetTeacher(); // that class is gone
    return false;
  }

  function render(message = notice): void {
    const months = select("teach-months", [60, 120, 180].map((m) => [String(m), tr("setup.monthsValue", { n: m, y: m / 12 })]), "60");
    const speed = select("teach-speed", (["slow", "normal", "fast"] as const).map((s) => [s, tr(`speed.${s}`)]), "slow");
    const seat = select("teach-seat", ["1", "2", "3"].map((n) => [n, tr("teach.perSeatValue", { n })]), "2");
    const difficulty = select("teach-difficulty", (["easy", "normal", "hard"] as const).map((d) => [d, tr(`difficulty.${d}`)]), "normal");
    const events = h("input", { id: "teach-events", type: "checkbox", testid: "teach-events", checked: false });
    const factionBoxes = FACTION_IDS.map((f) => h("input", { id: `teach-faction-${f}`, type: "checkbox", testid: `teach-faction-${f}`, checked: true, value: f }));
    const error = h("p", { class: "refusal", role: "alert", testid: "teach-error", hidden: !message }, message);

    const create = async (e: Event) => {
      e.preventDefault();
      if (busy) return;
      const factions = factionBoxes.filter((b) => b.checked).map((b) => b.value as FactionId);
      if (!factions.length) {
        error.textContent = tr("teach.pickFaction");
        error.hidden = false;
        play("refused");
        return;
      }
      busy = true;
      play("confirm");
      const options: ClassOptions = {
        months: Number(months.value) as ClassOptions["months"], speed: speed.value as ClassOptions["speed"], seatSize: Number(seat.value),
        factions, events: events.checked, difficulty: difficulty.value as ClassOptions["difficulty"],
      };
      try {
        await classSession.createClass(options);
        show(teachRoomScreen(true));
      } catch (err) {
        console.warn("class not created", err);
        busy = false;
        const wait = retryAfterOf(err);
        error.textContent = wait !== null ? tr("join.tooMany", { s: wait }) : tr("error.connect");
        error.hidden = false;
      }
    };

    const code = h("input", { id: "reopen-code", testid: "reopen-code", maxlength: 6, autocomplete: "off", class: "code-input", placeholder: "ABC234" });
    const key = h("input", { id: "reopen-key", testid: "reopen-key", autocomplete: "off", spellcheck: "false" });
    const reopenError = h("p", { class: "refusal", role: "alert", testid: "reopen-error", hidden: true });
    const reopen = async (e: Event) => {
      e.preventDefault();
      const result = await classSession.reopen(code.value, key.value);
      if (result === "ok") return show(teachRoomScreen(false));
      reopenError.textContent = result === "busy" ? tr("join.tooMany", { s: classSession.retryAfter }) : tr(result === "no-class" ? "teach.noClass" : "teach.wrongKey");
      reopenError.hidden = false;
      play("refused");
    };

    root.replaceChildren(h("div", { class: "page narrow teach-setup", testid: "teach-setup" },
      h("h1", {}, tr("title.teach")),
      h("p", { class: "muted" }, tr("teach.intro")),
      h("form", { class: "box", onsubmit: create },
        h("h2", {}, tr("teach.newClass")),
        field("teach-months", tr("setup.months"), months),
        field("teach-speed", tr("setup.speed"), speed),
        field("teach-seat", tr("teach.perSeat"), seat),
        h("fieldset", { class: "choice" }, h("legend", {}, tr("teach.factions")),
          h("div", { class: "checks" }, ...FACTION_IDS.map((f, i) => h("label", { for: `teach-faction-${f}`, class: "check" }, factionBoxes[i], " ", tr(`faction.${f}`))))),
        h("div", { class: "field field-checkbox" }, h("label", { for: "teach-events" }, tr("teach.events")), events),
        field("teach-difficulty", tr("setup.difficulty"), difficulty),
        h("p", { class: "muted small" }, tr("teach.hint")),
        error,
        h("div", { class: "actions" },
          h("button", { type: "button", class: "btn ghost", testid: "back", onclick: () => show(screenOf("title")()) }, tr("common.back")),
          h("button", { type: "submit", class: "btn primary big", testid: "teach-create" }, tr("teach.create")))),
      h("form", { class: "box", onsubmit: reopen },
        h("h2", {}, tr("teach.reopen")),
        h("p", { class: "muted small" }, tr("teach.reopenHint")),
        field("reopen-code", tr("class.code"), code),
        field("reopen-key", tr("teach.key"), key),
        reopenError,
        h("div", { class: "actions" }, h("button", { type: "submit", class: "btn", testid: "reopen-submit" }, tr("teach.reopenButton"))))));
  }

  return {
    name: "teach-setup",
    mount(el) {
      root = el;
      if (!classSession.savedTeacher()) return render();
      root.replaceChildren(h("div", { class: "page narrow", testid: "teach-setup" }, h("p", { class: "muted" }, tr("teach.reopening"))));
      void reopenSaved().then((ok) => {
        if (!ok) render();
        else if (classSession.active) show(teachRoomScreen(false));
      });
    },
    relabel: () => render(),
  };
}

registerScreen("teach", teachScreen);
