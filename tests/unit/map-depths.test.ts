// The map's drawing order: the limiting-factor rings go under what they surround, so the text of
// the icons they ring stays readable; the tag and the tooltip go over everything.
import { describe, expect, it } from "vitest";
import { DEPTH } from "../../client/src/world/depths";

describe("map drawing order", () => {
  it("draws the rings under the icons and labels they surround", () => {
    expect(DEPTH.ring).toBeLessThan(DEPTH.icon);
    expect(DEPTH.ring).toBeLessThan(DEPTH.label);
    expect(DEPTH.ring).toBeLessThan(DEPTH.rivalFab);
  });

  it("draws labels over icons, the player's fabs over rivals', and the tag and tooltip over all", () => {
    expect(DEPTH.label).toBeGreaterThan(DEPTH.icon);
    expect(DEPTH.myFab).toBeGreaterThan(DEPTH.rivalFab);
    const below = Object.entries(DEPTH).filter(([k]) => k !== "tag" && k !== "tip").map(([, v]) => v);
    expect(Math.min(DEPTH.tag, DEPTH.tip)).toBeGreaterThan(Math.max(...below));
    expect(DEPTH.tip).toBeGreaterThan(DEPTH.tag);
  });
});
