// The balance tool's one-number summary: percentage points outside issue 12's target ranges.
import { describe, expect, it } from "vitest";
import { targetMisses } from "../../tools/balance/misses";
import type { Cell } from "../../tools/balance/cells";
import { outOfOrder } from "../../tools/balance/ladder";
import { summarizeMilestones } from "../../tools/balance/milestones";

const rates = (tesla: number, tsmc: number, samsung: number, china: number) => ({ tesla, tsmc, samsung, china });
const cell = (winRate: ReturnType<typeof rates>): Cell => ({ months: 120, difficulty: "normal", matches: 100, winRate, meanScore: rates(0, 0, 0, 0), instantWins: 1, medianEndMonth: 77, milestones: summarizeMilestones([]), lessonOne: 1 });

describe("distance from the balance targets", () => {
  it("is zero when every cell, hard seat and opening is in range", () => {
    const m = targetMisses({ cells: [cell(rates(0.25, 0.25, 0.25, 0.25))], hardSeats: [{ winRate: rates(0.4, 0.5, 0.6, 0.75) }], openings: [{ normal: rates(0.2, 0.2, 0.2, 0.2), allIn: rates(0.3, 0.1, 0.2, 0), outsideHbm: 0.3 }] });
    expect(m).toMatchObject({ cellsOff: 0, cells: 4, total: 0 });
  });

  it("counts a win rate on a bound as inside, however the sum of its wins rounds: 35 wins in 100 summed as 1/100 each", () => {
    let wins = 0;
    for (let i = 0; i < 35; i++) wins += 1 / 100;
    expect(wins).toBeGreaterThan(0.35); // the float the balance tool's tallies give
    const m = targetMisses({ cells: [cell(rates(wins, 0.15, 0.25, 0.25))], hardSeats: [{ winRate: rates(0.4, 0.75, 0.5, 0.5) }] });
    expect(m).toMatchObject({ cellsOff: 0, cellPoints: 0, hardPoints: 0, total: 0 });
    expect(targetMisses({ cells: [cell(rates(0.351, 0.15, 0.25, 0.25))] }).cellsOff).toBe(1);
  });

  it("adds the points by which each falls outside its range", () => {
    const m = targetMisses({
      cells: [cell(rates(0.07, 0.39, 0.18, 0.36)), cell(rates(0.5, 0.16, 0.25, 0.09))],
      hardSeats: [{ winRate: rates(0.11, 0.55, 0.8, 0.44) }],
      openings: [
        { normal: rates(0.13, 0.16, 0.2, 0.5), allIn: rates(0.1, 0.34, 0.2, 0), outsideHbm: 0.3 },
        // Each length's openings add up: a 60-month all-in Samsung 30 points above its normal bot.
        { normal: rates(0.3, 0.3, 0.3, 0.1), allIn: rates(0, 0, 0.7, 0), outsideHbm: 0.2 },
      ],
    });
    expect(m.cellsOff).toBe(5);
    expect(m.cellPoints).toBeCloseTo(8 + 4 + 1 + 15 + 6, 9);
    expect(m.hardPoints).toBeCloseTo(29 + 5, 9);
    expect(m.allInPoints).toBeCloseTo(8 + 30, 9);
    // Tesla booking the outside HBM: 13 → 30 %, 7 points beyond the +10 allowed.
    expect(m.outsideHbmPoints).toBeCloseTo(7, 9);
    expect(m.total).toBeCloseTo(34 + 34 + 38 + 7, 9);
  });

  it("counts only the tables a run has", () => {
    const m = targetMisses({ hardSeats: [{ winRate: rates(0.3, 0.5, 0.5, 0.5) }, { winRate: rates(0.5, 0.5, 0.8, 0.5) }] });
    expect(m).toMatchObject({ cells: 0, cellPoints: 0, allInPoints: 0 });
    // Each length's hard seats add up: 10 points short in one, 5 over in the other.
    expect(m.hardPoints).toBeCloseTo(15, 9);
    expect(m.total).toBeCloseTo(15, 9);
  });

  it("the difficulty ladder names the seats where easy does not lose to normal or normal to hard", () => {
    const easy = rates(0.4, 0.2, 0.1, 0.29);
    const normal = rates(0.16, 0.3, 0.17, 0.29);
    const hard = rates(0.26, 0.5, 0.15, 0.33);
    expect(outOfOrder(easy, normal, hard)).toEqual(["tesla", "samsung", "china"]);
    expect(outOfOrder(rates(0.1, 0.1, 0.1, 0.1), rates(0.2, 0.2, 0.2, 0.2), rates(0.5, 0.5, 0.5, 0.5))).toEqual([]);
  });
});
