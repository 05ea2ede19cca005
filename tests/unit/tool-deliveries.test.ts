// Tools: a fab never receives more of a tool than it needs, and a tool is never delivered twice.
import { describe, expect, it } from "vitest";
import { checkOrder, type GameState } from "../../shared/index";
import { fabById, newestFab, quietMatch, tick } from "./helpers";

function totalDelivered(s: GameState): number {
  return Object.values(s.toolLines).reduce((a, l) => a + l.delivered, 0);
}
function fabTools(s: GameState): number {
  return s.fabs.reduce((a, f) => a + Object.values(f.toolsDelivered).reduce((x, n) => x + (n ?? 0), 0), 0);
}

describe("tool deliveries", () => {
  it("a full kit arrives exactly once: delivered equals needed, vendors' counts match the fab's", () => {
    let s = tick(quietMatch(), [{ issuer: "tsmc", order: { type: "buildFab", site: "taiwan", node: "N3", capacity: 10 } }]);
    const id = newestFab(s, "tsmc").id;
    const before = fabTools(s);
    s = tick(s, [{ issuer: "tsmc", order: { type: "orderToolKit", fabId: id } }]);
    // everything is now on order: more is refused
    expect(checkOrder(s, "tsmc", { type: "orderToolKit", fabId: id })?.code).toBe("limit-reached");
    expect(checkOrder(s, "tsmc", { type: "orderTools", fabId: id, line: "asml:euv", quantity: 1 })?.code).toBe("limit-reached");
    for (let i = 0; i < 40; i++) s = tick(s);
    const fab = fabById(s, id);
    expect(fab.toolsDelivered).toEqual(fab.toolsNeeded);
    expect(fabTools(s) - before).toBe(totalDelivered(s));
    expect(s.toolOrders.filter((o) => o.fabId === id)).toHaveLength(0);
  });

  it("if a fab's need is met some other way, the vendor closes the order instead of over-delivering", () => {
    let s = tick(quietMatch(), [{ issuer: "tsmc", order: { type: "buildFab", site: "taiwan", node: "N3", capacity: 10 } }]);
    const id = newestFab(s, "tsmc").id;
    s = tick(s, [{ issuer: "tsmc", order: { type: "orderTools", fabId: id, line: "amat:dep", quantity: 20 } }]);
    const fab = fabById(s, id);
    fab.toolsDelivered.dep = (fab.toolsNeeded.dep ?? 0) - 3; // only 3 more fit
    for (let i = 0; i < 12; i++) s = tick(s);
    expect(fabById(s, id).toolsDelivered.dep).toBe(fabById(s, id).toolsNeeded.dep);
    expect(s.toolOrders.filter((o) => o.fabId === id)).toHaveLength(0);
  });

  it("a finished fab takes no more tools", () => {
    const s = quietMatch();
    const running = s.fabs.find((f) => f.owner === "tsmc" && f.stage === "volume")!;
    expect(checkOrder(s, "tsmc", { type: "orderTools", fabId: running.id, line: "amat:dep", quantity: 1 })?.code).toBe("wrong-stage");
  });
});
