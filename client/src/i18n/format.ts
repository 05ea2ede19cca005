// Numbers, money and dates in the player's language. Engine units: money $M, compute GW,
// wafers in thousands, month 0 = January 2026.
import { START_YEAR } from "../../../shared/index";
import { hasText, locale, tr, type Locale } from "./index";

function nf(digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function num(v: number, digits = 0): string {
  return nf(digits).format(Number.isFinite(v) ? v : 0);
}

/** $M → "$36.0 B" or "$850 M" (in Chinese: 360 億美元, 8.5 億美元, 85 百萬美元). */
export function money(millions: number): string {
  const sign = millions < 0 ? "−" : "";
  const m = Math.abs(millions);
  // Nothing is nothing: "$0 M", never "$0.0 M".
  if (m < 0.05) return tr("unit.millions", { v: num(0) });
  if (locale() === "zh-TW") {
    if (m >= 100) return `${sign}${tr("unit.yi", { v: num(m / 100, m >= 10_000 ? 0 : 1) })}`;
    return `${sign}${tr("unit.millions", { v: num(m, m >= 10 ? 0 : 1) })}`;
  }
  if (m >= 1000) return `${sign}${tr("unit.billions", { v: num(m / 1000, m >= 100_000 ? 0 : 1) })}`;
  return `${sign}${tr("unit.millions", { v: num(m, m >= 10 ? 0 : 1) })}`;
}

export function gw(v: number): string {
  return tr("unit.gw", { v: num(v, v >= 100 ? 0 : v >= 10 ? 1 : 2) });
}

export function pct(share: number, digits = 0): string {
  return `${num(share * 100, digits)} %`;
}

export function monthName(month: number): string {
  const year = START_YEAR + Math.floor(month / 12);
  const m = (((month % 12) + 12) % 12) + 1;
  return tr("unit.month", { y: year, m, mon: tr(`month.${m}`) });
}

export function years(months: number): string {
  return tr("unit.years", { v: num(months / 12, 1) });
}

/** How each language strings things together: list items ("a, b" / "a、b"), clauses ("a; b" /
 *  "a；b") and sentences (a space in English; a Chinese full stop needs none). */
const JOINS: Record<Locale, { list: string; clause: string; sentence: string }> = {
  en: { list: ", ", clause: "; ", sentence: " " },
  "zh-TW": { list: "、", clause: "；", sentence: "" },
};

export function listOf(items: string[]): string {
  return items.join(JOINS[locale()].list);
}

export function clausesOf(items: string[]): string {
  return items.join(JOINS[locale()].clause);
}

/** Sentences one after another (empty ones left out). */
export function sentences(...items: string[]): string {
  return items.filter(Boolean).join(sentenceGap());
}

/** What goes between two sentences set in separate elements (a lesson's title and its text). */
export function sentenceGap(): string {
  return JOINS[locale()].sentence;
}

/** A good named inside a sentence ("Buy leading-edge wafers from TSMC"); `good.*` is its label,
 *  capitalised for menus and headings. A string that names no good is returned as it is. */
export function goodInText(good: string): string {
  return hasText(`goodText.${good}`) ? tr(`goodText.${good}`) : good;
}
