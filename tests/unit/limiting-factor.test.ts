// The limiting factor: every month, for every faction, the input whose relief would raise its objective most (docs/design.md §4).
import { describe, expect, it } from "vitest";
import { LIMITING_FACTORS, runMatch, step, type GameState } from "../../shared/index";
import { quietMatch } from "./helpers";

/** Tesla with abundant ground power and nothing in the warehouse. */
function teslaWithPower(): GameState {
  const s = quietMatch();
  const f = s.factions.tesla;
  f.gridGW = 100;
  f.warehouse = 0;
  return s;
}

/** A world whose non-player buyers want `waferDemand` k leading-edge wafers a month and no AI wafers. */
function fewBuyers(waferDemand: number): GameState {
  const s = quietMatch();
  s.npc.waferDemand = waferDemand;
  s.npc.aiAcceleratorsPerMonth = 0;
  return s;
}

/** The factor named after two months of the same conditions (a change is confirmed over two months). */
function named(s: GameState): GameState {
  return step(step(s, []).state, []).state;
}

describe("limiting factor", () => {
  it("every month every faction names one of the nine factors (a full bot match)", () => {
    const { record } = runMatch({ seed: 21, months: 120 });
    for (const [id, f] of Object.entries(record.factions)) {
      expect(f.limitingFactor, id).toHaveLength(record.endedMonth! + 1);
      for (const lf of f.limitingFactor) expect(LIMITING_FACTORS, id).toContain(lf);
    }
  });

  it("Tesla at month 0 — warehouse full, no spare power — is power-bound", () => {
    const s = step(quietMatch(), []).state;
    expect(s.factions.tesla.limitingFactor).toBe("power");
    expect(s.factions.tesla.warehouse).toBeGreaterThan(0);
  });

  it("Tesla with abundant power and no wafers is logic-bound", () => {
    const s = teslaWithPower();
    s.factions.tesla.logicWafers = 0;
    s.factions.tesla.hbm = 1_000_000;
    expect(named(s).factions.tesla.limitingFactor).toBe("logic");
  });

  it("Tesla with abundant power and wafers but no HBM is memory-bound", () => {
    const s = teslaWithPower();
    s.factions.tesla.logicWafers = 1_000;
    s.factions.tesla.logicWaferYield = 0.7;
    s.factions.tesla.hbm = 0;
    expect(named(s).factions.tesla.limitingFactor).toBe("memory");
  });

  it("relieving the binding input moves the factor: the same Tesla, given power, is no longer power-bound", () => {
    const bound = step(quietMatch(), []).state.factions.tesla.limitingFactor;
    const s = quietMatch();
    s.factions.tesla.gridGW = 100;
    const freed = named(s).factions.tesla.limitingFactor;
    expect(bound).toBe("power");
    expect(freed).not.toBe("power");
  });

  it("a foundry making more than its buyers want is demand-bound", () => {
    const s = named(fewBuyers(60));
    expect(s.factions.tsmc.limitingFactor).toBe("demand");
  });

  // Unsold stock the foundry itself offers must not be mistaken for rivals' supply.
  it("a foundry stays demand-bound while its unsold wafers pile up (month 2 onward)", () => {
    let s = named(fewBuyers(60));
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      s = step(s, []).state;
      seen.push(s.factions.tsmc.limitingFactor);
    }
    expect(seen).toEqual(["demand", "demand", "demand", "demand"]);
  });

  // With no buyers at all every relief leaves the objective at zero: still demand, not "none".
  it("a foundry with no buyers at all is demand-bound", () => {
    const s = named(fewBuyers(0));
    expect(s.factions.tsmc.limitingFactor).toBe("demand");
  });
});
