// Score: milestone points plus a share of the world AI compute each faction enabled with what it
// added during the match — compute switched on beyond its start, wafers (leading-edge ones, when sold)
// and HBM from fabs it built or finished. What a faction starts with earns nothing (docs/design.md, "Score").
import { describe, expect, it } from "vitest";
import { COMPUTE_SHARE_POINTS, DIES_PER_WAFER, OWN_WAFER_CREDIT, scoreBreakdown } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

describe("score", () => {
  it("score = milestone points + compute-share points accumulated over the match's length", () => {
    let s = quietMatch();
    s.fabs.find((f) => f.owner === "tsmc" && f.stage === "volume")!.credited = true;
    for (let i = 0; i < 6; i++) s = tick(s);
    for (const f of Object.values(s.factions)) {
      expect(f.score).toBe(Math.round(f.milestonePoints + (COMPUTE_SHARE_POINTS * f.enabled) / s.options.months));
    }
    expect(s.factions.tsmc.score).toBeGreaterThan(0);
  });

  it("starting assets earn nothing: TSMC's and Samsung's running fabs score 0 until they build", () => {
    let s = quietMatch();
    for (let i = 0; i < 6; i++) s = tick(s);
    expect(s.factions.tsmc.flows.wafersSold).toBeGreaterThan(0);
    expect(s.factions.tsmc.enabled).toBe(0);
    expect(s.factions.samsung.enabled).toBe(0);
    expect(s.factions.tsmc.score).toBe(0);
  });

  it("a supplier earns from fabs it built or finished: the same TSMC with one fab credited scores by its wafers", () => {
    let s = quietMatch();
    const fab = s.fabs.find((f) => f.owner === "tsmc" && f.node === "N3" && f.stage === "volume")!;
    fab.credited = true;
    for (let i = 0; i < 6; i++) s = tick(s);
    expect(s.factions.tsmc.enabledBy.logic).toBeGreaterThan(0);
    expect(s.factions.tsmc.enabledBy.deploy).toBe(0);
    expect(s.factions.tsmc.poweredAccelerators).toBe(0);
  });

  it("wafers sold count for the AI chain only from leading-edge nodes: a new N5 fab's sales earn money, not points", () => {
    const run = (node: "N5" | "N3") => {
      let s = quietMatch();
      s.fabs.find((f) => f.owner === "tsmc" && f.node === node && f.stage === "volume")!.credited = true;
      for (let i = 0; i < 6; i++) s = tick(s);
      return s.factions.tsmc;
    };
    const n5 = run("N5");
    const n3 = run("N3");
    expect(n5.flows.wafersSold).toBeGreaterThan(0);
    expect(n5.flows.newLogicWafers).toBeGreaterThan(0);
    expect(n5.enabledBy.logic).toBe(0);
    expect(n3.enabledBy.logic).toBeGreaterThan(0);
  });

  it("a deployer's own wafers count at any node: China's new 7 nm-class DUV fab makes its accelerators", () => {
    let s = quietMatch();
    s.fabs.find((f) => f.owner === "china" && f.node === "N7")!.credited = true;
    for (let i = 0; i < 6; i++) s = tick(s);
    expect(s.factions.china.flows.goodDies).toBeGreaterThan(0);
    expect(s.factions.china.flows.newLeadingEdgeWafers).toBe(0);
    expect(s.factions.china.enabledBy.logic).toBeGreaterThan(0);
  });

  it("a deployer's own dies count only as far as its memory can use them: none without HBM, no more past five times what it assembles", () => {
    const run = (capacityTimes: number, hbm: boolean) => {
      let s = quietMatch();
      const fab = s.fabs.find((f) => f.owner === "china" && f.node === "N7")!;
      fab.credited = true;
      fab.capacity *= capacityTimes;
      let newWafers = 0;
      let ownUsed = 0;
      for (let i = 0; i < 6; i++) {
        if (!hbm) { s.factions.china.hbm = 0; s.factions.china.hbmShare = 0; }
        s = tick(s);
        const c = s.factions.china;
        newWafers += c.flows.newLogicWafers;
        ownUsed += c.flows.acceleratorsMade / (DIES_PER_WAFER * c.logicWaferYield);
      }
      return { china: s.factions.china, newWafers, ownUsed, uncounted: scoreBreakdown(s, "china").ownWafersUncounted };
    };
    const starved = run(1, false);
    expect(starved.china.flows.goodDies).toBeGreaterThan(0);
    expect(starved.china.flows.acceleratorsMade).toBe(0);
    expect(starved.china.enabledBy.logic).toBe(0);
    // The score dialog tells the player: every one of this month's own new wafers went uncounted.
    expect(starved.uncounted).toBeCloseTo(starved.china.flows.newLogicWafers, 9);
    expect(starved.uncounted).toBeGreaterThan(0);
    // Ten and forty times the fab: far more dies than its HBM can pair with, so both are at the
    // limit and the forty-times fab earns no more (a little less: its wafers swell the world's).
    const big = run(10, true);
    const huge = run(40, true);
    expect(big.newWafers).toBeGreaterThan(OWN_WAFER_CREDIT * big.ownUsed);
    expect(big.china.enabledBy.logic).toBeGreaterThan(0);
    expect(huge.china.enabledBy.logic).toBeLessThanOrEqual(big.china.enabledBy.logic);
    expect(huge.uncounted).toBeGreaterThan(big.uncounted);
    expect(huge.uncounted).toBeLessThan(huge.china.flows.newLogicWafers);
  });

  it("more compute switched on means more score for the deployer, and only what is added counts", () => {
    const a0 = quietMatch();
    const b0 = quietMatch();
    b0.factions.tesla.gridGW = 5;
    b0.factions.tesla.warehouse = 2_500;
    let a = a0;
    let b = b0;
    for (let i = 0; i < 6; i++) {
      a = tick(a);
      b = tick(b);
    }
    expect(b.factions.tesla.enabled).toBeGreaterThan(a.factions.tesla.enabled);
    expect(b.factions.tesla.enabledBy.deploy).toBeGreaterThan(0);
  });

  it("the breakdown adds up to the score (milestones and the three roles)", () => {
    let s = quietMatch();
    s.factions.tesla.gridGW = 5;
    s.factions.tesla.warehouse = 2_500;
    for (let i = 0; i < 12; i++) s = tick(s);
    for (const id of ["tesla", "tsmc", "samsung", "china"] as const) {
      const b = scoreBreakdown(s, id);
      const parts = Object.values(b.milestones).reduce((x, y) => x + y, 0) + b.deploy + b.logic + b.memory;
      expect(Math.abs(parts - b.total)).toBeLessThanOrEqual(3); // each part is rounded on its own
    }
    expect(scoreBreakdown(s, "tesla").deploy).toBeGreaterThan(0);
  });
});
