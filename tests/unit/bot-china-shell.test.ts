// The hard China starts its 3 nm shell while its EUV programme is still running (a fab takes about
// five years), but not when that fab could not reach volume before the match ends.
import { describe, expect, it } from "vitest";
import { botOrders, expectedCost, researchEstimate, type GameState } from "../../shared/index";
import { quietMatch } from "./helpers";

/** Month 20, China's EUV programme paid for to this share (by what China can see of its cost; half by default), cash to spare. */
function halfwayToEuv(months: 60 | 120, paid = 0.5): GameState {
  const s = quietMatch(5, months);
  s.month = 20;
  const china = s.factions.china;
  china.cash = 80_000;
  china.research["domestic-euv"].spent = paid * expectedCost(researchEstimate(s, "china", "domestic-euv"));
  return s;
}

const startsN3 = (s: GameState, difficulty: "easy" | "normal" | "hard" = "hard") =>
  botOrders(s, "china", difficulty).some((o) => o.type === "buildFab" && o.node === "N3" && o.multipatterning === false);

describe("when each bot starts China's 3 nm shell", () => {
  it("the normal bot with half the EUV programme paid for, not before", () => {
    expect(startsN3(halfwayToEuv(120, 0.45), "normal")).toBe(false);
    expect(startsN3(halfwayToEuv(120, 0.5), "normal")).toBe(true);
  });

  it("the easy bot later, with three quarters paid for (it commits late)", () => {
    expect(startsN3(halfwayToEuv(120, 0.5), "easy")).toBe(false);
    expect(startsN3(halfwayToEuv(120, 0.7), "easy")).toBe(false);
    expect(startsN3(halfwayToEuv(120, 0.75), "easy")).toBe(true);
  });
});

describe("the hard China's early 3 nm shell", () => {
  it("goes under way in month 20 of a 120-month match, 100 months before the end", () => {
    expect(startsN3(halfwayToEuv(120))).toBe(true);
  });

  it("does not in month 20 of a 60-month match: a fab founded then could not reach volume in the 40 months left", () => {
    const s = halfwayToEuv(60);
    expect(researchEstimate(s, "china", "domestic-euv").spent).toBeGreaterThan(0);
    expect(startsN3(s)).toBe(false);
  });
});

describe("the hard China's yield learning for its 3 nm ramp", () => {
  /** China's 3 nm fab at `stage` (on domestic EUV unless `multipatterning`), cash to spare. */
  function n3(stage: "shell" | "ramp" = "ramp", level = 0, multipatterning = false): GameState {
    const s = quietMatch(5);
    s.month = 60;
    s.factions.china.cash = 80_000;
    s.factions.china.research["yield-learning"].level = level;
    const fab = s.fabs.find((f) => f.owner === "china")!;
    s.fabs.push({ ...structuredClone(fab), id: "cn-n3", node: "N3", multipatterning, stage, learning: 2 });
    return s;
  }
  const buysLearning = (s: GameState, difficulty: "normal" | "hard") =>
    botOrders(s, "china", difficulty).some((o) => o.type === "fundResearch" && o.program === "yield-learning");

  it("is bought by the hard bot from the shell on (a level takes ten months: two in hand when the ramp starts), until it has two levels", () => {
    expect(buysLearning(n3("shell"), "hard")).toBe(true);
    expect(buysLearning(n3("ramp"), "hard")).toBe(true);
    expect(buysLearning(n3("shell", 1), "hard")).toBe(true);
    expect(buysLearning(n3("shell", 2), "hard")).toBe(false);
  });

  it("is not bought for a 3 nm-class fab on DUV multi-patterning, nor by the normal bot", () => {
    expect(buysLearning(n3("shell", 0, true), "hard")).toBe(false);
    expect(buysLearning(n3(), "normal")).toBe(false);
  });
});
