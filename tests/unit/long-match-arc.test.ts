// A 180-month match is its own game, not a 120-month one with time left over: its milestones ask for
// a second wave of building (data/milestones.ts LONG_MATCH_SCALE), the bots build it, and the match
// ends later. Before, both lengths ended around month 75 (issue 12: "length options that do not exist in play").
import { describe, expect, it } from "vitest";
import { milestoneTargets, runMatch, type GameState } from "../../shared/index";
import { median } from "./helpers";

// Twenty-four seeds: a 120-month match ends either around month 63–76 or, when China's 3 nm fab
// comes in, around 87–96, and twelve seeds put the median in the gap between the two.
const SEEDS = Array.from({ length: 24 }, (_, i) => 41 + i);
const played = new Map<string, { state: GameState; ended: number }>();
function play(seed: number, months: 120 | 180) {
  const key = `${seed}:${months}`;
  if (!played.has(key)) {
    const { record, state } = runMatch({ seed, months });
    played.set(key, { state, ended: record.endedMonth ?? months });
  }
  return played.get(key)!;
}

describe("a 180-month match has its own arc", () => {
  it("ends well after a 120-month one (all-normal bots, twenty-four seeds)", () => {
    const mid = median(SEEDS.map((s) => play(s, 120).ended));
    const long = median(SEEDS.map((s) => play(s, 180).ended));
    expect(long).toBeGreaterThanOrEqual(85);
    // At least a year later (seeds 1–100: month 74 against 91).
    expect(long - mid).toBeGreaterThanOrEqual(12);
  });

  it("Tesla's TerraFab grows to the chips milestone once its first fabs ramp, and reaches it after they are in volume", () => {
    const target = milestoneTargets(180).teslaChipsK;
    let reached = 0;
    for (const seed of SEEDS.slice(0, 6)) {
      const { state } = play(seed, 180);
      const logic = state.fabs.filter((f) => f.owner === "tesla" && f.kind === "logic");
      const first = logic.filter((f) => f.expansionOf === null);
      const grown = logic.filter((f) => f.expansionOf !== null);
      expect(logic.reduce((k, f) => k + f.capacity, 0)).toBeGreaterThanOrEqual(target);
      // The second wave is ordered once the first fabs are installed, not with them.
      for (const x of grown) for (const f of first) expect(x.startedMonth).toBeGreaterThan((f.startedMonth ?? 0) + 24);
      const chips = state.factions.tesla.milestones.chips;
      if (chips !== null) {
        reached++;
        for (const f of first) expect(chips).toBeGreaterThan(f.volumeMonth ?? Infinity);
      }
    }
    expect(reached).toBeGreaterThanOrEqual(3);
  });

  it("Samsung expands Taylor to the Texas milestone once the fab there is in volume; in 120 months it has enough from the start", () => {
    for (const seed of SEEDS.slice(0, 6)) {
      const texas = (months: 120 | 180) => play(seed, months).state.fabs.filter((f) => f.owner === "samsung" && f.site === "texas" && f.kind === "logic");
      const long = texas(180);
      const base = long.find((f) => f.expansionOf === null)!;
      const grown = long.filter((f) => f.expansionOf !== null);
      expect(grown.length).toBeGreaterThan(0);
      for (const x of grown) expect(x.startedMonth).toBeGreaterThanOrEqual(base.volumeMonth!);
      expect(long.reduce((k, f) => k + f.capacity, 0)).toBe(milestoneTargets(180).samsungTexasK);
      expect(texas(120).filter((f) => f.expansionOf !== null)).toEqual([]);
    }
  });
});
