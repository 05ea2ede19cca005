// Lobbying on export controls is a tug-of-war: the two sides' money nets out, a big push moves
// several levels, and the remainder keeps pushing instead of being lost.
import { describe, expect, it } from "vitest";
import { LOBBY_COST_PER_STEP } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

describe("lobbying", () => {
  it("a push worth two steps moves the sanction level two steps", () => {
    const s0 = quietMatch();
    expect(s0.sanctionLevel).toBe(1);
    const s1 = tick(s0, [{ issuer: "tsmc", order: { type: "lobby", direction: "tighten", amount: 2 * LOBBY_COST_PER_STEP } }]);
    expect(s1.sanctionLevel).toBe(3);
  });

  it("what is left over keeps pushing next month", () => {
    const s0 = quietMatch();
    const s1 = tick(s0, [{ issuer: "tesla", order: { type: "lobby", direction: "tighten", amount: 1.5 * LOBBY_COST_PER_STEP } }]);
    expect(s1.sanctionLevel).toBe(2);
    expect(s1.lobby.tighten).toBeCloseTo(0.5 * LOBBY_COST_PER_STEP, 6);
    const s2 = tick(s1, [{ issuer: "samsung", order: { type: "lobby", direction: "tighten", amount: 0.5 * LOBBY_COST_PER_STEP } }]);
    expect(s2.sanctionLevel).toBe(3);
  });

  it("the other side's money nets out", () => {
    const s0 = quietMatch();
    const s1 = tick(s0, [
      { issuer: "tsmc", order: { type: "lobby", direction: "tighten", amount: LOBBY_COST_PER_STEP + 50 } },
      { issuer: "china", order: { type: "lobby", direction: "loosen", amount: 100 } },
    ]);
    // A step's worth and 50 to tighten, less 100 to loosen: short of a step, so the level holds.
    expect(s1.sanctionLevel).toBe(1);
    expect(s1.lobby.tighten - s1.lobby.loosen).toBeCloseTo(LOBBY_COST_PER_STEP - 50, 6);
  });
});
