// The interaction matrix compares a changed match with its baseline only over the months both ran:
// a change that ends a match sooner (an instant win) must not read as lost output.
import { describe, expect, it } from "vitest";
import { relativeChange, runsReaching, strongestOverWindows, windowsFor } from "../../tools/balance/interaction";

describe("interaction matrix: output change", () => {
  it("counts each match over the months both runs reached", () => {
    // The changed run ended after two months, at the same output: no change.
    expect(relativeChange([{ changed: [10, 12], base: [10, 12, 14, 16] }])).toBe(0);
    // The baseline ended sooner: only its months count.
    expect(relativeChange([{ changed: [11, 11, 50], base: [10, 10] }])).toBeCloseTo(0.1);
  });

  it("weighs matches by their output, not one ratio each", () => {
    expect(relativeChange([{ changed: [5], base: [10] }, { changed: [100], base: [90] }])).toBeCloseTo(105 / 100 - 1);
  });

  it("reads no change when there was no output to change", () => {
    expect(relativeChange([{ changed: [3], base: [0] }])).toBe(0);
    expect(relativeChange([])).toBe(0);
  });

  it("cuts its windows to the match: five in 120 and 180 months (the last to the final month), four in 60", () => {
    expect(windowsFor(120)).toEqual([{ from: 7, to: 18 }, { from: 19, to: 36 }, { from: 37, to: 48 }, { from: 49, to: 72 }, { from: 73, to: 119 }]);
    expect(windowsFor(180).at(-1)).toEqual({ from: 73, to: 179 });
    expect(windowsFor(60)).toEqual([{ from: 7, to: 18 }, { from: 19, to: 36 }, { from: 37, to: 48 }, { from: 49, to: 59 }]);
  });

  it("counts the matches still running when a window starts (series begin at the first window's month)", () => {
    const late = { from: 73, to: 119 };
    // Series from month 37: 36 entries end at month 72, before the window; 37 reach month 73.
    expect(runsReaching([{ length: 36 }, { length: 37 }, { length: 83 }], 37, late)).toBe(2);
    expect(runsReaching([{ length: 12 }], 37, { from: 37, to: 48 })).toBe(1);
    expect(runsReaching([], 37, late)).toBe(0);
  });

  it("sums up each faction's strongest effect over the windows, leaving out those most matches never reached", () => {
    const effects = (tesla: number, tsmc: number) => ({ tesla, tsmc, samsung: 0, china: 0 });
    const windows = [
      { from: 7, to: 18, reached: 100, strongest: effects(0.05, 0.086) },
      { from: 37, to: 48, reached: 100, strongest: effects(0.2, 0.02) },
      // Only 40 of 100 matches ran this long: a 30 % swing there rests on too few to count.
      { from: 73, to: 119, reached: 40, strongest: effects(0.3, 0.3) },
    ];
    const s = strongestOverWindows(windows, 100);
    expect(s.tesla).toEqual({ effect: 0.2, window: { from: 37, to: 48 } });
    expect(s.tsmc).toEqual({ effect: 0.086, window: { from: 7, to: 18 } });
    expect(s.china).toEqual({ effect: 0, window: null });
  });
});
