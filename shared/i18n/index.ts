// Text for people, in English and Traditional Chinese. Engine code uses keys only.
import { en } from "./en";
import { zhTW } from "./zh-TW";

export const LOCALES = ["en", "zh-TW"] as const;
export type Locale = (typeof LOCALES)[number];
export const MESSAGES: Record<Locale, Record<string, string>> = { en, "zh-TW": zhTW };

/** The text for a key with {params} filled in; falls back to English, then to the key. */
export function t(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const text = MESSAGES[locale]?.[key] ?? en[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
