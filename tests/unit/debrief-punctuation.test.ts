// The debrief's lessons are built from pieces; in Chinese the pieces join as Chinese is written:
// clauses by "；", list items by "、", and no space after a full stop. Before, the zh-TW debrief read
// "電力在 2026 年 1 月首次卡住特斯拉; 邏輯晶片…" and "限制因素會移動。 三星的…".
import { describe, expect, it, vi } from "vitest";
import { runMatch, type Difficulty } from "../../shared/index";
import { blankDebrief } from "./debrief-fixture";

const lang = vi.hoisted(() => ({ locale: "zh-TW" as "en" | "zh-TW" }));
vi.mock("../../client/src/app/settings", () => ({ settings: () => ({ locale: lang.locale }) }));

const { withRecord } = await import("../../client/src/debrief/data");
const { lessons } = await import("../../client/src/debrief/lessons");

function lessonTexts(seed: number, difficulty: Difficulty): string[] {
  const { record } = runMatch({ seed, months: 60, difficulty });
  return lessons(withRecord(blankDebrief({ endedMonth: 59, winner: "tsmc", me: "samsung" }), record)).map((l) => l.text);
}

describe("the debrief's punctuation", () => {
  it.each([[7000, "normal"], [7059, "hard"], [3, "easy"]] as const)("zh-TW joins clauses, lists and sentences the Chinese way (seed %i, %s)", (seed, difficulty) => {
    lang.locale = "zh-TW";
    const texts = lessonTexts(seed, difficulty);
    expect(texts.join("")).toContain("；");
    for (const t of texts) {
      expect(t).not.toMatch(/[\u4e00-\u9fff）)]; /);
      expect(t).not.toMatch(/。 /);
      expect(t).not.toMatch(/[\u4e00-\u9fff）], [\u4e00-\u9fff（]/);
    }
  });

  it("English keeps its own: clauses by '; ', sentences by one space", () => {
    lang.locale = "en";
    const texts = lessonTexts(7000, "normal");
    expect(texts[0]).toMatch(/Across the four factions: .+; .+; .+\. /);
    for (const t of texts) expect(t).not.toMatch(/\.[A-Z]|\s{2}/);
  });
});
