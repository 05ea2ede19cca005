// An order form: fields, the engine's preview of cost and consequence (its dry run of the
// order, asked for as the fields change), a confirm button and, right below it, the server's
// refusal in plain words when the order is refused. The form holds no rule of its own.
import { OrderSchema, whoMayRefusal, type Order, type OrderPreview, type OrderType } from "../../../shared/index";
import { play } from "../audio/audio";
import { tr } from "../i18n";
import { money, monthName } from "../i18n/format";
import { net } from "../net/net";
import { h } from "../ui/dom";
import { openGlossary, type GlossaryTerm } from "../ui/glossary";
import { effectText } from "./effect-text";
import { refusalText } from "./refusal-text";
import type { PanelContext } from "./context";

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

interface FieldBase {
  name: string;
  label: string;
  kind: "select" | "number" | "checkbox";
  options?: (ctx: PanelContext) => Option[];
  min?: number;
  max?: number;
  step?: number;
  /** Hide the field when this returns false. */
  visible?: (ctx: PanelContext, values: Values) => boolean;
}

/** A field starts from a fixed default, or from one that follows the other fields (a contract's
 *  price, the chosen good's market price, the chosen fab's overtime) until the player changes it. */
export type Field = FieldBase & (
  | { initial: (ctx: PanelContext) => string | number | boolean; follows?: never }
  | { follows: (ctx: PanelContext, values: Values) => string | number | boolean; initial?: never }
);

export interface FormSpec {
  /** The order type the form gives. */
  id: OrderType;
  title: string;
  help?: string;
  fields: Field[];
  /** The order the fields describe, or null when a choice is missing (the schema checks the rest). */
  build(values: Values, ctx: PanelContext): Order | null;
}

/** Quiet time after the last keystroke before the engine is asked for a preview. */
const PREVIEW_DEBOUNCE_MS = 150;

/** The order the fields describe, if the schema accepts it (its bounds are the server's). */
function validOrder(spec: FormSpec, values: Values, ctx: PanelContext): Order | null {
  const order = spec.build(values, ctx);
  return order && OrderSchema.safeParse(order).success ? order : null;
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
  for (const f of spec.fields) if (f.initial) values[f.name] = f.initial(ctx);
  for (const f of spec.fields) if (f.follows) values[f.name] = f.follows(ctx, values);
  /** Fields the player has changed: their defaults no longer follow the others. */
  const touched = new Set<string>();

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
      touched.add(f.name);
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
    const order = validOrder(spec, values, ctx);
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

  /** The order the preview was last asked about and the month it was asked in (a new month, a
   *  new state: asked again), and the last answer with the order it is for. */
  let asked = "";
  let askedIn = -1;
  let answer: { order: string; preview: OrderPreview } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function askPreview(order: Order | null): void {
    const about = order ? JSON.stringify(order) : "";
    if (about === asked && ctx.view.month === askedIn) return;
    asked = about;
    askedIn = ctx.view.month;
    if (timer) clearTimeout(timer);
    timer = null;
    if (!order) return;
    timer = setTimeout(() => {
      timer = null;
      net.preview(order).then((preview) => {
        if (!preview || asked !== about) return;
        answer = { order: about, preview };
        render();
      }, () => undefined);
    }, PREVIEW_DEBOUNCE_MS);
  }

  /** The last answer: kept on screen while the next is on its way, so the lines do not flicker.
   *  Confirm waits only on a refusal of this very order (a new month's answer may lift it). */
  function render(): void {
    const p = asked ? answer?.preview : undefined;
    const refused = p && !p.ok ? p.refusal : null;
    const cost = p?.ok && p.cost !== null ? h("div", { class: `cost${p.cost > ctx.me.cash ? " over" : ""}` }, tr("form.costNow", { cost: money(p.cost) })) : null;
    const lines = p?.ok ? p.effects.map((e) => h("div", { class: e.caution ? "warn" : "line" }, effectText(e))) : [];
    const warn = refused ? h("div", { class: "warn", testid: `preview-refusal-${spec.id}` }, refusalText(refused)) : null;
    previewEl.replaceChildren(...[cost, ...lines, warn].filter(Boolean) as HTMLElement[]);
    const refusedThis = refused !== null && answer?.order === asked;
    confirm.disabled = notYours() !== null || !ctx.canOrder || !asked || refusedThis;
  }

  /** Who may give this order is the engine's one table. */
  function notYours() {
    return whoMayRefusal(spec.id, ctx.faction);
  }

  function followDefaults(): void {
    for (const f of spec.fields) {
      if (!f.follows || touched.has(f.name)) continue;
      const next = f.follows(ctx, values);
      if (next === values[f.name]) continue;
      values[f.name] = next;
      const input = inputs.get(f.name)!;
      if (f.kind === "checkbox") (input as HTMLInputElement).checked = Boolean(next);
      else input.value = String(next);
    }
  }

  function refresh(): void {
    if (!refusalEl.hidden && ctx.view.month !== refusedAt) refusalEl.hidden = true;
    const reason = notYours();
    unavailableEl.textContent = reason ? refusalText(reason) : "";
    unavailableEl.hidden = !reason;
    el.classList.toggle("is-unavailable", Boolean(reason));
    for (const f of spec.fields) rows.get(f.name)!.hidden = f.visible ? !f.visible(ctx, values) : false;
    // Options first: a default may follow the chosen option (the fab whose overtime it toggles).
    syncOptions();
    followDefaults();
    askPreview(reason ? null : validOrder(spec, values, ctx));
    render();
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
      if (timer) clearTimeout(timer);
      offRefused();
      offQueued();
    },
  };
}
