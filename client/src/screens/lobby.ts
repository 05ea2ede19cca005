// Online lobby: your name, the live list of public matches (pick a free faction and join,
// or watch), a new public or private match, and joining a private match by its code.
import { FACTION_IDS, type FactionId } from "../../../shared/index";
import { show, registerScreen, screenOf, type Screen } from "../app/router";
import { settings, updateSettings } from "../app/settings";
import { createOnline, joinRoom } from "../app/start";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { listOf } from "../i18n/format";
import type { CreateOptions, LobbyEntry } from "../net/backend";
import { net } from "../net/net";
import { h } from "../ui/dom";
import { retryAfterOf } from "../net/join-error";

function select<T extends string | number>(id: string, values: readonly T[], current: T, label: (v: T) => string): HTMLSelectElement {
  const el = h("select", { id, testid: id }, ...values.map((v) => h("option", { value: String(v) }, label(v))));
  el.value = String(current);
  return el;
}

/** Buttons to take one of a match's free factions, or to watch it. */
function seatPicker(entry: LobbyEntry, prefix: string, onError: (msg: string) => void): HTMLElement {
  const take = async (seat: { faction?: FactionId; spectator?: boolean }) => {
    play("click");
    const problem = await joinRoom(entry.roomId, seat);
    if (problem) {
      play("refused");
      onError(problem);
    }
  };
  return h("div", { class: "row-actions" },
    ...entry.freeFactions.map((f) => h("button", { type: "button", class: "btn small primary", testid: `${prefix}-join-${f}`, disabled: entry.status === "ended", onclick: () => void take({ faction: f }) }, tr("lobby.joinAs", { faction: tr(`faction.${f}`) }))),
    h("button", { type: "button", class: "btn small", testid: `${prefix}-watch`, onclick: () => void take({ spectator: true }) }, tr("lobby.watch")));
}

