// The normal Tesla bot commits to memory (a three-year HBM contract, a DRAM fab) only when memory has
// bound two months running: a one-month pinch is a price blip. The hard bot, which plans ahead, does not wait.
import { describe, expect, it } from "vitest";
import { botOrders, runMatch, type Order } from "../../shared/index";

/** The HUD's attack on memory: a three-year HBM contract or a DRAM fab. */
const commitsToMemory = (o: Order) => (o.type === "offerContract" && o.good === "hbm" && o.months === 36) || (o.type === "buildFab" && o.node === "D1c");

describe("the normal Tesla and a one-month memory pinch", () => {
  it("does not commit in memory's first month, and does in its second", () => {
    let first = 0;
    let second = 0;
    let hardFirst = 0;
    for (let seed = 1; seed <= 6; seed++) {
      runMatch({ seed, months: 120, difficulty: "normal" }, {
        untilMonth: 90,
        observe: (s) => {
          const h = s.factions.tesla.limitingHistory;
          if (s.factions.tesla.limitingFactor !== "memory") return;
          const running = h[h.length - 2] === "memory" ? (h[h.length - 3] === "memory" ? 3 : 2) : 1;
          const normal = botOrders(s, "tesla", "normal").filter(commitsToMemory);
          if (running === 1) {
            expect(normal).toEqual([]);
            first++;
            if (botOrders(s, "tesla", "hard").some(commitsToMemory)) hardFirst++;
          } else if (running === 2 && normal.length > 0) second++;
        },
      });
    }
    expect(first).toBeGreaterThan(5);
    expect(second).toBeGreaterThan(0);
    expect(hardFirst).toBeGreaterThan(0);
  });
});
