// Toasts: events, milestones, fab completions. Stacked over the map's top-left corner in a match
// (map-box.ts), top-right elsewhere; dismissed after a while (or by a click), announced to
// screen readers through the live region.
import { settings } from "../app/settings";
import { h } from "./dom";

export interface ToastOptions {
  title?: string;
  text: string;
  kind: "event" | "milestone" | "news" | "victory" | "warn";
  testid?: string;
  ms?: number;
}

const MAX = 5;

export function toast(o: ToastOptions): void {
  const root = document.getElementById("toasts");
  if (!root) return;
  const el = h("div", { class: `toast toast-${o.kind}`, testid: o.testid ?? `toast-${o.kind}`, role: o.kind === "warn" ? "alert" : "status" },
    o.title ? h("strong", {}, o.title) : null, h("span", {}, o.text));
  const close = () => {
    el.classList.add("leaving");
    setTimeout(() => el.remove(), settings().reducedMotion ? 0 : 250);
  };
  el.addEventListener("click", close);
  root.prepend(el);
  while (root.children.length > MAX) root.lastElementChild?.remove();
  setTimeout(close, o.ms ?? (o.kind === "milestone" || o.kind === "victory" ? 12_000 : 8_000));
}

export function clearToasts(): void {
  document.getElementById("toasts")?.replaceChildren();
}
