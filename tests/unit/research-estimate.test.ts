// A breakthrough's cost is drawn per match and hidden; what a faction sees is a range that
// starts at the published uncertainty and narrows to the real cost as the money goes in.
import { describe, expect, it } from "vitest";
import { RESEARCH, researchEstimate, uncertaintyOf } from "../../shared/index";
import { quietMatch } from "./helpers";

describe("research estimates", () => {
  it("at the start every match shows the same range, whatever its draw", () => {
    const ranges = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(((e) => [e.low, e.high])(researchEstimate(quietMatch(seed), "china", "domestic-euv")))));
    expect(ranges.size).toBe(1);
    const e = researchEstimate(quietMatch(1), "china", "domestic-euv");
    expect(e.low).toBe(Math.round(RESEARCH["domestic-euv"].cost * uncertaintyOf("domestic-euv").min));
    expect(e.high).toBe(Math.round(RESEARCH["domestic-euv"].cost * uncertaintyOf("domestic-euv").max));
  });

  it("the range narrows toward the drawn cost as the programme is funded, and always holds it", () => {
    const s = quietMatch(7);
    const p = s.factions.samsung.research["hbm-qualification"];
    let width = Infinity;
    for (const share of [0, 0.25, 0.5, 0.75, 0.99]) {
      p.spent = p.cost * share;
      const e = researchEstimate(s, "samsung", "hbm-qualification");
      expect(e.low).toBeLessThanOrEqual(p.cost + 1);
      expect(e.high).toBeGreaterThanOrEqual(p.cost - 1);
      expect(e.high - e.low).toBeLessThan(width);
      width = e.high - e.low;
    }
    expect(width).toBeLessThan(0.05 * p.cost);
  });

  it("programmes with levels have no hidden draw: their cost is known", () => {
    const e = researchEstimate(quietMatch(2), "tsmc", "yield-learning");
    expect(e.low).toBe(e.high);
    expect(e.low).toBe(RESEARCH["yield-learning"].cost);
  });
});
