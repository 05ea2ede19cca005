// Score: milestone points plus a share of the world AI compute each faction enabled —
// deployer, logic supplier and memory supplier all earn from one accelerator switched on (DESIGN §8).
import { describe, expect, it } from "vitest";
import { COMPUTE_SHARE_POINTS } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

describe("score", () => {
  it("score = milestone points + the compute-share points averaged over the months so far", () => {
    let s = quietMatch();
    for (let i = 0; i < 6; i++) s = tick(s);
    for (const f of Object.values(s.factions)) {
      expect(f.score).toBe(Math.round(f.milestonePoints + (COMPUTE_SHARE_POINTS * f.enabled) / 6));
    }
  });

  it("suppliers earn too: TSMC (logic) and Samsung (memory) score without deploying anything", () => {
    let s = quietMatch();
    for (let i = 0; i < 6; i++) s = tick(s);
    expect(s.factions.tsmc.enabled).toBeGreaterThan(0);
    expect(s.factions.samsung.enabled).toBeGreaterThan(0);
    expect(s.factions.tsmc.poweredAccelerators).toBe(0);
  });

  it("more compute switched on means more score for the deployer", () => {
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
  });
});
