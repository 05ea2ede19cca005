// Fabs: a greenfield fab waits for its permit, and the wait depends on the site (docs/design.md §5: permitting by site).
import { describe, expect, it } from "vitest";
import { SITES } from "../../shared/index";
import { foundFab, fabById, quietMatch, tick } from "./helpers";

// The design's table, written out here so a data change that breaks it is caught.
const PERMIT_MONTHS = { taiwan: 3, korea: 4, china: 2, texas: 6, arizona: 9 } as const;
const BUILDER = { taiwan: "tsmc", korea: "samsung", china: "china", texas: "tesla", arizona: "tsmc" } as const;

describe("permitting", () => {
  for (const [site, months] of Object.entries(PERMIT_MONTHS) as Array<[keyof typeof PERMIT_MONTHS, number]>) {
    it(`a fab in ${site} spends ${months} months in permitting, then starts its shell`, () => {
      const owner = BUILDER[site];
      let { state, id } = foundFab(quietMatch(), owner, site, site === "korea" ? "D1c" : "N3", 10);
      let inPermitting = 1; // the founding month counts
      const stages: string[] = [fabById(state, id).stage];
      while (fabById(state, id).stage === "permitting" && inPermitting < 24) {
        state = tick(state);
        stages.push(fabById(state, id).stage);
        inPermitting++;
      }
      // The founding month plus every month that ended still in permitting, up to the one that ended it.
      const months_ = stages.filter((s) => s === "permitting").length + 1;
      expect(months_).toBe(months);
      expect(fabById(state, id).stage).toBe("shell");
      expect(SITES[site].permitMonths).toBe(months);
    });
  }

  it("permitting needs no engineers and costs nothing after the founding deposit", () => {
    const s0 = quietMatch();
    const { state: s1, id } = foundFab(s0, "tsmc", "arizona", "N2", 50);
    const fab = fabById(s1, id);
    expect(fab.stage).toBe("permitting");
    const shellCost = fab.shellCostLeft;
    const s2 = tick(s1);
    expect(fabById(s2, id).shellCostLeft).toBe(shellCost);
    expect(fabById(s2, id).progress).toBe(2);
  });
});
