// Player settings, remembered in localStorage: volumes, mute, language, palette, motion.
import { Emitter } from "./emitter";
import type { Locale } from "../../../shared/index";

export interface Settings {
  musicVolume: number;
  effectsVolume: number;
  muted: boolean;
  locale: Locale;
  colorBlind: boolean;
  reducedMotion: boolean;
  tutorialDone: boolean;
  name: string;
}

const KEY = "terrafab.settings";

function defaults(): Settings {
  const zh = typeof navigator !== "undefined" && /^zh-(TW|HK|Hant)/i.test(navigator.language);
  const reduced = typeof matchMedia !== "undefined" && matchMedia("(prefers-reduced-motion: reduce)").matches;
  return { musicVolume: 0.5, effectsVolume: 0.8, muted: false, locale: zh ? "zh-TW" : "en", colorBlind: false, reducedMotion: reduced, tutorialDone: false, name: "" };
}

function load(): Settings {
  const base = defaults();
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return base;
    const saved = JSON.parse(raw) as Partial<Settings>;
    const merged = { ...base, ...saved };
    if (merged.locale !== "en" && merged.locale !== "zh-TW") merged.locale = base.locale;
    merged.musicVolume = clamp01(merged.musicVolume);
    merged.effectsVolume = clamp01(merged.effectsVolume);
    return merged;
  } catch {
    return base;
  }
}

function clamp01(v: unknown): number {
  const n = typeof v === "number" && Number.isFinite(v) ? v : 0.5;
  return Math.min(1, Math.max(0, n));
}

const events = new Emitter<{ change: Settings }>();
let current = load();

export function settings(): Readonly<Settings> {
  return current;
}

export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private mode or full storage: settings still apply for this visit.
  }
  applyDocumentSettings();
  events.emit("change", current);
}

export function onSettings(fn: (s: Settings) => void): () => void {
  return events.on("change", fn);
}

/** Reflect palette, motion and language on <html> so CSS and screen readers follow. */
export function applyDocumentSettings(): void {
  const root = document.documentElement;
  root.lang = current.locale;
  root.classList.toggle("cb", current.colorBlind);
  root.classList.toggle("reduced-motion", current.reducedMotion);
}
