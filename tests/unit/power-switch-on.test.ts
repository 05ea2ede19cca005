// The chain: power decides how many accelerators are switched on; the rest pile up in the warehouse (docs/design.md §3).
import { describe, expect, it } from "vitest";
import { ACCELERATOR_RETIREMENT_PER_MONTH, GW_PER_KACCEL } from "../../shared/index";
import { computeGW } from "../../shared/model/compute";
import { quietMatch, tick } from "./helpers";

describe("switching accelerators on", () => {
  it("every free power slot is filled from the warehouse, and no more", () => {
    const s0 = quietMatch();
    const f0 = s0.factions.tesla;
    f0.gridGW = 1.0; // 333 k slots at 3 kW; 200 k are in use
    const inUse = f0.poweredAccelerators;
    f0.warehouse = 1000;
    f0.procurement = [];
    const s1 = tick(s0);
    const f = s1.factions.tesla;
    const slots = 1.0 / GW_PER_KACCEL;
    expect(f.poweredAccelerators).toBeCloseTo(slots, 6);
    const expectedOn = slots - inUse * (1 - ACCELERATOR_RETIREMENT_PER_MONTH);
    expect(f.flows.newlyPowered).toBeCloseTo(expectedOn, 6);
    expect(f.warehouse).toBeCloseTo(1000 - expectedOn, 6);
    expect(computeGW(f)).toBeCloseTo(1.0, 6);
  });

  it("with the warehouse smaller than the spare power, everything switches on", () => {
    const s0 = quietMatch();
    s0.factions.tesla.gridGW = 10;
    s0.factions.tesla.warehouse = 250;
    s0.factions.tesla.procurement = [];
    const s1 = tick(s0);
    expect(s1.factions.tesla.warehouse).toBe(0);
    expect(s1.factions.tesla.flows.newlyPowered).toBeCloseTo(250, 9);
  });

  it("without spare power, new accelerators pile up month after month", () => {
    let s = quietMatch();
    const f0 = s.factions.tesla;
    f0.procurement = [];
    s.contracts = s.contracts.filter((c) => c.buyer !== "tesla");
    const piles: number[] = [s.factions.tesla.warehouse];
    for (let i = 0; i < 6; i++) {
      // 50 k accelerators' worth of dies and stacks arrive each month
      s.factions.tesla.logicWafers += 50 / 40 / 0.5;
      s.factions.tesla.logicWaferYield = 0.5;
      s.factions.tesla.hbm += 50 * 8;
      s = tick(s);
      expect(s.factions.tesla.flows.acceleratorsMade).toBeCloseTo(50, 6);
      piles.push(s.factions.tesla.warehouse);
    }
    for (let i = 1; i < piles.length; i++) expect(piles[i]).toBeGreaterThan(piles[i - 1] + 40);
    // only retirements free a few slots
    expect(s.factions.tesla.poweredAccelerators * GW_PER_KACCEL).toBeLessThanOrEqual(s.factions.tesla.gridGW + 1e-9);
  });

  it("a foundry with no data centres switches nothing on", () => {
    const s = tick(quietMatch());
    expect(s.factions.tsmc.poweredAccelerators).toBe(0);
    expect(s.factions.samsung.flows.newlyPowered).toBe(0);
  });
});
