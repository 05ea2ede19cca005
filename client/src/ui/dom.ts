// A tiny DOM builder: h("button", { class: "x", onclick }, "text", child).
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, unknown>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value as EventListener);
    } else if (key === "class") {
      el.className = String(value);
    } else if (key === "testid") {
      el.setAttribute("data-testid", String(value));
    } else if (key === "style" && typeof value === "object") {
      Object.assign(el.style, value);
    } else if (key === "value" && "value" in el) {
      (el as HTMLInputElement).value = String(value);
    } else if (key === "checked" && "checked" in el) {
      (el as HTMLInputElement).checked = Boolean(value);
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(c instanceof Node ? c : String(c));
  }
}

/** Replace all children of an element. */
export function setChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Replace an element's children, keeping the keyboard focus on the same control (by its test id):
 *  a screen redrawn under a keyboard player must not drop the focus to the page. */
export function redraw(slot: Element, ...next: Node[]): void {
  const focused = document.activeElement?.getAttribute("data-testid");
  const inside = focused && slot.contains(document.activeElement);
  slot.replaceChildren(...next);
  if (inside) slot.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus({ preventScroll: true });
}

const SVG_NS = "http://www.w3.org/2000/svg";
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: Array<SVGElement | string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** An icon button's name: read by screen readers and shown on hover. */
export function nameIcon(el: HTMLElement, text: string): void {
  el.setAttribute("aria-label", text);
  el.title = text;
}
