// An order form: fields, a live preview of cost and consequence, a confirm button and,
// right below it, the server's refusal in plain words when the order is refused.
import type { Order } from "../../../shared/index";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { money, monthName } from "../i18n/format";
import { net } from "../net/net";
import { h } from "../ui/dom";
import { openGlossary, type GlossaryTerm } from "../ui/glossary";
import { refusalText } from "./refusal-text";
import type { PanelContext, Preview } from "./context";

export type Values = Record<string, string | number | boolean>;

/** The glossary entry beside a form's title: the word that form needs you to know. */
const FORM_GLOSSARY: Partial<Record<string, GlossaryTerm>> = {
  buildFab: "waferStarts", expandFab: "node", setOvertime: "fab", orderToolKit: "euv", orderTools: "duv", fundVendor: "euv",
  setHbmShare: "hbm", setProcurement: "dram", spotTrade: "hbm", hire: "yield", fundResearch: "euv", buildPower: "gw", launch: "accelerator",
};

export interface Option {
  value: string;
  label: string;
}

export interface Field {
  name: string;
  label: string;
  kind: "select" | "number" | "checkbox";
  options?: (ctx: PanelContext) => Option[];
  min?: number;
  max?: number;
  step?: number;
  initial: (ctx: PanelContext) => string | number | boolean;
  /** Hide the field when this returns false. */
  visible?: (ctx: PanelContext, values: Values) => boolean;
}

export interface FormSpec {
  id: string;
  title: string;
  help?: string;
  fields: Field[];
  build(values: Values, ctx: PanelContext): Order | null;
  preview(values: Values, ctx: PanelContext): Preview;
  /** Null when this faction may give the order; otherwise an i18n key saying why not. */
  unavailable?(ctx: PanelContext): string | null;
}

export interface MountedForm {
  el: HTMLElement;
  update(ctx: PanelContext): void;
  relabel(): void;
  destroy(): void;
}

