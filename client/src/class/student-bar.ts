// In a class match: the fixed quick messages (no free text in class), the others' quick
// messages as toasts, and the teacher's pause as a banner that leaves the panels usable.
import { tr } from "../i18n";
import { net } from "../net/net";
import { classSession } from "../net/class-session";
import { currentScreen } from "../app/router";
import { h } from "../ui/dom";
import { toast } from "../ui/toasts";

export const QUICK_IDS = ["need-power", "need-chips", "need-memory", "offer-sent", "thanks", "look-at-market"] as const;

let attached: (() => void) | null = null;

export function attachStudentBar(): void {
  if (attached) return;
  const banner = h("div", { class: "teacher-pause", role: "status", "aria-live": "assertive", testid: "teacher-pause", hidden: true });
  const sent = h("span", { class: "muted small", "aria-live": "polite" });
  const bar = h("div", { class: "quick-bar", role: "group", "aria-label": tr("quick.label"), testid: "quick-bar" },
    h("span", { class: "quick-title" }, tr("quick.label")),
    ...QUICK_IDS.map((id) => h("button", {
      type: "button", class: "btn small", testid: `quick-${id}`,
      onclick: () => {
        classSession.send("quick", { id });
        sent.textContent = tr("quick.sent");
        setTimeout(() => (sent.textContent = ""), 2000);
      },
    }, tr(`quick.${id}`))),
    sent);
  const showPause = (by: string | null) => {
    banner.hidden = by === null;
    banner.textContent = by === "class" ? tr("class.waitingForClass") : tr("class.pausedByTeacher");
  };
  document.body.append(banner, bar);
  // Joined (or back after a refresh) while the match is stopped, so no `paused` message: in a
  // class only the teacher or the class's "in step" hold stop a match's clock.
  let other = false;
  const stopped = () => showPause(classSession.view?.status !== "paused" && classSession.view?.inStep ? "class" : "teacher");
  if (net.view?.status === "paused" || classSession.view?.status === "paused") stopped();
  const offs = [
    net.on("clock", (c) => {
      other = c.status === "paused" && c.by !== "teacher" && c.by !== "class"; // e.g. the server's own hold
      if (c.status === "resumed") showPause(null);
      else if (!other) showPause(c.by);
    }),
    net.on("view", (v) => {
      if (v.status === "running") showPause(null);
      else if (v.status === "paused" && banner.hidden && !other) stopped();
      if (v.status === "ended") detach();
    }),
    classSession.on("quick", (q) => toast({ kind: "news", title: `${q.from} · ${tr(`faction.${q.faction}`)}`, text: tr(`quick.${q.id}`), testid: "toast-quick" })),
    classSession.on("closed", () => detach()),
  ];
  // Leaving the match screens (back to the title) takes the bar away too.
  const watch = setInterval(() => {
    if (!["game", "room", "debrief"].includes(currentScreen())) detach();
  }, 1000);
  attached = () => {
    for (const off of offs) off();
    clearInterval(watch);
    banner.remove();
    bar.remove();
  };
}

export function detach(): void {
  attached?.();
  attached = null;
}
