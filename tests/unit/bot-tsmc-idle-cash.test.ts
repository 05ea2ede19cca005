// TSMC's bot founds one more fab when cash lies idle: the hard and normal bots past $100 B, the easy
// bot only past $110 B (it lets more pile up before it builds with it).
import { describe, expect, it } from "vitest";
import { createMatch, step, type GameState } from "../../shared/index";
import { makeContext } from "../../shared/bots/context";
import { POLICIES } from "../../shared/bots/policies";
import { leadingEdgeSold } from "../../shared/model/leading-edge";

/** Month 30 of a quiet match; TSMC serves 65 % of leading-edge demand (no extra fab for the share)
 *  and has two fabs under way (its Arizona N3 installing and a new N2 shell), so only idle cash makes a third. */
function twoShellsUnderWay(): GameState {
  let s = createMatch({ seed: 5, months: 120, events: false });
  for (let i = 0; i < 30; i++) s = step(s, []).state;
  const fab = s.fabs.find((f) => f.owner === "tsmc")!;
  s.fabs.push({ ...structuredClone(fab), id: "tw-new", stage: "shell", node: "N2", site: "taiwan" });
  expect(s.fabs.filter((f) => f.owner === "tsmc" && (f.stage === "shell" || f.stage === "install"))).toHaveLength(2);
  s.world.leadingEdgeDemand = leadingEdgeSold(s.factions.tsmc) / 0.65;
  return s;
}

function foundsFab(difficulty: "easy" | "normal" | "hard", budget: number): boolean {
  const s = twoShellsUnderWay();
  s.factions.tsmc.cash = budget;
  const ctx = makeContext(s, "tsmc", difficulty);
  POLICIES.tsmc(ctx, { factor: "logic", lookahead: difficulty === "hard" });
  return ctx.orders.some((o) => o.type === "buildFab" || o.type === "expandFab");
}

describe("TSMC's bot and idle cash", () => {
  it("founds no third fab with $90 B at any level (65 % of demand served, two under way)", () => {
    for (const d of ["easy", "normal", "hard"] as const) expect(foundsFab(d, 90_000)).toBe(false);
  });

  it("founds one with $105 B as the normal or hard bot, but not as the easy bot", () => {
    expect(foundsFab("hard", 105_000)).toBe(true);
    expect(foundsFab("normal", 105_000)).toBe(true);
    expect(foundsFab("easy", 105_000)).toBe(false);
  });

  it("founds one as the easy bot too once it has more than $110 B", () => {
    expect(foundsFab("easy", 115_000)).toBe(true);
  });
});
