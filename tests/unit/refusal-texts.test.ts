// Refusals: every reason the rules can give is an i18n key with text in English and Traditional Chinese.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../shared/index";
import { MESSAGES } from "../../shared/i18n";
import { placeholders } from "../../shared/i18n/message";

const ROOT = join(__dirname, "../../shared");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === "i18n" ? [] : sources(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

const keys = new Set<string>();
for (const file of sources(ROOT)) for (const m of readFileSync(file, "utf8").matchAll(/["'`](refusal\.[A-Za-z0-9]+)["'`]/g)) keys.add(m[1]);

describe("refusal texts", () => {
  it("the engine's sources use refusal keys (the scan found them)", () => {
    expect(keys.size).toBeGreaterThan(40);
    expect(keys.has("refusal.euvEmbargo")).toBe(true);
    expect(keys.has("refusal.malformed")).toBe(true);
  });

  for (const locale of LOCALES) {
    it(`every refusal key used in shared/ has ${locale} text`, () => {
      const missing = [...keys].filter((k) => !MESSAGES[locale][k]);
      expect(missing).toEqual([]);
    });
  }

  it("the Chinese text is Chinese, not a copy of the English", () => {
    for (const k of keys) {
      expect(MESSAGES["zh-TW"][k], k).not.toBe(MESSAGES.en[k]);
      expect(MESSAGES["zh-TW"][k], k).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("both locales have exactly the same keys, with the same {placeholders}", () => {
    expect(Object.keys(MESSAGES["zh-TW"]).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    // "{n}" and "{n, plural, one {…} other {…}}" both use n (each name once).
    const holes = (s: string) => placeholders(s);
    for (const k of Object.keys(MESSAGES.en)) expect(holes(MESSAGES["zh-TW"][k] ?? ""), k).toEqual(holes(MESSAGES.en[k]));
  });
});