export function lobbyScreen(): Screen {
  let stop: (() => void) | null = null;
  let offLobby: (() => void) | null = null;
  let rooms: LobbyEntry[] = [];
  let listEl: HTMLElement | null = null;
  let listError: HTMLElement | null = null;

  const renderRooms = () => {
    if (!listEl) return;
    const open = rooms.filter((r) => r.status !== "ended");
    listEl.replaceChildren(...(open.length === 0 ? [h("p", { class: "muted", testid: "lobby-empty" }, tr("lobby.none"))] : open.map((r) =>
      h("div", { class: "row lobby-row", testid: `lobby-room-${r.roomId}` },
        h("div", { class: "row-head" }, h("strong", {}, tr("lobby.hostedBy", { host: r.name || tr("player.defaultName") })), h("span", { class: "tag" }, tr(`status.${r.status}`))),
        h("div", { class: "row-sub" }, tr("lobby.roomInfo", { n: r.clients, months: r.months, speed: tr(`speed.${r.speed}`), difficulty: tr(`difficulty.${r.difficulty}`), free: listOf(r.freeFactions.map((f) => tr(`faction.${f}`))) || "—" })),
        seatPicker(r, `room-${r.roomId}`, (msg) => listError && ((listError.textContent = msg), (listError.hidden = false)))))));
  };

  return {
    name: "lobby",
    mount(root) {
      const s = settings();
      const name = h("input", { id: "lobby-name", testid: "lobby-name", value: s.name, maxlength: 24, autocomplete: "nickname", placeholder: tr("player.defaultName") });
      const saveName = () => updateSettings({ name: name.value.trim().slice(0, 24) });
      name.addEventListener("change", saveName);
      const faction = select<FactionId>("create-faction", FACTION_IDS, "tesla", (f) => tr(`faction.${f}`));
      const difficulty = select<CreateOptions["difficulty"]>("create-difficulty", ["easy", "normal", "hard"], "normal", (d) => tr(`difficulty.${d}`));
      const months = select<CreateOptions["months"]>("create-months", [60, 120, 180], 120, (m) => tr("setup.monthsValue", { n: m, y: m / 12 }));
      const speed = select<CreateOptions["speed"]>("create-speed", ["slow", "normal", "fast"], "normal", (v) => tr(`speed.${v}`));
      const priv = h("input", { id: "create-private", type: "checkbox", testid: "create-private" });
      const code = h("input", { id: "join-code", testid: "join-code", maxlength: 6, autocomplete: "off", spellcheck: "false", placeholder: "ABC234", class: "code-input" });
      const codeMsg = h("p", { class: "refusal", role: "alert", testid: "join-code-error", hidden: true });
      const codeSeats = h("div", { class: "code-seats", testid: "code-seats" });
      listError = h("p", { class: "refusal", role: "alert", hidden: true });
      listEl = h("div", { class: "lobby-list", testid: "lobby-list", "aria-live": "polite" }, h("p", { class: "muted" }, tr("common.connecting")));

      root.append(h("div", { class: "page", testid: "lobby" },
        h("h1", {}, tr("lobby.title")),
        h("div", { class: "field" }, h("label", { for: "lobby-name" }, tr("lobby.name")), name),
        h("div", { class: "lobby-grid" },
          h("section", { class: "box" }, h("h2", {}, tr("lobby.public")), listEl, listError),
          h("section", { class: "box" },
            h("h2", {}, tr("lobby.byCode")),
            h("form", {
              class: "code-form",
              onsubmit: async (e: Event) => {
                e.preventDefault();
                saveName();
                codeMsg.hidden = true;
                codeSeats.replaceChildren();
                let wait: number | null = null;
                const found = await net.lookupCode(code.value).catch((err) => ((wait = retryAfterOf(err)), null));
                if (wait !== null) {
                  codeMsg.textContent = tr("join.tooMany", { s: wait });
                  codeMsg.hidden = false;
                  play("refused");
                  return;
                }
                if (!found) {
                  codeMsg.textContent = tr("lobby.codeNotFound", { code: code.value.trim().toUpperCase() });
                  codeMsg.hidden = false;
                  play("refused");
                  return;
                }
                play("click");
                codeSeats.replaceChildren(h("p", {}, tr("lobby.codeFound", { host: found.name || tr("player.defaultName"), months: found.months })), seatPicker(found, "code", (msg) => ((codeMsg.textContent = msg), (codeMsg.hidden = false))));
              },
            }, h("label", { for: "join-code" }, tr("lobby.code")), code, h("button", { type: "submit", class: "btn", testid: "join-code-submit" }, tr("lobby.find"))),
            codeMsg, codeSeats,
            h("h2", { class: "spaced" }, tr("lobby.create")),
            h("div", { class: "field" }, h("label", { for: "create-faction" }, tr("lobby.yourFaction")), faction),
            h("div", { class: "field" }, h("label", { for: "create-difficulty" }, tr("setup.difficulty")), difficulty),
            h("div", { class: "field" }, h("label", { for: "create-months" }, tr("setup.months")), months),
            h("div", { class: "field" }, h("label", { for: "create-speed" }, tr("setup.speed")), speed),
            h("div", { class: "field field-checkbox" }, h("label", { for: "create-private" }, tr("lobby.private")), priv),
            h("button", {
              type: "button", class: "btn primary", testid: "create-match",
              onclick: () => {
                play("confirm");
                saveName();
                void createOnline({ faction: faction.value as FactionId, difficulty: difficulty.value as CreateOptions["difficulty"], months: Number(months.value) as CreateOptions["months"], speed: speed.value as CreateOptions["speed"], private: priv.checked });
              },
            }, tr("lobby.createButton")))),
        h("div", { class: "actions" }, h("button", { type: "button", class: "btn ghost", testid: "back", onclick: () => show(screenOf("title")()) }, tr("common.back")))));

      offLobby = net.on("lobby", (list) => {
        rooms = list;
        renderRooms();
      });
      net.watchLobby().then((s) => (stop = s)).catch(() => {
        listEl?.replaceChildren(h("p", { class: "refusal" }, tr("error.lobby")));
      });
    },
    unmount() {
      stop?.();
      offLobby?.();
      listEl = null;
    },
  };
}

registerScreen("lobby", lobbyScreen);
