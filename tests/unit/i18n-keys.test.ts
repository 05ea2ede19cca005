// Every piece of text exists in English and Traditional Chinese: each literal key the client
// passes to tr() is a client key or an engine key, both languages have the same keys, none is
// left empty, and placeholders survive translation. Plain file reads: no browser needed
// (this check used to live in the browser suite, tests/e2e/i18n.test.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../client/src/i18n/en";
import { zhTW } from "../../client/src/i18n/zh-TW";
import { MESSAGES, placeholders } from "../../shared/index";

const SRC = resolve(import.meta.dirname, "..", "..", "client", "src");
const engineEn = MESSAGES.en;
const engineZh = MESSAGES["zh-TW"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Keys whose placeholders differ between the two languages (dates are written differently: "Jan 2026" / "2026 年 1 月"). */
function lostPlaceholders(a: Record<string, string>, b: Record<string, string>, except: string[] = []): string[] {
  // "{n}" and "{n, plural, one {…} other {…}}" both use n (each name once).
  const names = (s: string) => placeholders(s).sort().join(",");
  return Object.keys(a).filter((k) => !except.includes(k) && k in b && names(a[k]) !== names(b[k]));
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
    expect(lostPlaceholders(en, zhTW, ["unit.month"])).toEqual([]);
  });
});

describe("tr() keys", () => {
  it("a literal key with no text does not compile (the typecheck runs this file)", () => {
    const tr = (() => "") as unknown as typeof import("../../client/src/i18n").tr;
    const faction = "tesla" as "tesla" | "china";
    tr("common.back");
    tr(`faction.${faction}`);
    tr(String(faction)); // a key known only at run time passes
    // @ts-expect-error no such text
    tr("common.noSuchKey");
    // @ts-expect-error one of the union's keys has no text
    tr(faction === "tesla" ? "common.back" : "common.noSuchKey");
    expect(typeof tr).toBe("function");
  });
});

describe("engine text", () => {
  it("has the same keys in both languages, none empty", () => {
    expect(Object.keys(engineEn).filter((k) => !(k in engineZh))).toEqual([]);
    expect(Object.keys(engineZh).filter((k) => !(k in engineEn))).toEqual([]);
    expect(Object.entries(engineZh).filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it("keeps every placeholder in translation", () => {
    expect(lostPlaceholders(engineEn, engineZh)).toEqual([]);
  });
});
