// The match: HUD and limiting-factor band on top, the world map, the order panel beside
// it, everyone's factors below. Moves on to the debrief when the match ends.
import { CLOSE_TAKEN_OVER, type FactionId, type LimitingFactor, type Order } from "../../../shared/index";
import { show, registerScreen, screenOf, type Screen } from "../app/router";
import { play, startMusic, stopMusic, warmEffects } from "../audio/audio";
import { factorBanner } from "../hud/factor-banner";
import { describeOrder } from "../hud/attack-text";
import { watchEffects } from "../hud/effects-toasts";
import { rivalsStrip } from "../hud/rivals";
import { closedText, connectionText, topBar } from "../hud/top-bar";
import { tr } from "../i18n";
import { net } from "../net/net";
import type { WorldView } from "../net/view";
import type { PanelContext } from "../panels/context";
import { mountOrderPanel, type OrderPanel } from "../panels/order-panel";
import { adviceFor } from "../tutorial/advice";
import { maybeStartTutorial } from "../tutorial/tutorial";
import { wasBriefed } from "../tutorial/briefing";
import { updateSettings } from "../app/settings";
import { h, nameIcon } from "../ui/dom";
import { confirmDialog, modalsOpen, openModal, watchModals } from "../ui/modal";
import { publishMapBox } from "../ui/map-box";
import { clearToasts, toast } from "../ui/toasts";
import type { World } from "../world/world";
import { debriefScreen } from "./debrief";
import { roomScreen } from "./room";
import { openSettings } from "./settings-modal";

