// The HUD's top line: who you are, the date, cash, compute, score, milestones, the clock.
import { CLOSE_REMOVED, CLOSE_TAKEN_OVER, MILESTONE_IDS, type FactionId } from "../../../shared/index";
import { milestoneLabel, milestoneProgressShare, milestoneProgressText } from "./milestone-label";
import { tr } from "../i18n";
import { gw, money, monthName, num } from "../i18n/format";
import type { WorldView } from "../net/view";
import { h } from "../ui/dom";
import { renderKeyed, setAttr, setText } from "../ui/keep";
import { emblem } from "../ui/emblems";
import { clockControls } from "./clock-controls";
import { scoreTable, scoreTooltip } from "./score-breakdown";
import { openModal } from "../ui/modal";
import { milestoneTable } from "./milestone-table";
import { headline } from "./headline";

export interface TopBar {
  el: HTMLElement;
  update(v: WorldView, faction: FactionId | null): void;
  relabel(): void;
  togglePause(): void;
  destroy(): void;
}

function stat(testid: string): { box: HTMLElement; label: HTMLElement; value: HTMLElement } {
  const label = h("span", { class: "stat-label" });
  const value = h("strong", { class: "stat-value", testid });
  return { box: h("div", { class: "stat" }, label, value), label, value };
}

export function topBar(actions: { settings: () => void; leave: () => void }): TopBar {
  let last: { v: WorldView; faction: FactionId | null } | null = null;
  const who = h("div", { class: "who" });
  const month = stat("hud-month");
  const cash = stat("hud-cash");
  const compute = stat("hud-compute");
  const score = stat("hud-score");
  // The score explains itself: hover for the parts, click for the table and the rule.
  score.box.classList.add("clickable");
  score.box.setAttribute("role", "button");
  score.box.tabIndex = 0;
  const openScore = () => {
    if (last?.faction) openModal(tr("score.title"), scoreTable(last.v.factions[last.faction], last.faction, last.v.months), "score-dialog");
  };
  score.box.addEventListener("click", openScore);
  score.box.addEventListener("keydown", (e) => {
    if (e.key === "Enter") openScore();
  });
  const milestones = h("ol", { class: "milestones clickable", testid: "hud-milestones", role: "button", tabindex: 0 });
  // Every faction's milestones and where they stand: a click (or Enter) opens them.
  const openMilestones = () => {
    if (last) openModal(tr("ms.dialogTitle"), milestoneTable(last.v, last.faction), "milestones-dialog");
  };
  milestones.addEventListener("click", openMilestones);
  milestones.addEventListener("keydown", (e) => {
    if (e.key === "Enter") openMilestones();
  });
  const clock = clockControls();
  const conn = h("span", { class: "conn", testid: "hud-connection", role: "status" });
  const settingsBtn = h("button", { type: "button", class: "btn icon", testid: "btn-settings", onclick: actions.settings }, "⚙");
  const leaveBtn = h("button", { type: "button", class: "btn", testid: "btn-leave", onclick: actions.leave });
  const el = h("header", { class: "top-bar" }, who, month.box, cash.box, compute.box, score.box, milestones, h("div", { class: "spacer" }), conn, clock.el, settingsBtn, leaveBtn);

  function render(): void {
    setText(month.label, tr("hud.date"));
    setText(cash.label, tr("hud.cash"));
    setText(score.label, tr("hud.score"));
    setAttr(settingsBtn, "title", tr("settings.title"));
    settingsBtn.setAttribute("aria-label", tr("settings.title"));
    setText(leaveBtn, tr("hud.leave"));
    if (!last) {
      setText(compute.label, tr("hud.compute"));
      return;
    }
    const { v, faction } = last;
    setText(month.value, monthName(v.month));
    setAttr(month.value, "title", tr("hud.monthOf", { n: v.month + 1, of: v.months }));
    if (faction) {
      const f = v.factions[faction];
      const status = v.status === "paused" ? tr("status.paused") : tr(`mode.${v.mode}`);
      renderKeyed(who, `${faction}|${tr(`faction.${faction}`)}|${status}`, () => [emblem(faction, 34), h("div", {}, h("strong", {}, tr(`faction.${faction}`)), h("span", { class: "muted small" }, status))]);
      setText(cash.value, money(f.cash));
      cash.value.classList.toggle("low", f.cash < 2000);
      const head = headline(faction, f);
      setText(compute.label, head.label);
      setText(compute.value, head.value);
      setAttr(compute.box, "title", head.why);
      setText(score.value, num(f.score));
      setAttr(score.box, "title", scoreTooltip(f, faction, v.months));
      // Each milestone with where it stands now (a bar under it, the figures in its tooltip).
      const progress = (m: string) => (f.milestones[m] !== null ? "" : milestoneProgressText(faction, m, f.milestoneProgress[m]));
      renderKeyed(milestones, `${faction}|${v.months}|${MILESTONE_IDS[faction].map((m) => `${milestoneLabel(faction, m, v.months)}:${f.milestones[m]}:${progress(m)}`).join("|")}`, () => MILESTONE_IDS[faction].map((m, i) => {
        const at = f.milestones[m];
        const share = at !== null ? 1 : milestoneProgressShare(f.milestoneProgress[m]);
        return h("li", { class: at !== null ? "done" : "", testid: `hud-milestone-${m}`, title: `${milestoneLabel(faction, m, v.months)}${at !== null ? ` — ${monthName(at)}` : ` — ${progress(m)}`}` },
          h("span", { class: "ms-num" }, at !== null ? "✓" : String(i + 1)), h("span", { class: "ms-text" }, milestoneLabel(faction, m, v.months)),
          h("span", { class: "ms-bar", "aria-hidden": "true" }, h("span", { style: { width: `${Math.round(share * 100)}%` } })));
      }));
    } else {
      renderKeyed(who, `-|${tr("hud.spectating")}`, () => [h("strong", {}, tr("hud.spectating"))]);
      setText(cash.value, "—");
      setText(compute.label, tr("hud.compute"));
      setText(compute.value, gw(v.factions.tesla.computeGW + v.factions.china.computeGW));
      setAttr(compute.box, "title", tr("hud.computeWhy"));
      setText(score.value, "—");
      renderKeyed(milestones, "", () => []);
    }
    clock.update(v);
  }

  return {
    el,
    update(v, faction) {
      last = { v, faction };
      render();
    },
    relabel() {
      clock.relabel();
      render();
    },
    togglePause: () => clock.toggle(),
    destroy: () => clock.destroy(),
  };
}

export function connectionText(c: string): string {
  return c === "reconnecting" ? tr("conn.reconnecting") : c === "restarting" ? tr("conn.restarting") : c === "closed" ? tr("conn.closed") : "";
}

/** Why the match connection closed, for the title screen: removed from a class, the seat opened in
 *  another tab or window, or lost. */
export function closedText(code: number): string {
  return code === CLOSE_REMOVED ? "class.removed" : code === CLOSE_TAKEN_OVER ? "conn.takenOver" : "conn.lost";
}
