// The easy bot attacks what bound it a while ago: two months late, one in a 60-month match (where two
// months are a larger share of the whole), four for the easy TSMC there and none for the easy Samsung.
import { describe, expect, it } from "vitest";
import { botFactor, type LimitingFactor } from "../../shared/index";
import { quietMatch } from "./helpers";

function withHistory(months: 60 | 120 | 180, history: LimitingFactor[]) {
  const s = quietMatch(1, months);
  s.factions.tesla.limitingHistory = history;
  s.factions.tesla.limitingFactor = history[history.length - 1];
  return s;
}

describe("the easy bot's lag", () => {
  const history: LimitingFactor[] = ["power", "power", "logic", "memory"];

  it("is a month in a 60-month match", () => {
    expect(botFactor(withHistory(60, history), "tesla", "easy")).toBe("logic");
  });

  it("is four months for the easy TSMC of a 60-month match, none for its easy Samsung", () => {
    const lagged: LimitingFactor[] = ["tools", "power", "logic", "memory", "demand"];
    const s = quietMatch(1, 60);
    for (const f of ["tsmc", "samsung"] as const) {
      s.factions[f].limitingHistory = lagged;
      s.factions[f].limitingFactor = "demand";
    }
    expect(botFactor(s, "tsmc", "easy")).toBe("tools");
    expect(botFactor(s, "samsung", "easy")).toBe("demand");
  });

  it("is two months in 120- and 180-month matches", () => {
    expect(botFactor(withHistory(120, history), "tesla", "easy")).toBe("power");
    expect(botFactor(withHistory(180, history), "tesla", "easy")).toBe("power");
  });

  it("the normal and hard bots act on this month's factor (Tesla's normal bot waits only on memory)", () => {
    expect(botFactor(withHistory(60, ["power", "logic"]), "tesla", "normal")).toBe("logic");
    expect(botFactor(withHistory(60, history), "tesla", "hard")).toBe("memory");
  });
});