export function gameScreen(): Screen {
  const cleanups: Array<() => void> = [];
  let world: World | null = null;
  let panel: OrderPanel | null = null;
  let destroyed = false;
  let ended = false;
  let tutorialStarted = false;
  /** The tutorial paused the solo clock and is still open. */
  let tutorialHolds = false;

  const bar = topBar({ settings: openSettings, leave: () => void leave() });
  const openForm = (formId: string) => {
    setSheet(true);
    panel?.focusForm(formId);
  };
  const banner = factorBanner(openForm, (orders, factor, formId) => void attackDialog(orders, factor, formId));
  /** "Attack it": show the engine's orders, send them all on confirm (each through the one order pipeline). */
  async function attackDialog(orders: Order[], factor: LimitingFactor, formId: string): Promise<void> {
    const mine = net.view && net.faction ? net.view.factions[net.faction] : undefined;
    const list = h("ul", { class: "attack-list", testid: "attack-orders" }, ...orders.map((o) => h("li", {}, describeOrder(o, mine))));
    const send = h("button", { type: "button", class: "btn primary", testid: "attack-confirm" }, tr("attack.confirm"));
    const form = h("button", { type: "button", class: "btn ghost", testid: "attack-form" }, tr("attack.open"));
    const body = h("div", { class: "confirm-body" }, h("p", {}, tr("attack.intro")), list, h("div", { class: "confirm-actions" }, form, send));
    const close = openModal(tr("attack.title", { factor: tr(`factor.${factor}`) }), body, "attack-dialog");
    send.addEventListener("click", () => {
      for (const o of orders) net.order(o, "attack");
      toast({ text: tr("attack.sent", { n: orders.length, factor: tr(`factor.${factor}`) }), kind: "news", testid: "toast-attack" });
      close();
      // Focus somewhere safe: a shortcut must never re-send these.
      (document.activeElement as HTMLElement | null)?.blur?.();
    });
    form.addEventListener("click", () => {
      close();
      openForm(formId);
    });
    send.focus();
  }
  /** A spectator follows one faction's limiting factor (the leader's at first). */
  let followed: FactionId | null = null;
  const rivals = rivalsStrip((id) => {
    if (net.faction) return;
    followed = id;
    if (net.view) update(net.view);
  });
  const mapCell = h("div", { class: "map-cell", testid: "world" });
  const mapNote = h("div", { class: "map-note", testid: "world-loading" });
  // On a phone the orders live in a bottom sheet, opened from a button over the map.
  const ordersBtn = h("button", { type: "button", class: "btn primary orders-toggle", testid: "btn-orders", "aria-expanded": "false", onclick: () => setSheet(!sheetOpen) });
  const sheetClose = h("button", { type: "button", class: "btn ghost sheet-close", testid: "sheet-close", onclick: () => setSheet(false) }, "✕");
  const sheetTitle = h("strong", {});
  const sheetHead = h("div", { class: "sheet-head" }, sheetTitle, sheetClose);
  // Zoom for touch screens and anyone without a wheel (drag pans the map).
  const zoomBtn = (testid: string, glyph: string, factor: number) => h("button", { type: "button", class: "btn icon", testid, onclick: () => world?.zoom(factor) }, glyph);
  const zoomIn = zoomBtn("map-zoom-in", "+", 1.4), zoomOut = zoomBtn("map-zoom-out", "−", 1 / 1.4), zoomFit = zoomBtn("map-zoom-fit", "⤢", 1);
  const zoomBox = h("div", { class: "map-zoom", role: "group" }, zoomIn, zoomOut, zoomFit);
  const mapWrap = h("div", { class: "map-wrap" }, mapCell, mapNote, zoomBox, ordersBtn);
  const main = h("div", { class: "game-main" }, mapWrap);
  const el = h("div", { class: "game" }, bar.el, banner.el, main, rivals.el);
  let sheetOpen = false;
  function setSheet(open: boolean): void {
    sheetOpen = open;
    el.classList.toggle("sheet-open", open);
    ordersBtn.setAttribute("aria-expanded", String(open));
    ordersBtn.textContent = tr(open ? "game.ordersHide" : "game.ordersShow");
  }
  function relabelSheet(): void {
    zoomBox.setAttribute("aria-label", tr("map.zoom"));
    nameIcon(zoomIn, tr("map.zoomIn"));
    nameIcon(zoomOut, tr("map.zoomOut"));
    nameIcon(zoomFit, tr("map.zoomFit"));
    sheetTitle.textContent = tr("panel.orders");
    sheetClose.setAttribute("aria-label", tr("common.close"));
    setSheet(sheetOpen);
  }
  relabelSheet();

  async function leave(): Promise<void> {
    play("click");
    const v = net.view;
    if (v && v.status !== "ended") {
      const solo = v.mode === "solo";
      const ok = await confirmDialog({
        title: tr("leave.title"),
        text: tr(solo ? "leave.text.solo" : net.seat?.spectator || !net.faction ? "leave.text.watch" : "leave.text.online"),
        confirm: tr("leave.yes"),
        cancel: tr("leave.no"),
        testid: "leave-confirm",
      });
      if (!ok || destroyed) return;
    }
    await net.leave();
    show(screenOf("title")());
  }

  /** A solo match stops while a dialog is open and runs again when the last one closes (if it ran before). */
  let pausedForDialog = false;
  /** We sent the resume after a dialog and the state does not show it yet (a dialog opened right away pauses again). */
  let dialogResumeInFlight = false;
  function onModals(open: number): void {
    const v = net.view;
    if (!v || v.mode !== "solo" || !net.isHost) return;
    if (open > 0 && !pausedForDialog && (v.status === "running" || dialogResumeInFlight)) {
      pausedForDialog = true;
      dialogResumeInFlight = false;
      net.pause();
    } else if (open === 0 && pausedForDialog) {
      // A dialog that reopens itself (settings in a new language) closes and opens in one go.
      setTimeout(() => {
        if (modalsOpen() > 0 || !pausedForDialog || destroyed) return;
        pausedForDialog = false;
        dialogResumeInFlight = true;
        net.resumeClock();
      }, 0);
    }
  }

  function context(v: WorldView, faction: FactionId): PanelContext {
    const seat = net.seat;
    return { view: v, faction, me: v.factions[faction], canOrder: !seat?.spectator && v.status !== "ended" && v.status !== "waiting" };
  }

  function update(v: WorldView): void {
    if (destroyed) return;
    if (v.status === "waiting") {
      show(roomScreen());
      return;
    }
    if (v.status === "running") dialogResumeInFlight = false;
    const faction = net.faction;
    bar.update(v, faction);
    if (!faction && !followed) followed = [...(["tesla", "tsmc", "samsung", "china"] as FactionId[])].sort((a, b) => v.factions[b].score - v.factions[a].score)[0];
    rivals.update(v, faction ?? followed);
    main.classList.toggle("no-panel", !faction);
    ordersBtn.hidden = !faction;
    if (!faction && followed) {
      banner.el.hidden = false;
      banner.update(v, followed, true);
    }
    if (faction) {
      banner.el.hidden = false;
      banner.update(v, faction);
      const ctx = context(v, faction);
      if (!panel) {
        panel = mountOrderPanel(ctx);
        panel.el.prepend(sheetHead);
        main.append(panel.el);
      } else panel.update(ctx);
    }
    // Solo: the coach marks, with the clock held. Online and class: the tutorial was read in the
    // waiting room before the clock started; only a player who never waited there (a late
    // joiner) gets the coach marks, told that the shared clock keeps running.
    if (faction && !tutorialStarted && v.status === "running" && v.mode !== "solo" && wasBriefed()) {
      tutorialStarted = true;
      updateSettings({ tutorialDone: true });
    }
    if (faction && !tutorialStarted && v.status === "running") {
      tutorialStarted = true;
      const wasSolo = v.mode === "solo";
      cleanups.push(maybeStartTutorial({
        sharedClock: !wasSolo,
        factorName: () => tr(`factor.${net.view?.factions[faction].limitingFactor ?? "none"}`),
        adviceOrder: () => (net.view ? tr(`order.${adviceFor(net.view, faction).formId}`) : ""),
        openAdvice: () => net.view && panel?.focusForm(adviceFor(net.view, faction).formId),
        // Solo: the clock waits while the player reads. The resume follows our own pause in
        // order, so it is sent even if the pause has not shown up in the state yet.
        onStart: () => {
          tutorialHolds = wasSolo;
          if (wasSolo) net.pause();
        },
        onEnd: () => {
          tutorialHolds = false;
          if (wasSolo) net.resumeClock();
        },
      }));
    }
    if (v.status === "ended" && !ended) {
      ended = true;
      setTimeout(() => !destroyed && show(debriefScreen()), 1500);
    }
  }

  /** Keys that type or choose inside a control: shortcuts never take these from it. */
  function typing(t: HTMLElement | null): boolean {
    if (!t) return false;
    // Inputs take Space as text (or a checkbox's toggle); selects open with it.
    return t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
  }

  /**
   * Shortcuts: Space pauses, F opens the advice. A shortcut never activates the focused
   * control (a button keeps Enter; Space on it pauses instead of re-sending an order).
   * Listens in the capture phase and swallows the key so the button never sees it.
   */
  function onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement | null;
    if (typing(t)) return;
    // A dialog or the tutorial has the keys (its buttons work as buttons; it holds the clock itself).
    if (document.querySelector("#modal-root .backdrop, #modal-root .coach")) return;
    if (e.key === " " || e.code === "Space") {
      e.preventDefault();
      e.stopPropagation();
      if (!e.repeat) bar.togglePause();
    } else if (e.key === "f" || e.key === "F") {
      e.preventDefault();
      document.querySelector<HTMLButtonElement>('[data-testid="btn-fix"]')?.click();
    }
  }

  /** A button activates with Space on key-up: swallow that too, so a shortcut never clicks it. */
  function onKeyUp(e: KeyboardEvent): void {
    const t = e.target as HTMLElement | null;
    if ((e.key === " " || e.code === "Space") && !typing(t) && !document.querySelector("#modal-root .backdrop, #modal-root .coach")) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  return {
    name: "game",
    mount(root) {
      performance.mark("tf:game-mount");
      root.append(el);
      mapNote.textContent = tr("game.loadingMap");
      cleanups.push(watchEffects());
      cleanups.push(publishMapBox(mapWrap));
      cleanups.push(watchModals(onModals));
      cleanups.push(net.on("view", update));
      cleanups.push(net.on("connection", (c) => {
        const conn = el.querySelector('[data-testid="hud-connection"]');
        if (conn) conn.textContent = connectionText(c);
        if (c === "closed" && !ended) show(screenOf("title")(tr(closedText(net.closeCode)), { takenOver: net.closeCode === CLOSE_TAKEN_OVER }));
      }));
      document.addEventListener("keydown", onKey, true);
      document.addEventListener("keyup", onKeyUp, true);
      cleanups.push(() => {
        document.removeEventListener("keydown", onKey, true);
        document.removeEventListener("keyup", onKeyUp, true);
      });
      // A click on the map takes the focus off the last control used (a Confirm button).
      mapCell.addEventListener("pointerdown", () => {
        const a = document.activeElement as HTMLElement | null;
        if (a && a !== document.body && el.contains(a)) a.blur();
      });
      import("../world/world-host").then((host) => host.attachWorld(mapCell)).then((w) => {
        world = w;
        if (destroyed) return;
        mapNote.remove();
        // Sounds and the music loop come after the map: they are not needed for the first frame.
        setTimeout(() => {
          if (destroyed) return;
          warmEffects();
          startMusic();
        }, 1500);
      }).catch((err) => {
        console.warn("world view failed", err);
        mapNote.textContent = tr("game.mapFailed");
      });
      if (net.view) update(net.view);
    },
    unmount() {
      destroyed = true;
      // Gone with the tutorial still open: give back the clock it held.
      if (tutorialHolds && net.view?.status === "paused") net.resumeClock();
      for (const c of cleanups) c();
      bar.destroy();
      panel?.destroy();
      void import("../world/world-host").then((host) => host.releaseWorld());
      stopMusic();
      clearToasts();
    },
    relabel() {
      relabelSheet();
      if (net.view) {
        bar.relabel();
        panel?.relabel();
        update(net.view);
      }
      world?.relabel();
    },
  };
}

registerScreen("game", gameScreen);