export function mountForm(spec: FormSpec, first: PanelContext): MountedForm {
  let ctx = first;
  const values: Values = {};
  for (const f of spec.fields) values[f.name] = f.initial(ctx);

  // tabindex -1: after a confirm the focus rests on the form itself, where no key re-sends the order.
  const el = h("form", { class: "order-form", testid: `form-${spec.id}`, "data-order": spec.id, novalidate: true, tabindex: -1 });
  const titleText = h("span", {});
  const glossTerm = FORM_GLOSSARY[spec.id];
  const glossLink = glossTerm ? h("button", { type: "button", class: "gloss-link", testid: `gloss-link-${spec.id}`, onclick: () => openGlossary(glossTerm) }) : null;
  const titleEl = h("h3", { class: "form-title" }, titleText, glossLink);
  const helpEl = h("p", { class: "form-help" });
  const fieldsEl = h("div", { class: "fields" });
  const previewEl = h("div", { class: "preview", testid: `preview-${spec.id}`, "aria-live": "polite" });
  const confirm = h("button", { type: "submit", class: "btn primary", testid: `confirm-${spec.id}` });
  const sentEl = h("span", { class: "sent-note", testid: `sent-${spec.id}` });
  const refusalEl = h("p", { class: "refusal", testid: `refusal-${spec.id}`, role: "alert", hidden: true });
  const unavailableEl = h("p", { class: "unavailable" });
  el.append(titleEl, helpEl, unavailableEl, fieldsEl, previewEl, h("div", { class: "form-actions" }, confirm, sentEl), refusalEl);

  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const labels = new Map<string, HTMLElement>();
  const rows = new Map<string, HTMLElement>();
  for (const f of spec.fields) {
    const id = `f-${spec.id}-${f.name}`;
    const label = h("label", { for: id });
    let input: HTMLInputElement | HTMLSelectElement;
    if (f.kind === "select") {
      input = h("select", { id, name: f.name, testid: `field-${spec.id}-${f.name}` });
    } else if (f.kind === "checkbox") {
      input = h("input", { id, name: f.name, type: "checkbox", testid: `field-${spec.id}-${f.name}`, checked: Boolean(values[f.name]) });
    } else {
      input = h("input", { id, name: f.name, type: "number", inputmode: "decimal", min: f.min, max: f.max, step: f.step ?? "any", value: values[f.name], testid: `field-${spec.id}-${f.name}` });
    }
    input.addEventListener("input", () => {
      values[f.name] = f.kind === "checkbox" ? (input as HTMLInputElement).checked : f.kind === "number" ? Number(input.value) : input.value;
      refresh();
    });
    const row = h("div", { class: `field field-${f.kind}` }, label, input);
    inputs.set(f.name, input);
    labels.set(f.name, label);
    rows.set(f.name, row);
    fieldsEl.append(row);
  }

  let lastSentAt = 0;
  /** The month a refusal was given in: a new month (a new state) clears it. */
  let refusedAt = -1;
  el.addEventListener("submit", (e) => {
    e.preventDefault();
    const order = spec.build(values, ctx);
    if (!order || !ctx.canOrder) {
      play("refused");
      return;
    }
    refusalEl.hidden = true;
    net.order(order, spec.id);
    if (document.activeElement === confirm || document.activeElement === el) el.focus({ preventScroll: true });
    lastSentAt = Date.now();
    sentEl.textContent = tr("form.sent");
    play("confirm");
  });

  const offQueued = net.on("queued", ({ origin, month }) => {
    if (origin !== spec.id) return;
    sentEl.textContent = tr("form.queued", { month: monthName(month + 1) });
    lastSentAt = Date.now();
  });
  const offRefused = net.on("refused", ({ refusal, origin }) => {
    if (origin !== spec.id) return;
    refusalEl.textContent = refusalText(refusal);
    refusalEl.hidden = false;
    refusedAt = ctx.view.month;
    sentEl.textContent = "";
    play("refused");
  });

  function syncOptions(): void {
    for (const f of spec.fields) {
      const input = inputs.get(f.name);
      if (f.kind !== "select" || !(input instanceof HTMLSelectElement) || !f.options) continue;
      const opts = f.options(ctx);
      const sig = opts.map((o) => `${o.value}=${o.label}`).join("|");
      if (input.dataset.sig !== sig) {
        input.replaceChildren(...(opts.length ? opts.map((o) => h("option", { value: o.value }, o.label)) : [h("option", { value: "" }, tr("form.noChoice"))]));
        input.dataset.sig = sig;
      }
      if (!opts.some((o) => o.value === values[f.name])) values[f.name] = opts[0]?.value ?? "";
      input.value = String(values[f.name]);
      input.disabled = opts.length === 0;
    }
  }

  function refresh(): void {
    if (!refusalEl.hidden && ctx.view.month !== refusedAt) refusalEl.hidden = true;
    const reason = spec.unavailable?.(ctx) ?? null;
    unavailableEl.textContent = reason ? tr(reason) : "";
    unavailableEl.hidden = !reason;
    el.classList.toggle("is-unavailable", Boolean(reason));
    for (const f of spec.fields) rows.get(f.name)!.hidden = f.visible ? !f.visible(ctx, values) : false;
    syncOptions();
    const p = reason ? { cost: null, lines: [] } : spec.preview(values, ctx);
    const cost = p.cost !== null ? h("div", { class: `cost${p.cost > ctx.me.cash ? " over" : ""}` }, tr("form.costNow", { cost: money(p.cost) })) : null;
    previewEl.replaceChildren(...[cost, ...p.lines.map((l) => h("div", { class: "line" }, l)), p.warn ? h("div", { class: "warn" }, p.warn) : null].filter(Boolean) as HTMLElement[]);
    confirm.disabled = Boolean(reason) || !ctx.canOrder || spec.build(values, ctx) === null;
    if (sentEl.textContent && Date.now() - lastSentAt > 20_000) sentEl.textContent = "";
  }

  function relabel(): void {
    titleText.textContent = tr(spec.title);
    if (glossLink && glossTerm) {
      glossLink.textContent = `? ${tr(`gloss.${glossTerm}`)}`;
      glossLink.title = tr("gloss.openTitle");
    }
    helpEl.textContent = spec.help ? tr(spec.help) : "";
    helpEl.hidden = !spec.help;
    confirm.textContent = tr("form.confirm");
    for (const f of spec.fields) labels.get(f.name)!.textContent = tr(f.label);
    for (const input of inputs.values()) delete input.dataset.sig;
    refresh();
  }

  relabel();
  return {
    el,
    update(next) {
      ctx = next;
      refresh();
    },
    relabel,
    destroy() {
      offRefused();
      offQueued();
    },
  };
}
