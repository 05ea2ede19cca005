// China's bot founds its DUV logic fabs at 20 kWSPM, but the normal bot of a 60-month match at 25:
// there China wins on score, by the wafers it turns out before the end, and a bot that built small
// left a month-0 all-in +10.7 points over it (docs/design.md §11).
import { describe, expect, it } from "vitest";
import { makeContext } from "../../shared/bots/context";
import { POLICIES } from "../../shared/bots/policies";
import type { Order } from "../../shared/index";
import { quietMatch } from "./helpers";

/** The DUV logic fabs China's bot founds in month 0 while logic binds it, with cash to spare. */
function duvFabsFounded(difficulty: "easy" | "normal" | "hard", months: 60 | 120 | 180): Array<Extract<Order, { type: "buildFab" }>> {
  const s = quietMatch(5, months);
  s.factions.china.cash = 80_000;
  const ctx = makeContext(s, "china", difficulty);
  POLICIES.china(ctx, { factor: "logic", lookahead: difficulty === "hard" });
  return ctx.orders.filter((o): o is Extract<Order, { type: "buildFab" }> => o.type === "buildFab" && (o.node === "N7" || o.node === "N5"));
}

describe("the size of China's DUV logic fabs", () => {
  it("is 25 k for the normal bot of a 60-month match", () => {
    const fabs = duvFabsFounded("normal", 60);
    expect(fabs.length).toBeGreaterThan(0);
    for (const f of fabs) expect(f.capacity).toBe(25);
  });

  it("is 20 k for the normal bot of longer matches, and for the easy and hard bots of a 60-month one", () => {
    for (const [difficulty, months] of [["normal", 120], ["normal", 180], ["easy", 60], ["hard", 60]] as const) {
      const fabs = duvFabsFounded(difficulty, months);
      expect(fabs.length, `${difficulty} ${months}`).toBeGreaterThan(0);
      for (const f of fabs) expect(f.capacity, `${difficulty} ${months}`).toBe(20);
    }
  });
});
