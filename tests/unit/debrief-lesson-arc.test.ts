// Lesson 1 in the solo debrief, from a stored match as the debrief reads it: when Tesla's factor
// went power → logic → memory but a span fell short of six months, the debrief names the order and
// the short span instead of saying the factor never moved in that order.
import { describe, expect, it } from "vitest";
import { runMatch, sustainedSequence, type Difficulty } from "../../shared/index";
import { withRecord } from "../../client/src/debrief/data";
import { lessons } from "../../client/src/debrief/lessons";
import { blankDebrief } from "./debrief-fixture";

function debriefOf(difficulty: Difficulty, seed: number): { text: string; history: ReturnType<typeof runMatch>["record"]["factions"]["tesla"]["limitingFactor"] } {
  const { record } = runMatch({ seed, months: 60, difficulty });
  const moves = lessons(withRecord(blankDebrief(), record)).find((l) => l.id === "moves")!;
  return { text: moves.text, history: record.factions.tesla.limitingFactor };
}

describe("lesson 1 in the debrief", () => {
  it("names the order and the short span when power held five months, not six", () => {
    const { text, history } = debriefOf("hard", 7059);
    expect(sustainedSequence(history, ["power", "logic", "memory"])).toBeNull();
    expect(sustainedSequence(history, ["power", "logic", "memory"], 3)?.[0].months).toBe(5);
    expect(text).toContain("went in the lesson's order");
    expect(text).toMatch(/Power for 5 months from Jan 2026 → Logic chips for \d+ months from .+ → Memory \(HBM\) for \d+ months from/);
    expect(text).toContain("Power held for less");
    expect(text).not.toContain("the lesson held");
  });

  it("says the lesson held when every span lasted six months or more", () => {
    const { text, history } = debriefOf("normal", 7000);
    expect(sustainedSequence(history, ["power", "logic", "memory"])).not.toBeNull();
    expect(text).toContain("the lesson held");
    expect(text).not.toContain("went in the lesson's order");
  });
});
