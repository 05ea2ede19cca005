// Tesla's bot founds its TerraFab ahead of need in month 12, or sooner when a fab founded then could
// not reach volume before the match ends (about 54 months from founding): month 6 of a 60-month match.
// The easy bot is two months late (month 8 of 60), or a month when logic binds first and the attack on
// it, a month late in a 60-month match, founds the fab.
import { describe, expect, it } from "vitest";
import { runMatch, type Difficulty, type Order } from "../../shared/index";

/** Tesla's logic-fab orders in the first two years: month and why. */
function logicFabs(seed: number, months: 60 | 120, difficulty: Difficulty): Array<{ month: number; why?: string }> {
  const { replay } = runMatch({ seed, months, difficulty }, { recordReplay: true, untilMonth: 24 });
  return replay!.orders
    .filter((o) => o.issuer === "tesla" && (o.order as Order).type === "buildFab" && (o.order as { node?: string }).node === "N2")
    .map((o) => ({ month: o.month, why: o.reason?.key }));
}

describe("the TerraFab's founding month", () => {
  it("is month 6 of a 60-month match (7 or 8 for the easy bot), and never before month 12 of a 120-month one", () => {
    for (const seed of [1, 2, 3, 4]) {
      expect(logicFabs(seed, 60, "normal")[0]).toEqual({ month: 6, why: "bot.why.fab.ahead" });
      const easy = logicFabs(seed, 60, "easy")[0];
      expect([7, 8]).toContain(easy.month);
      if (easy.month === 7) expect(easy.why).not.toBe("bot.why.fab.ahead");
      expect(logicFabs(seed, 120, "normal").filter((o) => o.why === "bot.why.fab.ahead").every((o) => o.month >= 12)).toBe(true);
    }
  });
});
