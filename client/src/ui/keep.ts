// The HUD is redrawn with every view (twice a month and more): writing only what changed keeps an
// unchanged HUD free of style, layout and paint work, which is what makes a month's frame slow.

/** Set an element's text only when it differs. */
export function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Set an attribute only when it differs. */
export function setAttr(el: HTMLElement, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

const keys = new WeakMap<Element, string>();

/** Rebuild an element's children only when the key of what they show changed. */
export function renderKeyed(el: Element, key: string, build: () => Array<Node | string>): void {
  if (keys.get(el) === key) return;
  keys.set(el, key);
  el.replaceChildren(...build());
}
