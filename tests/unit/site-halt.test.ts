// Disasters: a halted site (siteHaltedUntil) makes no construction progress and no output until it reopens.
import { describe, expect, it } from "vitest";
import { fabById, foundFab, quietMatch, tick } from "./helpers";

describe("a halted site", () => {
  it("Taiwan halted: its fabs stop building and producing while Arizona carries on", () => {
    let { state, id } = foundFab(quietMatch(), "tsmc", "taiwan", "N3", 10);
    const taiwanRamp = state.fabs.find((f) => f.owner === "tsmc" && f.site === "taiwan" && f.stage === "ramp")!.id;
    const arizona = state.fabs.find((f) => f.owner === "tsmc" && f.site === "arizona" && f.stage === "volume")!.id;
    const progress = fabById(state, id).progress;
    const learning = fabById(state, taiwanRamp).learning;
    state.siteHaltedUntil.taiwan = state.month + 3;
    for (let i = 0; i < 3; i++) {
      state = tick(state);
      expect(fabById(state, id).progress).toBe(progress);
      expect(fabById(state, id).blocker).toBe("halted");
      expect(fabById(state, taiwanRamp).learning).toBe(learning);
      for (const fab of state.fabs.filter((f) => f.site === "taiwan")) expect(fab.output).toBe(0);
      expect(fabById(state, arizona).output).toBeGreaterThan(0);
      // only Arizona's wafers were made
      const made = state.fabs.filter((f) => f.owner === "tsmc" && f.site === "arizona").reduce((s, f) => s + f.output, 0);
      expect(state.factions.tsmc.flows.logicWafersMade).toBeCloseTo(made, 9);
    }
    state = tick(state);
    expect(fabById(state, id).progress).toBeGreaterThan(progress);
    expect(fabById(state, taiwanRamp).output).toBeGreaterThan(0);
    expect(fabById(state, taiwanRamp).learning).toBeGreaterThan(learning);
  });

  it("an injected Taiwan earthquake halts Taiwan's fabs for the event's months", () => {
    let state = quietMatch();
    state = tick(state, [{ issuer: "teacher", order: { type: "injectEvent", eventId: "taiwan-earthquake" } }]);
    expect(state.siteHaltedUntil.taiwan).toBeGreaterThan(state.month - 1);
    for (const fab of state.fabs.filter((f) => f.site === "taiwan")) expect(fab.output).toBe(0);
    expect(state.fabs.filter((f) => f.site !== "taiwan" && f.output > 0).length).toBeGreaterThan(0);
  });
});
