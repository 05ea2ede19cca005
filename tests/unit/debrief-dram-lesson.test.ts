// Lesson 4 in the solo debrief counts DRAM's rise from the price the match opens at: the figure the
// replay's "change since Jan 2026" and the lessons' own measure (tests/unit/lessons.test.ts) start
// from. It once started from January's clearing price, already up to 30 % higher, so a replay read
// $9.30 at the start and the debrief "from $12.09", with a smaller rise.
import { describe, expect, it } from "vitest";
import { MARKETS, runMatch } from "../../shared/index";
import { withRecord } from "../../client/src/debrief/data";
import { lessons } from "../../client/src/debrief/lessons";
import { blankDebrief } from "./debrief-fixture";

describe("lesson 4 in the debrief", () => {
  it("measures DRAM's spike from the opening price", () => {
    const { record } = runMatch({ seed: 12, months: 60, difficulty: "normal" });
    const prices = record.markets.dramPrice;
    // January's clearing already moved the price: the two starts differ.
    expect(prices[0]).toBeGreaterThan(MARKETS.dram.basePrice * 1.05);
    const peak = Math.max(...prices);
    const text = lessons(withRecord(blankDebrief(), record)).find((l) => l.id === "memory")!.text;
    expect(text).toContain(`from $${MARKETS.dram.basePrice.toFixed(2)}/GB to a peak of $${peak.toFixed(2)}/GB`);
    expect(text).toContain(`+${Math.round((peak / MARKETS.dram.basePrice - 1) * 100)} %`);
  });
});
