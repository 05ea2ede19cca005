// The tabbed order panel beside the map. Tabs are buttons (keyboard: arrows move between tabs).
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { h } from "../ui/dom";
import { openGlossary } from "../ui/glossary";
import type { PanelContext } from "./context";
import { mountForm, type MountedForm } from "./form";
import { mountList, type MountedList } from "./list";
import { TABS, TAB_IDS, type TabId } from "./tabs";
import type { Widget } from "./widgets";

type Part = MountedForm | MountedList | (Widget & { relabel?: () => void; destroy?: () => void });

export interface OrderPanel {
  el: HTMLElement;
  update(ctx: PanelContext): void;
  relabel(): void;
  show(tab: TabId): void;
  /** Open the tab holding this form, scroll to it and make it glow. */
  focusForm(formId: string): void;
  destroy(): void;
}

export function mountOrderPanel(first: PanelContext): OrderPanel {
  let ctx = first;
  let active: TabId = "fabs";
  const tabBar = h("div", { class: "tabs", role: "tablist" });
  const glossBtn = h("button", { type: "button", class: "btn ghost small gloss-btn", testid: "btn-glossary", onclick: () => openGlossary() });
  const body = h("div", { class: "tab-body" });
  const el = h("aside", { class: "order-panel", testid: "order-panel", "aria-label": tr("panel.orders") }, h("div", { class: "tabs-row" }, tabBar, glossBtn), body);
  const parts = new Map<TabId, Part[]>();
  const pages = new Map<TabId, HTMLElement>();
  const buttons = new Map<TabId, HTMLButtonElement>();

  for (const id of TAB_IDS) {
    const page = h("div", { class: "tab-page", role: "tabpanel", id: `tab-page-${id}`, testid: `panel-${id}`, hidden: id !== active });
    const list: Part[] = [];
    for (const item of TABS[id]) {
      const part: Part = "form" in item ? mountForm(item.form, ctx) : "list" in item ? mountList(item.list, ctx) : item.widget();
      if ("widget" in item) part.update(ctx);
      page.append(part.el);
      list.push(part);
    }
    parts.set(id, list);
    pages.set(id, page);
    body.append(page);
    const btn = h("button", {
      type: "button", role: "tab", class: "tab", testid: `tab-${id}`, "aria-controls": `tab-page-${id}`,
      onclick: () => {
        play("click");
        show(id);
        body.scrollTop = 0;
      },
      onkeydown: (e: KeyboardEvent) => {
        if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
        const i = TAB_IDS.indexOf(id) + (e.key === "ArrowRight" ? 1 : -1);
        const next = TAB_IDS[(i + TAB_IDS.length) % TAB_IDS.length];
        show(next);
        buttons.get(next)?.focus();
      },
    });
    buttons.set(id, btn);
    tabBar.append(btn);
  }

  function show(id: TabId): void {
    active = id;
    for (const [tid, page] of pages) page.hidden = tid !== id;
    for (const [tid, btn] of buttons) {
      btn.setAttribute("aria-selected", String(tid === id));
      btn.tabIndex = tid === id ? 0 : -1;
    }
    for (const p of parts.get(id) ?? []) p.update(ctx);
  }

  /** Offers waiting for the player's answer show on the Contracts tab. */
  function badges(): void {
    const waiting = ctx.view.contracts.filter((c) => c.status === "offered" && c.offeredBy !== ctx.faction && (c.buyer === ctx.faction || c.seller === ctx.faction)).length;
    const btn = buttons.get("deals");
    if (btn) btn.textContent = waiting ? `${tr("tab.deals")} (${waiting})` : tr("tab.deals");
    btn?.classList.toggle("attention", waiting > 0);
  }

  function relabel(): void {
    for (const [id, btn] of buttons) btn.textContent = tr(`tab.${id}`);
    glossBtn.textContent = `? ${tr("gloss.open")}`;
    glossBtn.title = tr("gloss.openTitle");
    badges();
    el.setAttribute("aria-label", tr("panel.orders"));
    for (const list of parts.values()) for (const p of list) {
      if ("relabel" in p && p.relabel) p.relabel();
      else p.update(ctx);
    }
  }

  relabel();
  show(active);
  return {
    el,
    update(next) {
      ctx = next;
      for (const p of parts.get(active) ?? []) p.update(ctx);
      badges();
    },
    relabel,
    show,
    focusForm(formId) {
      for (const id of TAB_IDS) {
        const form = pages.get(id)?.querySelector<HTMLElement>(`[data-order="${formId}"]`);
        if (!form) continue;
        show(id);
        form.scrollIntoView({ block: "start", behavior: "smooth" });
        form.classList.remove("glow");
        void form.offsetWidth;
        form.classList.add("glow");
        form.querySelector<HTMLElement>("select, input, button")?.focus({ preventScroll: true });
        return;
      }
    },
    destroy() {
      for (const list of parts.values()) for (const p of list) if ("destroy" in p && p.destroy) p.destroy();
    },
  };
}
