// A modal dialog over the current screen; Escape or the close button dismisses it.
import { tr } from "../i18n";
import { h } from "./dom";

/** Open dialogs: a solo match pauses while any is open (see the game screen). */
let openCount = 0;
const watchers = new Set<(open: number) => void>();

/** Be told how many modal dialogs are open whenever that changes. Returns the unsubscribe. */
export function watchModals(fn: (open: number) => void): () => void {
  watchers.add(fn);
  return () => watchers.delete(fn);
}

function setOpen(n: number): void {
  openCount = n;
  for (const fn of [...watchers]) fn(openCount);
}

export function modalsOpen(): number {
  return openCount;
}

export function openModal(title: string, body: HTMLElement, testid: string, onClose?: () => void): () => void {
  const root = document.getElementById("modal-root") as HTMLElement;
  const previous = document.activeElement as HTMLElement | null;
  const closeBtn = h("button", { type: "button", class: "btn ghost close", testid: `${testid}-close`, "aria-label": tr("common.close") }, "✕");
  const dialog = h("div", { class: "modal", role: "dialog", "aria-modal": "true", "aria-label": title, testid },
    h("div", { class: "modal-head" }, h("h2", {}, title), closeBtn), body);
  const backdrop = h("div", { class: "backdrop" }, dialog);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    backdrop.remove();
    setOpen(Math.max(0, openCount - 1));
    document.removeEventListener("keydown", onKey);
    previous?.focus?.({ preventScroll: true });
    onClose?.();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") close();
  };
  closeBtn.addEventListener("click", close);
  backdrop.addEventListener("click", (e) => {
    if (e.target === backdrop) close();
  });
  document.addEventListener("keydown", onKey);
  root.append(backdrop);
  closeBtn.focus();
  setOpen(openCount + 1);
  return close;
}

export interface ConfirmOptions {
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  testid: string;
}

/** A yes/no question in a modal dialog; resolves true only when the confirm button is used. */
export function confirmDialog(o: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = false;
    const yes = h("button", { type: "button", class: "btn danger", testid: `${o.testid}-yes` }, o.confirm);
    const no = h("button", { type: "button", class: "btn primary", testid: `${o.testid}-no` }, o.cancel);
    const body = h("div", { class: "confirm-body" }, h("p", {}, o.text), h("div", { class: "confirm-actions" }, no, yes));
    const close = openModal(o.title, body, o.testid, () => resolve(answer));
    yes.addEventListener("click", () => {
      answer = true;
      close();
    });
    no.addEventListener("click", () => close());
    no.focus();
  });
}
