// TSMC's bot founds one more fab when cash lies idle: the hard and normal bots past $100 B (the normal
// bot of a 180-month match past $95 B, of a 60-month one past $90 B), the easy bot only past $110 B
// (it lets more pile up before it builds with it). And while it serves too little
// of the leading-edge demand: the normal bot under half, the hard bot under 70 % (60 % in a
// 180-month match).
import { describe, expect, it } from "vitest";
import { createMatch, step, type GameState } from "../../shared/index";
import { makeContext } from "../../shared/bots/context";
import { POLICIES } from "../../shared/bots/policies";
import { leadingEdgeSold } from "../../shared/model/leading-edge";

/** Month 30 of a quiet match; TSMC serves this share of leading-edge demand (75 %: no extra fab for the share)
 *  and has two fabs under way (its Arizona N3 installing and a new N2 shell), so only idle cash makes a third. */
function twoShellsUnderWay(served = 0.75, months: 60 | 120 | 180 = 120): GameState {
  let s = createMatch({ seed: 5, months, events: false });
  for (let i = 0; i < 30; i++) s = step(s, []).state;
  const fab = s.fabs.find((f) => f.owner === "tsmc")!;
  s.fabs.push({ ...structuredClone(fab), id: "tw-new", stage: "shell", node: "N2", site: "taiwan" });
  expect(s.fabs.filter((f) => f.owner === "tsmc" && (f.stage === "shell" || f.stage === "install"))).toHaveLength(2);
  s.world.leadingEdgeDemand = leadingEdgeSold(s.factions.tsmc) / served;
  return s;
}

function foundsFab(difficulty: "easy" | "normal" | "hard", budget: number, served = 0.75, months: 60 | 120 | 180 = 120): boolean {
  const s = twoShellsUnderWay(served, months);
  s.factions.tsmc.cash = budget;
  const ctx = makeContext(s, "tsmc", difficulty);
  POLICIES.tsmc(ctx, { factor: "logic", lookahead: difficulty === "hard" });
  return ctx.orders.some((o) => o.type === "buildFab" || o.type === "expandFab");
}

describe("TSMC's bot and idle cash", () => {
  it("founds no third fab with $90 B at any level (75 % of demand served, two under way)", () => {
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

  // The normal bot of a 180-month match builds with $95 B idle; of a 60-month one, where the normal
  // China founds bigger DUV fabs, with $90 B. Cash just past that founds a fab; the hard and easy bots
  // there, and the normal bot of 120 months, wait for more.
  it.each([[180, 97_000, 93_000], [60, 92_000, 88_000]] as const)("as the normal bot of a %i-month match, founds one with $%i, not with $%i; the hard and easy bots there, and the normal bot of 120 months, do not", (months, enough, short) => {
    expect(foundsFab("normal", enough, 0.75, months)).toBe(true);
    expect(foundsFab("normal", short, 0.75, months)).toBe(false);
    expect(foundsFab("hard", enough, 0.75, months)).toBe(false);
    expect(foundsFab("easy", enough, 0.75, months)).toBe(false);
    expect(foundsFab("normal", enough)).toBe(false);
  });
});

describe("TSMC's bot short of the demand", () => {
  it("serving 67 % of it, the hard bot keeps a third fab under way in a 120-month match, not in a 180-month one; the normal bot in neither", () => {
    expect(foundsFab("hard", 90_000, 0.67)).toBe(true);
    expect(foundsFab("hard", 90_000, 0.67, 180)).toBe(false);
    expect(foundsFab("normal", 90_000, 0.67)).toBe(false);
    expect(foundsFab("hard", 90_000, 0.72)).toBe(false);
    expect(foundsFab("hard", 90_000, 0.58, 180)).toBe(true);
  });
});
