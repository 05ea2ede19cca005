// One screen at a time in #ui. A screen mounts into its root and returns how to clean up;
// on a language change it is asked to relabel (or is mounted again).
import { onSettings } from "./settings";

export interface Screen {
  name: string;
  mount(root: HTMLElement): void;
  unmount?(): void;
  /** Text changed language; default: mount again. */
  relabel?(): void;
}

let current: Screen | null = null;
let lastLocale = "";

function root(): HTMLElement {
  return document.getElementById("ui") as HTMLElement;
}

export function show(screen: Screen): void {
  current?.unmount?.();
  const el = root();
  el.replaceChildren();
  el.dataset.screen = screen.name;
  document.body.dataset.screen = screen.name;
  current = screen;
  screen.mount(el);
  const focus = el.querySelector<HTMLElement>("[autofocus], h1, button");
  focus?.focus({ preventScroll: true });
}

export function currentScreen(): string {
  return current?.name ?? "";
}

onSettings((s) => {
  if (s.locale === lastLocale) return;
  lastLocale = s.locale;
  if (!current) return;
  if (current.relabel) current.relabel();
  else show(current);
});

export function initRouter(locale: string): void {
  lastLocale = locale;
}
