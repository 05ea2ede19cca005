// The waiting room of an online match: the private code, who is in which seat, faction
// picking, ready, and the host's start button. Spectators wait here too.
import { FACTION_IDS, type MatchLength } from "../../../shared/index";
import { show, registerScreen, screenOf, matchScreens, type Screen } from "../app/router";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { listOf } from "../i18n/format";
import { net } from "../net/net";
import type { WorldView } from "../net/view";
import { h, redraw } from "../ui/dom";
import { factionCard } from "./solo-setup";
import { briefingCard } from "../tutorial/briefing";

export function roomScreen(): Screen {
  const offs: Array<() => void> = [];
  let root: HTMLElement;
  let refusal = "";
  let toGame = false;

  function render(v: WorldView | null): void {
    if (!v) return;
    if (v.status !== "waiting") {
      // Once: every state until the game module loads lands here too, and a second game screen
      // would drop the first one's tutorial with the clock it paused (a solo match stuck paused).
      if (toGame) return;
      toGame = true;
      void matchScreens().then(() => show(screenOf("game")()));
      return;
    }
    // The first-match tutorial, read here before the clock starts (until dismissed).
    const briefing = v.mode !== "solo" && net.seat && !net.seat.spectator ? briefingCard("online") : null;
    const me = v.players.find((p) => p.id === net.seat?.sessionId);
    const mine = net.faction;
    const takenBy = (f: string) => v.players.find((p) => p.faction === f && !p.spectator);
    // Redrawn with every view (players joining, seats, ready): the keyboard focus stays where it was.
    redraw(root, h("div", { class: "page", testid: "room" },
      h("h1", {}, tr("room.title")),
      v.code ? h("p", { class: "code-line" }, tr("room.code"), " ", h("strong", { class: "code", testid: "room-code" }, v.code), " ", h("span", { class: "muted" }, tr("room.codeHint"))) : h("p", { class: "muted" }, tr("room.public")),
      h("p", { class: "muted" }, tr("room.botsFill", { difficulty: tr(`difficulty.${v.difficulty}`) })),
      h("div", { class: "cards" }, ...FACTION_IDS.map((f) => {
        const p = takenBy(f);
        const card = factionCard(f, f === mine, () => {
          // Before the start anyone seated may move to a free faction (the host stays host).
          if (p || !net.seat || net.seat.spectator) return;
          play("click");
          net.pickFaction(f);
        }, "room-faction", v.months as MatchLength, { factor: v.factions[f].limitingFactor, evidence: v.factions[f].evidence });
        card.append(h("p", { class: "seat" }, p ? `${p.name || tr("player.defaultName")}${p.ready ? ` · ${tr("room.ready")}` : ""}${p.host ? ` · ${tr("room.host")}` : ""}` : tr("seat.bot")));
        if (p && p.id !== net.seat?.sessionId) card.setAttribute("aria-disabled", "true");
        return card;
      })),
      v.players.some((p) => p.spectator) ? h("p", { class: "muted" }, tr("room.spectators", { names: listOf(v.players.filter((p) => p.spectator).map((p) => p.name)) })) : null,
      refusal ? h("p", { class: "refusal", role: "alert", testid: "room-refusal" }, refusal) : null,
      briefing,
      // Kept in view at the window's foot: under the first-match briefing, Ready and Start fell below
      // a laptop's screen.
      h("div", { class: "actions room-actions" },
        h("button", { type: "button", class: "btn ghost", testid: "room-leave", onclick: async () => { await net.leave(); show(screenOf("title")()); } }, tr("hud.leave")),
        net.seat?.spectator ? h("span", { class: "muted" }, tr("room.watching")) : h("button", {
          type: "button", class: `btn${me?.ready ? " on" : ""}`, testid: "room-ready", "aria-pressed": String(Boolean(me?.ready)),
          onclick: () => {
            play("click");
            net.ready(!me?.ready);
          },
        }, me?.ready ? tr("room.notReady") : tr("room.readyButton")),
        net.isHost ? h("button", { type: "button", class: "btn primary", testid: "room-start", onclick: () => { play("confirm"); net.start(); } }, tr("room.start")) : h("span", { class: "muted" }, tr("room.waitHost")))));
  }

  return {
    name: "room",
    mount(el) {
      root = el;
      offs.push(net.on("view", render));
      offs.push(net.on("joined", () => render(net.view)));
      offs.push(net.on("refused", ({ refusal: r }) => {
        refusal = tr(r.reason, r.params);
        render(net.view);
      }));
      render(net.view);
    },
    unmount() {
      for (const off of offs) off();
    },
    relabel: () => render(net.view),
  };
}

registerScreen("room", roomScreen);
