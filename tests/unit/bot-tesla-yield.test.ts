// The hard Tesla buys one level of yield learning while its first logic fab is under way (its ramp is
// the longest wait after the shell), more slowly in a 180-month match; the normal and easy bots never fund it.
import { describe, expect, it } from "vitest";
import { RESEARCH, botOrders, runMatch, type Difficulty, type GameState } from "../../shared/index";

const funds = (s: GameState, d: Difficulty) => botOrders(s, "tesla", d).some((o) => o.type === "fundResearch" && o.program === "yield-learning");

describe("Tesla's bots and yield learning", () => {
  it("hard funds it once it has a logic fab, until one level is bought; normal and easy never", () => {
    let before = 0;
    let during = 0;
    let after = 0;
    runMatch({ seed: 5, months: 120, difficulty: "hard" }, {
      untilMonth: 70,
      observe: (s) => {
        if (s.status !== "running") return;
        const f = s.factions.tesla;
        expect(funds(s, "normal")).toBe(false);
        expect(funds(s, "easy")).toBe(false);
        const hasFab = s.fabs.some((fab) => fab.owner === "tesla" && fab.kind === "logic");
        const level = f.research["yield-learning"].level;
        if (!hasFab) { expect(funds(s, "hard")).toBe(false); before++; }
        else if (level < 1) { if (funds(s, "hard")) during++; }
        else { expect(funds(s, "hard")).toBe(false); after++; }
      },
    });
    expect(before).toBeGreaterThan(0);
    expect(during).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(0); // the level was bought, and then it stopped
  });

  it("in a 180-month match the hard Tesla funds that level at 0.3 of the programme's monthly most, in 120 at all of it", () => {
    const paid = (months: 120 | 180) => {
      const amounts: number[] = [];
      runMatch({ seed: 5, months, difficulty: "hard" }, {
        untilMonth: 40,
        observe: (s) => {
          if (s.status !== "running") return;
          for (const o of botOrders(s, "tesla", "hard")) if (o.type === "fundResearch" && o.program === "yield-learning") amounts.push(o.amount);
        },
      });
      return amounts;
    };
    const max = RESEARCH["yield-learning"].maxPerMonth;
    const long = paid(180);
    const usual = paid(120);
    expect(long.length).toBeGreaterThan(0);
    expect(usual.length).toBeGreaterThan(0);
    expect(new Set(long)).toEqual(new Set([Math.round(max * 0.3)]));
    expect(new Set(usual)).toEqual(new Set([max]));
  });
});
