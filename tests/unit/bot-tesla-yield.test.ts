// The hard Tesla buys one level of yield learning while its first logic fab is under way (its ramp is
// the longest wait after the shell), a second one in matches of up to 120 months; the normal and easy bots never fund it.
import { describe, expect, it } from "vitest";
import { RESEARCH, botOrders, runMatch, type Difficulty, type GameState } from "../../shared/index";

const funds = (s: GameState, d: Difficulty) => botOrders(s, "tesla", d).some((o) => o.type === "fundResearch" && o.program === "yield-learning");

describe("Tesla's bots and yield learning", () => {
  it("hard funds it once it has a logic fab, until two levels are bought in a 120-month match; normal and easy never", () => {
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
        else if (level < 2) { if (funds(s, "hard")) during++; }
        else { expect(funds(s, "hard")).toBe(false); after++; }
      },
    });
    expect(before).toBeGreaterThan(0);
    expect(during).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(0); // the levels were bought, and then it stopped
  });

  it("in 60- and 120-month matches the hard Tesla buys a second level at 0.45 of the programme's monthly most; in 180 it stops at one", () => {
    const paid = (months: 60 | 120 | 180) => {
      const byLevel: Array<Set<number>> = [new Set(), new Set(), new Set()];
      runMatch({ seed: 5, months, difficulty: "hard" }, {
        untilMonth: 55,
        observe: (s) => {
          if (s.status !== "running") return;
          const level = s.factions.tesla.research["yield-learning"].level;
          for (const o of botOrders(s, "tesla", "hard")) if (o.type === "fundResearch" && o.program === "yield-learning") byLevel[level].add(o.amount);
        },
      });
      return byLevel;
    };
    const max = RESEARCH["yield-learning"].maxPerMonth;
    for (const months of [60, 120] as const) {
      const short = paid(months);
      expect(short[0]).toEqual(new Set([max]));
      expect(short[1]).toEqual(new Set([Math.round(max * 0.45)]));
    }
    const long = paid(180);
    expect(long[0]).toEqual(new Set([max]));
    expect(long[1].size).toBe(0);
  });
});
