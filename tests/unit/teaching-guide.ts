// The teaching guide as its tests read it: its English and Traditional Chinese halves, and the
// figures a sentence quotes.
import { readFileSync } from "node:fs";
import { expect } from "vitest";

const guide = readFileSync(new URL("../../docs/teaching-guide.md", import.meta.url), "utf8");
const zhAt = guide.indexOf("## 繁體中文");
export const en = guide.slice(0, zhAt);
export const zh = guide.slice(zhAt);

/** The numbers a pattern captures, with thousands separators (spaces, commas) taken out. */
export function quotedAll(text: string, pattern: RegExp): number[] {
  const m = pattern.exec(text);
  expect(m, `the guide should say ${pattern}`).not.toBeNull();
  return m!.slice(1).map((x) => Number(x.replace(/[ ,]/g, "")));
}

/** The one number a pattern captures. */
export function quoted(text: string, pattern: RegExp): number {
  return quotedAll(text, pattern)[0];
}
