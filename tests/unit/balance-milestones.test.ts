// The balance tool's milestones table: how often each milestone is reached and its median month,
// from the end state of each match; an instant win needs all three of the winner's milestones.
import { describe, expect, it } from "vitest";
import { FACTION_IDS, MILESTONE_IDS } from "../../shared/index";
import { cell } from "../../tools/balance/cells";
import { summarizeMilestones, type MilestoneMonths } from "../../tools/balance/milestones";

function match(overrides: Partial<Record<string, number | null>>): MilestoneMonths {
  const m = Object.fromEntries(FACTION_IDS.map((f) => [f, Object.fromEntries(MILESTONE_IDS[f].map((id) => [id, null]))])) as MilestoneMonths;
  for (const [key, month] of Object.entries(overrides)) {
    const [f, id] = key.split(":") as [keyof MilestoneMonths, string];
    m[f][id] = month ?? null;
  }
  return m;
}

describe("balance tool: milestones reached", () => {
  it("counts the share of matches that reached each milestone and the median month over those", () => {
    const t = summarizeMilestones([match({ "tesla:power": 10, "china:duv-7nm": 30 }), match({ "tesla:power": 20 }), match({ "tesla:power": 40, "tesla:chips": 55 })]);
    expect(t.tesla.power).toEqual({ met: 1, medianMonth: 20 });
    expect(t.tesla.chips).toEqual({ met: 1 / 3, medianMonth: 55 });
    expect(t.tesla.memory).toEqual({ met: 0, medianMonth: null });
    expect(t.china["duv-7nm"]).toEqual({ met: 1 / 3, medianMonth: 30 });
    expect(t.tsmc["n2-volume"]).toEqual({ met: 0, medianMonth: null });
  });

  it("in real matches, a faction wins instantly no more often than it reaches its rarest milestone", () => {
    const c = cell(60, "hard", 12, 1);
    let instantBound = 0;
    for (const f of FACTION_IDS) instantBound += Math.min(...MILESTONE_IDS[f].map((m) => c.milestones[f][m].met));
    expect(c.instantWins).toBeGreaterThan(0);
    expect(c.instantWins).toBeLessThanOrEqual(instantBound + 1e-9);
    for (const f of FACTION_IDS) for (const m of MILESTONE_IDS[f]) {
      const r = c.milestones[f][m];
      expect(r.met).toBeGreaterThanOrEqual(0);
      expect(r.met).toBeLessThanOrEqual(1);
      if (r.met > 0) expect(r.medianMonth).toBeLessThan(60);
    }
  });
});
