// A full embargo (docs/design.md §5): besides selling China no foreign tools, nobody services the tools
// it already has, so its fabs learn yield slower (EMBARGO_LEARNING_SPEED). Tight controls do not do
// that, and nobody else's fabs are touched.
import { describe, expect, it } from "vitest";
import { EMBARGO_LEARNING_SPEED, publicView, SANCTION_MAX, TIGHT_SANCTIONS, type GameState } from "../../shared/index";
import { months, newestFab, putInRamp, quietMatch } from "./helpers";

/** A match with a China fab and a TSMC fab each early in their ramp, at the given sanction level. */
function ramping(level: number): { s: GameState; china: string; tsmc: string } {
  const s = quietMatch(3);
  s.sanctionLevel = level;
  const china = newestFab(s, "china");
  const tsmc = newestFab(s, "tsmc");
  putInRamp(china, 1, 24);
  putInRamp(tsmc, 1, 24);
  return { s, china: china.id, tsmc: tsmc.id };
}

/** Months of learning each fab gains over the next three months. */
function learned(level: number): { china: number; tsmc: number } {
  const { s, china, tsmc } = ramping(level);
  const after = months(s, 3);
  const gain = (id: string) => after.fabs.find((f) => f.id === id)!.learning - s.fabs.find((f) => f.id === id)!.learning;
  expect(after.sanctionLevel).toBe(level);
  return { china: gain(china), tsmc: gain(tsmc) };
}

describe("a full embargo leaves China's tools unserviced", () => {
  it("China's ramping fab learns at EMBARGO_LEARNING_SPEED of its pace under a full embargo, not under tight controls", () => {
    const tight = learned(TIGHT_SANCTIONS);
    const embargo = learned(SANCTION_MAX);
    expect(tight.china).toBeGreaterThan(0);
    expect(EMBARGO_LEARNING_SPEED).toBeLessThan(1);
    expect(embargo.china / tight.china).toBeCloseTo(EMBARGO_LEARNING_SPEED, 6);
    // Nobody else's fabs are touched.
    expect(embargo.tsmc).toBeCloseTo(tight.tsmc, 9);
  });

  it("every player's export-controls box says so at the full embargo, and only there", () => {
    for (let level = 1; level <= SANCTION_MAX; level++) {
      const s = quietMatch();
      s.sanctionLevel = level;
      expect(publicView(s, "tesla").exportControls.learningSpeed, `level ${level}`).toBe(level === SANCTION_MAX ? EMBARGO_LEARNING_SPEED : 1);
    }
  });
});
