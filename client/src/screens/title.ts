// Title: Continue (a solo match the server kept for this browser), Solo, Online, Join a class,
// Teach a class, Settings, and the language switch.
import { show, registerScreen, type Screen, type TitleOptions } from "../app/router";
import { settings, updateSettings } from "../app/settings";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { monthName } from "../i18n/format";
import { net } from "../net/net";
import { savedSolo } from "../net/seat-store";
import { h } from "../ui/dom";
import { lobbyScreen } from "./lobby";
import { openSettings } from "./settings-modal";
import { soloSetupScreen } from "./solo-setup";

export function titleScreen(notice?: string, opts: TitleOptions = {}): Screen {
  return {
    name: "title",
    mount(root) {
      if (location.pathname !== "/") history.replaceState(null, "", "/");
      const go = (fn: () => void) => () => {
        play("click");
        fn();
      };
      const solo = savedSolo();
      const continueSolo = async (btn: HTMLButtonElement) => {
        btn.disabled = true;
        btn.setAttribute("aria-busy", "true");
        const { enterMatch, prefetchMatch } = await import("../app/start");
        prefetchMatch();
        if (await net.continueSolo()) return enterMatch();
        show(titleScreen(tr("title.continueGone")));
      };
      // A seat taken over by another tab goes on there: taking it back is offered, not pressed for
      // (no focus, no primary look), and says that the other tab is the one to lose it then.
      const here = opts.takenOver === true;
      const continueBtn: HTMLButtonElement | null = solo
        ? (h("button", { type: "button", class: `btn ${here ? "" : "primary "}big`, testid: "menu-continue", autofocus: !here, onclick: () => { play("click"); void continueSolo(continueBtn!); } },
            tr(here ? "title.playHere" : "title.continue"),
            h("small", { class: "muted", testid: "continue-hint" }, " ", tr(here ? "title.playHereHint" : "title.continueHint", { faction: solo.faction ? tr(`faction.${solo.faction}`) : "—", date: monthName(solo.month) }))) as HTMLButtonElement)
        : null;
      const langBtn = (loc: "en" | "zh-TW", label: string) =>
        h("button", { type: "button", class: `btn seg${settings().locale === loc ? " on" : ""}`, lang: loc, "aria-pressed": String(settings().locale === loc), testid: `lang-${loc}`, onclick: go(() => updateSettings({ locale: loc })) }, label);
      root.append(h("div", { class: "title-screen", testid: "title" },
        h("div", { class: "title-card" },
          h("h1", { class: "logo" }, "TerraFab"),
          h("p", { class: "tagline" }, tr("title.tagline")),
          h("p", { class: "pitch" }, tr("title.pitch")),
          notice ? h("p", { class: "notice", role: "alert", testid: "title-notice" }, notice) : null,
          h("nav", { class: "menu", "aria-label": tr("title.menu") },
            continueBtn,
            h("button", { type: "button", class: `btn ${solo && !here ? "" : "primary "}big`, testid: "menu-solo", autofocus: !solo || here, onclick: go(() => show(soloSetupScreen())) }, tr("title.solo")),
            h("button", { type: "button", class: "btn big", testid: "menu-online", onclick: go(() => show(lobbyScreen())) }, tr("title.online")),
            h("button", { type: "button", class: "btn big", testid: "menu-join-class", onclick: go(() => void import("../class/student-join").then((m) => show(m.studentJoinScreen()))) }, tr("title.joinClass")),
            h("button", {
              type: "button", class: "btn big", testid: "menu-teach",
              onclick: go(() => {
                history.replaceState(null, "", "/teach"); // a refresh keeps the teacher on the class page
                void import("../class/teach-setup").then((m) => show(m.teachScreen()));
              }),
            }, tr("title.teach")),
            h("button", { type: "button", class: "btn big ghost", testid: "menu-settings", onclick: go(openSettings) }, tr("title.settings"))),
          h("div", { class: "segmented lang", role: "group", "aria-label": tr("settings.language") }, langBtn("en", "English"), langBtn("zh-TW", "繁體中文")),
          h("p", { class: "muted small" }, tr("title.credits")))));
    },
  };
}

registerScreen("title", titleScreen);
