// One screen at a time in #ui. A screen mounts into its root and returns how to clean up;
// on a language change it is asked to relabel (or is mounted again).
import { onSettings } from "./settings";

/** How the title was reached: `takenOver` when this tab's seat was opened in another one. */
export interface TitleOptions { takenOver?: boolean }

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

/**
 * Screens others go back to, by name. Each registers itself when its module loads, so a screen
 * reaches another through the router instead of importing it (no import cycles between screens;
 * tests/unit/import-cycles.test.ts). Lazily loaded screens are registered once their chunk is in.
 */
export interface ScreenFactories {
  title: (message?: string, opts?: TitleOptions) => Screen;
  lobby: () => Screen;
  teach: (notice?: string) => Screen;
  game: () => Screen;
  room: () => Screen;
  debrief: () => Screen;
}

const factories: Partial<ScreenFactories> = {};
let loadMatchScreens: (() => Promise<unknown>) | null = null;

/** How the match screens' chunk (game, room, debrief) loads: main.ts says, so no screen imports them. */
export function setMatchScreens(load: () => Promise<unknown>): void {
  loadMatchScreens = load;
}

/** Load the match screens (they register themselves); at once when they are in already. */
export function matchScreens(): Promise<unknown> {
  return loadMatchScreens ? loadMatchScreens() : Promise.reject(new Error("no loader for the match screens"));
}

export function registerScreen<K extends keyof ScreenFactories>(name: K, make: ScreenFactories[K]): void {
  factories[name] = make;
}

/** The registered screen `name` (its module is loaded by then: the title with the page, the teacher's with the class chunk, the match screens through matchScreens()). */
export function screenOf<K extends keyof ScreenFactories>(name: K): ScreenFactories[K] {
  const make = factories[name];
  if (!make) throw new Error(`screen "${name}" is not registered (its module is not loaded)`);
  return make;
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
