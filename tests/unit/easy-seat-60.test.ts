// In a 60-month match the easy bot's seat wins less often than the normal bot's (issue 12: hard >
// normal > easy in every seat). Before the easy bot's changes for short matches (docs/design.md §11)
// its waste was speed there: the easy Samsung won 60 % of one seat against three normal bots, the
// normal Samsung 28.5 %, and the easy TSMC 27.5 % against 22.5 %. A sustained dynamic over 200
// matches, not one match: a seat's rate over a set of 200 moves by a few points from set to set, so
// Tesla and TSMC, a clear 5–10 points below the normal seat on eight sets, must be below it here,
// and Samsung, level with it on one set of eight, no more than a little above.
import { describe, expect, it } from "vitest";
import { cell } from "../../tools/balance/cells";

const MATCHES = 200;
const SEED = 5001;

describe("the easy seat of a 60-month match", () => {
  const normal = cell(60, "normal", MATCHES, SEED).winRate;
  const easySeat = (f: "tesla" | "tsmc" | "samsung") => cell(60, "normal", MATCHES, SEED, { [f]: "easy" }).winRate[f];

  it("wins less often than the normal seat as Tesla and TSMC", () => {
    expect(easySeat("tesla")).toBeLessThan(normal.tesla - 0.03);
    expect(easySeat("tsmc")).toBeLessThan(normal.tsmc - 0.03);
  });

  it("no longer beats the normal seat by far as Samsung", () => {
    expect(easySeat("samsung")).toBeLessThanOrEqual(normal.samsung + 0.05);
  });
});
