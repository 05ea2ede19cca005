// The normal TSMC bot acts on a new limiting factor once it has bound two months running: in its
// first month it keeps at last month's (a month of slack demand no longer stops its next fab). The
// hard bot acts on the month's factor. Either holds back while TSMC's wafers go unsold.
import { describe, expect, it } from "vitest";
import { botFactor, runMatch } from "../../shared/index";
import { UNSOLD_SHARE } from "../../shared/data/limiting";
import { unsoldOver } from "../../shared/rules/limiting/binding";

describe("the normal TSMC and a new limiting factor", () => {
  it("keeps at last month's factor for a month, then follows the new one", () => {
    let firsts = 0;
    let seconds = 0;
    let held = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      runMatch({ seed, months: 120, difficulty: "normal" }, {
        untilMonth: 90,
        observe: (s) => {
          const h = s.factions.tsmc.limitingHistory;
          const now = s.factions.tsmc.limitingFactor;
          const last = h[h.length - 2];
          if (last === undefined) return;
          // While its wafers go unsold, TSMC's bot holds back as for demand (price-settling.test.ts).
          if (unsoldOver(s, "tsmc", UNSOLD_SHARE)) {
            expect(botFactor(s, "tsmc", "normal")).toBe("demand");
            held++;
            return;
          }
          expect(botFactor(s, "tsmc", "hard")).toBe(now);
          if (last !== now) {
            expect(botFactor(s, "tsmc", "normal")).toBe(last);
            firsts++;
          } else if (h[h.length - 3] !== now) {
            expect(botFactor(s, "tsmc", "normal")).toBe(now);
            seconds++;
          }
        },
      });
    }
    expect(firsts).toBeGreaterThan(3);
    expect(seconds).toBeGreaterThan(3);
    expect(held).toBeGreaterThan(0);
  });
});
