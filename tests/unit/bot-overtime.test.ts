// The hard Tesla and China bots pay for overtime on their shells while they have $20 B to spare:
// their milestones each wait on one fab. The normal bot does not; none does with cash short. In a
// 60-month match the hard bot does not either (bots/overtime.ts: there it was an edge against
// normal bots that put its seat above 75 %).
import { describe, expect, it } from "vitest";
import { botOrders, runMatch, type FactionId, type GameState } from "../../shared/index";

const overtimeOf = (s: GameState, id: FactionId, d: "normal" | "hard") =>
  botOrders(s, id, d).filter((o) => o.type === "setOvertime").map((o) => (o.type === "setOvertime" ? o.fabId : ""));

describe("bots and overtime", () => {
  it("hard Tesla and China put every shell without overtime on it while cash is over $20 B; normal bots never do", () => {
    const seen = { tesla: 0, china: 0 };
    let shortChecked = 0;
    runMatch({ seed: 7, months: 120, difficulty: "normal" }, {
      untilMonth: 48,
      observe: (s) => {
        for (const id of ["tesla", "china"] as const) {
          const shells = s.fabs.filter((f) => f.owner === id && f.stage === "shell" && !f.overtime).map((f) => f.id);
          expect(overtimeOf(s, id, "normal")).toEqual([]);
          if (shells.length === 0) continue;
          const hard = overtimeOf(s, id, "hard");
          // The bot's other orders this month spend some of the cash first (power for $20 B and more), so judge only clear cases.
          if (s.factions[id].cash > 60_000) { expect(hard.sort()).toEqual(shells.sort()); seen[id]++; }
          if (s.factions[id].cash < 20_000) { expect(hard).toEqual([]); shortChecked++; }
        }
      },
    });
    expect(seen.tesla + seen.china).toBeGreaterThan(0);
    expect(shortChecked).toBeGreaterThan(0);
  });

  it("in a 60-month match the hard Tesla and China pay no overtime, however rich", () => {
    let rich = 0;
    runMatch({ seed: 7, months: 60, difficulty: "normal" }, {
      untilMonth: 48,
      observe: (s) => {
        for (const id of ["tesla", "china"] as const) {
          if (!s.fabs.some((f) => f.owner === id && f.stage === "shell" && !f.overtime)) continue;
          expect(overtimeOf(s, id, "hard")).toEqual([]);
          if (s.factions[id].cash > 60_000) rich++;
        }
      },
    });
    expect(rich).toBeGreaterThan(0);
  });
});
