// The chain: accelerators = min(good dies, HBM stacks ÷ 8) (docs/design.md §3).
import { describe, expect, it } from "vitest";
import { DIES_PER_WAFER, STACKS_PER_ACCELERATOR, type GameState } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

/** Tesla with a given stock of wafers and HBM, and nothing arriving from contracts or the market. */
function tesla(wafers: number, waferYield: number, hbm: number): GameState {
  const s = quietMatch();
  const f = s.factions.tesla;
  f.procurement = [];
  s.contracts = s.contracts.filter((c) => c.buyer !== "tesla");
  f.logicWafers = wafers;
  f.logicWaferYield = waferYield;
  f.hbm = hbm;
  return s;
}

describe("accelerator assembly", () => {
  it("HBM binds: 10 k wafers at 50 % give 200 k dies, but 800 k stacks make only 100 k accelerators", () => {
    const s = tick(tesla(10, 0.5, 800));
    const f = s.factions.tesla;
    expect(f.flows.goodDies).toBeCloseTo(10 * DIES_PER_WAFER * 0.5, 9);
    expect(f.flows.acceleratorsMade).toBeCloseTo(800 / STACKS_PER_ACCELERATOR, 9);
    expect(f.hbm).toBeCloseTo(0, 9);
    // the unused dies stay as wafers: 100 k dies' worth used out of 200 k
    expect(f.logicWafers).toBeCloseTo(5, 9);
  });

  it("dies bind: 2 k wafers at 80 % make 64 k accelerators even with 2 000 k stacks", () => {
    const s = tick(tesla(2, 0.8, 2000));
    const f = s.factions.tesla;
    expect(f.flows.acceleratorsMade).toBeCloseTo(2 * DIES_PER_WAFER * 0.8, 9);
    expect(f.hbm).toBeCloseTo(2000 - 64 * STACKS_PER_ACCELERATOR, 9);
    expect(f.logicWafers).toBeCloseTo(0, 9);
  });

  it("no HBM, no accelerators, however many wafers", () => {
    const s = tick(tesla(100, 0.8, 0));
    expect(s.factions.tesla.flows.acceleratorsMade).toBe(0);
    expect(s.factions.tesla.logicWafers).toBe(100);
  });

  it("made accelerators go to the warehouse before power decides which switch on", () => {
    const s0 = tesla(10, 0.5, 800);
    const w0 = s0.factions.tesla.warehouse;
    const s1 = tick(s0);
    const f = s1.factions.tesla;
    expect(f.warehouse + f.flows.newlyPowered).toBeCloseTo(w0 + 100, 9);
  });
});
