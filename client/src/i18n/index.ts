// Text for people. Client UI keys live in client/src/i18n; engine keys (factor.*, event.*,
// refusal.*, news.*, milestone.*) come from the engine's own tables through its t().
import { t as engineText, type EngineKey, type Locale, formatMessage } from "../../../shared/index";
import { settings } from "../app/settings";
import { en } from "./en";
import { zhTW } from "./zh-TW";

export type { Locale };
export type UiKey = keyof typeof en;

const UI: Record<Locale, Record<string, string>> = { en, "zh-TW": zhTW };

export function locale(): Locale {
  return settings().locale;
}

/** Parameters, plurals ({n, plural, one {…} other {…}}) and numbers, through Intl. */
function fill(loc: string, text: string, params?: Record<string, string | number>): string {
  return formatMessage(loc, text, params);
}

/** Every text key: the client's UI text and the engine's. */
export type TextKey = UiKey | EngineKey;

/**
 * A key tr() accepts. A literal key, or a finite union of them (`order.${Order["type"]}`), must be a
 * TextKey: a missing text is a type error. A key known only at run time (a string from the server,
 * a `faction.${string}` pattern) passes, and shows as the key itself if there is no text for it.
 */
export type KeyArg<K extends string> = [K] extends [TextKey] ? K : Record<never, never> extends Record<K, 1> ? K : TextKey;

/** Any key: the client's UI text first, then the engine's. */
export function tr<K extends string>(key: KeyArg<K>, params?: Record<string, string | number>): string {
  const loc = locale();
  const own = UI[loc][key];
  const ui = own ?? (en as Record<string, string>)[key];
  if (ui !== undefined) return fill(own !== undefined ? loc : "en", ui, params);
  return engineText(loc, key, params);
}

/** Is there text for this key anywhere? */
export function hasText(key: string): boolean {
  return key in en || engineText("en", key) !== key;
}
