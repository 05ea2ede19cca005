// Tools under export controls: China cannot buy EUV at all; foreign tools only within a monthly quota and at a premium;
// China's domestic tool makers sell only to China (docs/design.md §5).
import { describe, expect, it } from "vitest";
import { applyOrder, CHINA_PREMIUM, CHINA_QUOTA, checkOrder, t, TOOL_LINES, type GameState } from "../../shared/index";
import { newestFab, quietMatch, tick } from "./helpers";

function chinaWithFab(node = "N5"): { state: GameState; fabId: string } {
  const s = tick(quietMatch(), [{ issuer: "china", order: { type: "buildFab", site: "china", node, capacity: 20 } }]);
  return { state: s, fabId: newestFab(s, "china").id };
}

describe("export controls on tools", () => {
  it("China is refused EUV from ASML with the code 'sanctioned', at every sanction level", () => {
    // even a fab built to wait for EUV (no multi-patterning) cannot get ASML's
    const s = tick(quietMatch(), [{ issuer: "china", order: { type: "buildFab", site: "china", node: "N3", capacity: 20, multipatterning: false } }]);
    const euvFab = newestFab(s, "china");
    expect(euvFab.toolsNeeded.euv).toBeGreaterThan(0);
    for (const level of [1, 2, 3]) {
      const x = structuredClone(s);
      x.sanctionLevel = level;
      const r = checkOrder(x, "china", { type: "orderTools", fabId: euvFab.id, line: "asml:euv", quantity: 1 });
      expect(r?.code).toBe("sanctioned");
      expect(t("en", r!.reason)).not.toBe(r!.reason);
    }
  });

  it("China buys foreign DUV only up to this month's quota, at the premium", () => {
    const { state, fabId } = chinaWithFab("N5");
    const quota = CHINA_QUOTA[1].duv!;
    expect(quota).toBeGreaterThan(0);
    expect(checkOrder(state, "china", { type: "orderTools", fabId, line: "asml:duv", quantity: quota + 1 })?.code).toBe("sanctioned");
    const copy = structuredClone(state);
    expect(applyOrder(copy, "china", { type: "orderTools", fabId, line: "asml:duv", quantity: quota })).toBeNull();
    const unit = TOOL_LINES["asml:duv"].price * (1 + CHINA_PREMIUM[1]);
    expect(state.factions.china.cash - copy.factions.china.cash).toBeCloseTo(quota * unit, 6);
    expect(copy.toolOrders.at(-1)!.unitPrice).toBeCloseTo(unit, 9);
    // the quota is used up for this month…
    const r = applyOrder(copy, "china", { type: "orderTools", fabId, line: "asml:duv", quantity: 1 });
    expect(r?.code).toBe("sanctioned");
    expect(r?.reason).toBe("refusal.quotaExhausted");
    // …and renews next month
    const next = tick(state, [{ issuer: "china", order: { type: "orderTools", fabId, line: "asml:duv", quantity: quota } }]);
    expect(checkOrder(next, "china", { type: "orderTools", fabId, line: "asml:duv", quantity: 1 })).toBeNull();
  });

  it("US-made tools: quota and premium for China; others pay list price", () => {
    const { state, fabId } = chinaWithFab("N5");
    const copy = structuredClone(state);
    expect(applyOrder(copy, "china", { type: "orderTools", fabId, line: "lam:etch", quantity: 2 })).toBeNull();
    expect(copy.toolOrders.at(-1)!.unitPrice).toBeGreaterThan(TOOL_LINES["lam:etch"].price);
    const quota = CHINA_QUOTA[1].etch!;
    expect(checkOrder(state, "china", { type: "orderTools", fabId, line: "lam:etch", quantity: quota + 1 })?.code).toBe("sanctioned");

    const s = tick(quietMatch(), [{ issuer: "tsmc", order: { type: "buildFab", site: "taiwan", node: "N5", capacity: 20 } }]);
    const tsmcFab = newestFab(s, "tsmc").id;
    const c2 = structuredClone(s);
    expect(applyOrder(c2, "tsmc", { type: "orderTools", fabId: tsmcFab, line: "lam:etch", quantity: quota + 1 })).toBeNull();
    expect(c2.toolOrders.at(-1)!.unitPrice).toBe(TOOL_LINES["lam:etch"].price);
  });

  it("tighter controls shrink the quota and raise the premium; a full embargo refuses everything foreign", () => {
    const { state, fabId } = chinaWithFab("N5");
    const unitAt = (level: number) => {
      const x = structuredClone(state);
      x.sanctionLevel = level;
      const r = applyOrder(x, "china", { type: "orderTools", fabId, line: "amat:dep", quantity: 1 });
      return r ? r.code : x.toolOrders.at(-1)!.unitPrice;
    };
    expect(unitAt(2)).toBeGreaterThan(unitAt(1) as number);
    expect(unitAt(3)).toBe("sanctioned");
    expect((CHINA_QUOTA[2].dep ?? 0) < (CHINA_QUOTA[1].dep ?? 0)).toBe(true);
    const x = structuredClone(state);
    x.sanctionLevel = 2;
    expect(checkOrder(x, "china", { type: "fundVendor", vendor: "asml", amount: 100 })?.code).toBe("sanctioned");
  });

  it("domestic tool lines sell only to China; domestic EUV only after the domestic-EUV milestone", () => {
    const s = tick(quietMatch(), [{ issuer: "tsmc", order: { type: "buildFab", site: "taiwan", node: "N3", capacity: 20 } }]);
    const tsmcFab = newestFab(s, "tsmc").id;
    for (const line of Object.keys(TOOL_LINES).filter((l) => TOOL_LINES[l].vendor === "domestic")) {
      expect(checkOrder(s, "tsmc", { type: "orderTools", fabId: tsmcFab, line, quantity: 1 })?.code, line).toBe("not-allowed");
    }
    expect(checkOrder(s, "samsung", { type: "fundVendor", vendor: "domestic", amount: 100 })?.code).toBe("not-allowed");

    let c = tick(quietMatch(), [{ issuer: "china", order: { type: "buildFab", site: "china", node: "N3", capacity: 20, multipatterning: false } }]);
    const euvFab = newestFab(c, "china").id;
    expect(checkOrder(c, "china", { type: "orderTools", fabId: euvFab, line: "domestic:dep", quantity: 1 })).toBeNull();
    expect(checkOrder(c, "china", { type: "orderTools", fabId: euvFab, line: "domestic:euv", quantity: 1 })?.reason).toBe("refusal.domesticEuvNotReady");
    const r = c.factions.china.research["domestic-euv"];
    r.spent = r.cost;
    c = tick(c);
    expect(c.factions.china.milestones["domestic-euv"]).not.toBeNull();
    expect(checkOrder(c, "china", { type: "orderTools", fabId: euvFab, line: "domestic:euv", quantity: 1 })).toBeNull();
  });
});
