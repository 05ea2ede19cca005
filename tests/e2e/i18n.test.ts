// Every piece of client text exists in English and Traditional Chinese: each literal key the
// client passes to tr() is a client key or an engine key, and no Chinese text is left empty.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../client/src/i18n/en";
import { zhTW } from "../../client/src/i18n/zh-TW";
import { en as engineEn } from "../../shared/i18n/en";
import { placeholders } from "../../shared/i18n/message";

const SRC = resolve(import.meta.dirname, "..", "..", "client", "src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("client text", () => {
  it("has every key used in the code, in both languages", () => {
    const used = new Set<string>();
    for (const file of sources(SRC)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\btr\("([^"]+)"/g)) used.add(m[1]);
      for (const m of text.matchAll(/\b(?:key|title|help|label|empty|actionLabel): "([a-z][\w-]*\.[\w.-]+)"/g)) used.add(m[1]);
    }
    const missing = [...used].filter((k) => !(k in en) && !(k in engineEn));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(200);
  });

  it("translates every client key", () => {
    const empty = Object.entries(zhTW).filter(([, v]) => !v.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
    expect(Object.keys(zhTW).sort()).toEqual(Object.keys(en).sort());
    // Placeholders survive translation (dates are written differently: "Jan 2026" / "2026 年 1 月").
    const lost = Object.keys(en).filter((k) => k !== "unit.month").filter((k) => {
      // "{n}" and "{n, plural, one {…} other {…}}" both use n (each name once).
      const names = (s: string) => placeholders(s).join(",");
      return names(en[k as keyof typeof en]) !== names(zhTW[k as keyof typeof en]);
    });
    expect(lost).toEqual([]);
  });
});
