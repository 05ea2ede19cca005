// Fabs: expanding a producing fab skips permitting and most of the shell (docs/design.md §5).
import { describe, expect, it } from "vitest";
import { applyOrder, checkOrder, EXPANSION_SHELL_COST_SHARE, SHELL_MONTHS } from "../../shared/index";
import { fabById, foundFab, newestFab, quietMatch, tick } from "./helpers";

describe("fab expansion", () => {
  it("an expansion starts in the shell, with a short shell, at the same site and node", () => {
    const s0 = quietMatch(2);
    const base = s0.fabs.find((f) => f.owner === "tsmc" && f.node === "N3" && f.stage === "volume")!;
    const s1 = tick(s0, [{ issuer: "tsmc", order: { type: "expandFab", fabId: base.id, capacity: 20 } }]);
    const ext = newestFab(s1, "tsmc");
    expect(ext.expansionOf).toBe(base.id);
    expect(ext.stage).toBe("shell");
    expect(ext.site).toBe(base.site);
    expect(ext.node).toBe(base.node);
    expect(ext.startedMonth).toBe(0);
    expect(ext.shellMonths).toBeLessThan(SHELL_MONTHS.min / 2);
    // the greenfield equivalent would still be in permitting
    const { state: g, id } = foundFab(s0, "tsmc", "taiwan", "N3", 20);
    expect(fabById(g, id).stage).toBe("permitting");
    expect(fabById(g, id).shellMonths).toBeGreaterThanOrEqual(SHELL_MONTHS.min);
  });

  it("an expansion's shell costs less than a greenfield shell of the same size", () => {
    const s0 = quietMatch(2);
    const base = s0.fabs.find((f) => f.owner === "tsmc" && f.node === "N3" && f.stage === "volume")!;
    // Apply the orders alone (no month passes), so neither shell has started paying yet.
    const a = structuredClone(s0);
    expect(applyOrder(a, "tsmc", { type: "expandFab", fabId: base.id, capacity: 20 })).toBeNull();
    const b = structuredClone(s0);
    expect(applyOrder(b, "tsmc", { type: "buildFab", site: "taiwan", node: "N3", capacity: 20 })).toBeNull();
    const ext = newestFab(a, "tsmc");
    const green = newestFab(b, "tsmc");
    expect(s0.factions.tsmc.cash - a.factions.tsmc.cash).toBeLessThan(s0.factions.tsmc.cash - b.factions.tsmc.cash);
    expect(ext.shellCostLeft + 1e-6).toBeLessThan(green.shellCostLeft);
    expect(ext.shellCostLeft / green.shellCostLeft).toBeCloseTo(EXPANSION_SHELL_COST_SHARE, 9);
  });

  it("only a producing fab can be expanded", () => {
    const s0 = quietMatch(2);
    const { state, id } = foundFab(s0, "tsmc", "taiwan", "N3", 20);
    expect(checkOrder(state, "tsmc", { type: "expandFab", fabId: id, capacity: 20 })?.code).toBe("wrong-stage");
    expect(checkOrder(state, "samsung", { type: "expandFab", fabId: id, capacity: 20 })?.code).toBe("unknown-target");
  });
});
