// Live lists with a button per row (prepay an order, answer a contract, overtime a fab).
// Refusals for any of the list's buttons show right under the list.
import type { Order } from "../../../shared/index";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { monthName } from "../i18n/format";
import { net } from "../net/net";
import { h } from "../ui/dom";
import { confirmDialog, type ConfirmOptions } from "../ui/modal";
import type { PanelContext } from "./context";
import { refusalText } from "./refusal-text";

export interface ListSpec {
  id: string;
  title: string;
  empty: string;
  /** Said instead of `empty` when there is a reason the list stays empty for this seat. */
  emptyText?(ctx: PanelContext): string | null;
  rows(ctx: PanelContext): Array<{ key: string; el: HTMLElement }>;
}

export interface MountedList {
  el: HTMLElement;
  update(ctx: PanelContext): void;
  relabel(): void;
  destroy(): void;
}

/** A button that sends one order, tagged so a refusal finds its way back to this list; an order
 *  that cannot be undone (breaking a contract) asks first. */
export function actionButton(listId: string, key: string, label: string, order: Order, ctx: PanelContext, testid: string, ask?: ConfirmOptions): HTMLButtonElement {
  return h("button", {
    type: "button", class: "btn small", testid, "data-focus-key": `${listId}:${key}:${testid}`, disabled: !ctx.canOrder,
    onclick: async () => {
      if (ask && !(await confirmDialog(ask))) return;
      net.order(order, `${listId}:${key}`);
      play("confirm");
    },
  }, label);
}

export function mountList(spec: ListSpec, first: PanelContext): MountedList {
  let ctx = first;
  const titleEl = h("h3", { class: "form-title" });
  const body = h("div", { class: "list-body", testid: `list-${spec.id}` });
  const refusalEl = h("p", { class: "refusal", testid: `refusal-${spec.id}`, role: "alert", hidden: true });
  const sentEl = h("p", { class: "sent-note", testid: `sent-${spec.id}`, "aria-live": "polite" });
  const el = h("section", { class: "live-list" }, titleEl, body, sentEl, refusalEl);

  /** The month a refusal was given in: a new month clears it. */
  let refusedAt = -1;
  const offRefused = net.on("refused", ({ refusal, origin }) => {
    if (!origin?.startsWith(`${spec.id}:`)) return;
    refusalEl.textContent = refusalText(refusal);
    refusalEl.hidden = false;
    refusedAt = ctx.view.month;
    sentEl.textContent = "";
    play("refused");
  });
  const offQueued = net.on("queued", ({ origin, month }) => {
    if (!origin?.startsWith(`${spec.id}:`)) return;
    refusalEl.hidden = true;
    sentEl.textContent = tr("form.queued", { month: monthName(month + 1) });
  });
  const off = () => {
    offRefused();
    offQueued();
  };

  function render(): void {
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    const rows = spec.rows(ctx);
    body.replaceChildren(...(rows.length ? rows.map((r) => r.el) : [h("p", { class: "muted" }, spec.emptyText?.(ctx) ?? tr(spec.empty))]));
    if (focused) body.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
  }

  function relabel(): void {
    titleEl.textContent = tr(spec.title);
    render();
  }

  relabel();
  return {
    el,
    update(next) {
      ctx = next;
      if (!refusalEl.hidden && ctx.view.month !== refusedAt) refusalEl.hidden = true;
      render();
    },
    relabel,
    destroy: off,
  };
}
