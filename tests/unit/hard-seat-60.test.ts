// In a 60-month match one hard bot against three normal ones wins 40–75 % of matches in its seat
// (issue 12), and the all-hard matches still give every faction 15–35 %. Before the hard Tesla and
// China stopped paying overtime on their shells there (bots/overtime.ts) the hard Tesla seat
// won 71 % of these 200 matches (70–84 % over eight seed sets of 200) and the hard China 75 %
// (66–79.5 %), while the all-hard Tesla won 16–20.5 %: the overtime was an edge against normal bots
// only. A sustained dynamic over 200 matches: a seat's rate moves by a few points from set to set.
import { describe, expect, it } from "vitest";
import { cell } from "../../tools/balance/cells";
import { FACTION_IDS } from "../../shared/index";

const MATCHES = 200;
const SEED = 1;
const seat = (f: "tesla" | "china") => cell(60, "normal", MATCHES, SEED, { [f]: "hard" }).winRate[f];

describe("the hard seat of a 60-month match", () => {
  it("wins well inside 40–75 % as Tesla (50.5 % here)", () => {
    const rate = seat("tesla");
    expect(rate).toBeGreaterThan(0.4);
    expect(rate).toBeLessThan(0.65);
  });

  it("wins 40–75 % as China (71.5 % here)", () => {
    const rate = seat("china");
    expect(rate).toBeGreaterThan(0.4);
    expect(rate).toBeLessThan(0.75);
  });

  it("leaves every faction 15–35 % of all-hard 60-month matches", () => {
    const allHard = cell(60, "hard", MATCHES, SEED).winRate;
    for (const f of FACTION_IDS) {
      expect(allHard[f], f).toBeGreaterThanOrEqual(0.15);
      expect(allHard[f], f).toBeLessThanOrEqual(0.35);
    }
  });
});
