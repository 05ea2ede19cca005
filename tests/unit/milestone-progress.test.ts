// What the HUD shows of each milestone is what wins it: over whole bot matches, a milestone is
// reached in the very month its measure meets its target (held long enough, for a streak), and
// never while the measure falls short. Plus the public view carries every faction's progress.
import { describe, expect, it } from "vitest";
import { FACTION_IDS, MILESTONE_IDS, milestoneMeasures, publicView, runMatch, type GameState } from "../../shared/index";

describe("milestone progress", () => {
  it("agrees with the month each milestone is reached, in every month of real matches", () => {
    let reached = 0;
    let checked = 0;
    for (const [seed, months] of [[5, 120], [6, 60], [7, 180]] as const) {
      runMatch({ seed, months, difficulty: "normal" }, {
        observe: (s: GameState) => {
          // The month just played (the state has moved on to the next, unless the match ended).
          const played = s.status === "ended" ? s.month : s.month - 1;
          for (const id of FACTION_IDS) {
            const measures = milestoneMeasures(s, id);
            for (const m of MILESTONE_IDS[id]) {
              const x = measures[m];
              const at = s.factions[id].milestones[m];
              const done = x.holdMonths === undefined ? x.ok : (x.held ?? 0) >= x.holdMonths;
              checked++;
              if (at === played) {
                reached++;
                expect(done, `${id} ${m} reached in month ${played}`).toBe(true);
              } else if (at === null) {
                expect(done, `${id} ${m} not reached by month ${played}`).toBe(false);
              }
              if (x.unit === "share") expect(x.held).toBe(s.factions[id].streaks[m] ?? 0);
            }
          }
        },
      });
    }
    expect(reached).toBeGreaterThan(10);
    expect(checked).toBeGreaterThan(1000);
  });

  it("the public view carries every faction's progress, rivals' included", () => {
    const { state } = runMatch({ seed: 3, months: 120, difficulty: "normal" }, { untilMonth: 30 });
    const v = publicView(state, "tesla");
    for (const id of FACTION_IDS) expect(Object.keys(v.factions[id].milestoneProgress).sort()).toEqual([...MILESTONE_IDS[id]].sort());
    const power = v.factions.tesla.milestoneProgress.power;
    expect(power.unit).toBe("gw");
    expect(power.value).toBeCloseTo(v.factions.tesla.computeGW, 2);
    expect(v.factions.tsmc.milestoneProgress["demand-share"].holdMonths).toBeGreaterThan(0);
  });
});
