// Tesla's bot founds its TerraFab ahead of need in month 12, or sooner when a fab founded then could
// not reach volume before the match ends (about 54 months from founding): month 6 of a 60-month match.
// (When logic binds first, the attack on it founds a fab anyway.)
import { describe, expect, it } from "vitest";
import { runMatch, type Order } from "../../shared/index";

/** Months in which Tesla's bot founds a logic fab ahead of need (its reason says so). */
function aheadMonths(seed: number, months: 60 | 120): number[] {
  const { replay } = runMatch({ seed, months, difficulty: "normal" }, { recordReplay: true, untilMonth: 24 });
  return replay!.orders.filter((o) => o.issuer === "tesla" && (o.order as Order).type === "buildFab" && o.reason?.key === "bot.why.fab.ahead").map((o) => o.month);
}

describe("the TerraFab's founding month", () => {
  it("is month 6 of a 60-month match, and never before month 12 of a 120-month one", () => {
    for (const seed of [1, 2, 3, 4]) {
      expect(aheadMonths(seed, 60)[0]).toBe(6);
      expect(aheadMonths(seed, 120).every((m) => m >= 12)).toBe(true);
    }
  });
});
