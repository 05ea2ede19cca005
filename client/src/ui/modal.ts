// A modal dialog over the current screen; Escape or the close button dismisses it.
import { tr } from "../i18n";
import { h } from "./dom";

export function openModal(title: string, body: HTMLElement, testid: string, onClose?: () => void): () => void {
  const root = document.getElementById("modal-root") as HTMLElement;
  const previous = document.activeElement as HTMLElement | null;
  const closeBtn = h("button", { type: "button", class: "btn ghost close", testid: `${testid}-close`, "aria-label": tr("common.close") }, "✕");
  const dialog = h("div", { class: "modal", role: "dialog", "aria-modal": "true", "aria-label": title, testid },
    h("div", { class: "modal-head" }, h("h2", {}, title), closeBtn), body);
  const backdrop = h("div", { class: "backdrop" }, dialog);
  const close = () => {
    backdrop.remove();
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
  return close;
}
