// The hard China builds its own tool industry ahead of need: $1 B a month to its domestic tool maker
// while it has $20 B to spare. The normal China funds it only while tools bind.
import { describe, expect, it } from "vitest";
import { botOrders, runMatch, type GameState } from "../../shared/index";

const funds = (s: GameState, d: "normal" | "hard") => botOrders(s, "china", d).some((o) => o.type === "fundVendor" && o.vendor === "domestic");

describe("China's bots and its domestic tool maker", () => {
  it("hard funds it every month while cash is plentiful; normal only while tools bind", () => {
    let rich = 0;
    let poor = 0;
    runMatch({ seed: 3, months: 120, difficulty: "normal" }, {
      untilMonth: 60,
      observe: (s) => {
        if (s.status !== "running") return;
        const f = s.factions.china;
        if (f.limitingFactor === "tools") return;
        expect(funds(s, "normal")).toBe(false);
        if (f.cash > 60_000) { expect(funds(s, "hard")).toBe(true); rich++; }
        if (f.cash < 20_000) { expect(funds(s, "hard")).toBe(false); poor++; }
      },
    });
    expect(rich).toBeGreaterThan(0);
    expect(poor + rich).toBeGreaterThan(5);
  });
});
