// Message templates: plurals and numbers through Intl in English and Traditional Chinese,
// and no stray spaces between Chinese words.
import { describe, expect, it } from "vitest";
import { t } from "../../shared/i18n";
import { formatMessage, placeholders, tidyChinese } from "../../shared/i18n/message";
import { en } from "../../client/src/i18n/en";
import { zhTW } from "../../client/src/i18n/zh-TW";

describe("message templates", () => {
  const launches = "{n, plural, =0 {no launches} one {# launch} other {# launches}} flew";

  it("chooses the English plural form with Intl.PluralRules", () => {
    expect(formatMessage("en", launches, { n: 0 })).toBe("no launches flew");
    expect(formatMessage("en", launches, { n: 1 })).toBe("1 launch flew");
    expect(formatMessage("en", launches, { n: 2 })).toBe("2 launches flew");
    expect(formatMessage("en", launches, { n: 12000 })).toBe("12,000 launches flew");
    // A number already written with decimals keeps them, and "1.0" is plural in English.
    expect(formatMessage("en", "{y, plural, one {# year} other {# years}}", { y: "1.0" })).toBe("1.0 years");
    expect(formatMessage("en", "{y, plural, one {# year} other {# years}}", { y: "1,200" })).toBe("1,200 years");
  });

  it("Chinese has one form", () => {
    expect(formatMessage("zh-TW", "{n, plural, other {發射 # 次}}", { n: 1 })).toBe("發射 1 次");
  });

  it("formats numbers in the locale", () => {
    expect(formatMessage("en", "{v, number} t", { v: 1234.5 })).toBe("1,234.5 t");
  });

  it("fills placeholders inside plural forms and leaves unknown ones alone", () => {
    expect(formatMessage("en", "{open, plural, one {# {kind} tool} other {# {kind} tools}}", { open: 1, kind: "EUV" })).toBe("1 EUV tool");
    expect(formatMessage("en", "{a} and {b}", { a: "x" })).toBe("x and {b}");
  });

  it("drops spaces between Chinese words but keeps them beside Latin text and digits", () => {
    expect(formatMessage("zh-TW", "{who} 獲勝", { who: "三星" })).toBe("三星獲勝");
    expect(formatMessage("zh-TW", "{who} 獲勝", { who: "Tesla" })).toBe("Tesla 獲勝");
    expect(tidyChinese("2026 年 1 月")).toBe("2026 年 1 月");
  });

  it("engine text: the issue's examples read right", () => {
    expect(t("en", "news.launches", { count: 1, failed: 0 })).toBe("1 launch flew (0 failed).");
    expect(t("en", "refusal.launchCadence", { free: 1 })).toBe("Only 1 more launch is possible this month.");
    expect(t("en", "refusal.launchCadence", { free: 0 })).toBe("No more launches are possible this month.");
    expect(en["class.waitCount"]).toContain("plural");
    expect(formatMessage("en", en["class.waitCount"], { n: 1 })).toBe("1 student has joined.");
    expect(formatMessage("en", en["lesson.moves.text"], { who: "Tesla", n: 2, path: "…" })).toBe("Tesla's limiting factor moved twice: ….");
  });

  it("the Chinese UI uses full-width punctuation", () => {
    const halfWidth = Object.entries(zhTW).filter(([, v]) => /[\u4e00-\u9fff][,:;?!()]|[,:;?!()][\u4e00-\u9fff]/.test(v.replace(/\{[^{}]*\}/g, "")));
    expect(halfWidth.map(([k]) => k)).toEqual([]);
  });

  it("placeholders names every parameter once, including those inside plural forms", () => {
    expect(placeholders("{n, plural, one {# {kind} tool} other {# {kind} tools}} at {eta}")).toEqual(["eta", "kind", "n"]);
    expect(placeholders("{n, plural, one {once} other {# times}}")).toEqual(["n"]);
  });
});
