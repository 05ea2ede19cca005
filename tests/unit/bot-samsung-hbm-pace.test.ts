// How fast Samsung's bot moves its DRAM to HBM once qualified, while HBM pays no more than DDR:
// the easy bot's slowness is here (a quarter of a point a month in matches over 60 months, 0.48 of
// one in 60-month ones), the normal bot half a point, the hard bot a point (0.6 of one in 60-month
// matches, where its hard rivals pay no overtime).
import { describe, expect, it } from "vitest";
import { botOrders, type GameState } from "../../shared/index";
import { dramWaferValues } from "../../shared/rules/month/production";
import { quietMatch } from "./helpers";

/** Month 30 of a match of this length, Samsung qualified, HBM priced so a wafer of it pays as DDR does. */
function qualified(months: 60 | 120 | 180): GameState {
  const s = quietMatch(7, months);
  s.month = 30;
  const samsung = s.factions.samsung;
  samsung.research["hbm-qualification"].level = 1;
  samsung.hbmShare = 0.2;
  const v = dramWaferValues(s, 1);
  s.markets.hbm.price *= (v.dram / v.hbm) * 0.9;
  return s;
}

/** The HBM share Samsung's bot orders this month, less the share it has. */
function step(months: 60 | 120 | 180, difficulty: "easy" | "normal" | "hard"): number | undefined {
  const s = qualified(months);
  // The last order given is the one that holds (the advice may have proposed its own step first).
  const o = botOrders(s, "samsung", difficulty).filter((x) => x.type === "setHbmShare").at(-1);
  return o?.type === "setHbmShare" ? o.share - s.factions.samsung.hbmShare : undefined;
}

describe("Samsung's shift to HBM once qualified", () => {
  it("is not driven by price in this set-up (HBM pays less than DDR)", () => {
    const s = qualified(120);
    const v = dramWaferValues(s, 1);
    expect(v.hbm * s.factions.samsung.hbmAcceptance).toBeLessThan(v.dram);
  });

  it("goes a quarter of a point a month for the easy bot in 120- and 180-month matches", () => {
    expect(step(120, "easy")).toBeCloseTo(0.0025, 6);
    expect(step(180, "easy")).toBeCloseTo(0.0025, 6);
  });

  it("goes a little slower for the easy bot in a 60-month match (0.48 of a point), half a point for the normal bot at every length", () => {
    expect(step(60, "easy")).toBeCloseTo(0.0048, 6);
    expect(step(120, "normal")).toBeCloseTo(0.005, 6);
    expect(step(60, "normal")).toBeCloseTo(0.005, 6);
  });

  it("goes a point a month for the hard bot, 0.6 of one in a 60-month match", () => {
    expect(step(120, "hard")).toBeCloseTo(0.01, 6);
    expect(step(180, "hard")).toBeCloseTo(0.01, 6);
    expect(step(60, "hard")).toBeCloseTo(0.006, 6);
  });
});
