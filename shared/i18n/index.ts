// Text for people, in English and Traditional Chinese. Engine code uses keys only.
import { en } from "./en";
import { formatMessage } from "./message";
import { zhTW } from "./zh-TW";

export const LOCALES = ["en", "zh-TW"] as const;
export type Locale = (typeof LOCALES)[number];
export const MESSAGES: Record<Locale, Record<string, string>> = { en, "zh-TW": zhTW };
/** Every key the engine has text for. */
export type EngineKey = keyof typeof en;

/** The text for a key with {params} filled in (plurals and numbers: see message.ts); falls back to English, then to the key. */
export function t(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const own = MESSAGES[locale]?.[key];
  const text = own ?? MESSAGES.en[key] ?? key;
  return formatMessage(own !== undefined ? locale : "en", text, params);
}
