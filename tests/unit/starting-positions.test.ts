// Factions: who starts with what on 1 January 2026 (docs/design.md §8).
import { describe, expect, it } from "vitest";
import { FACTION_IDS, FACTIONS, GW_PER_KACCEL, MILESTONE_IDS, createMatch, type GameState } from "../../shared/index";

describe("starting positions", () => {
  const s: GameState = createMatch({ seed: 1 });
  const fabs = (id: string) => s.fabs.filter((f) => f.owner === id);

  it("month 0, running, sanction level 1, every milestone open", () => {
    expect(s.month).toBe(0);
    expect(s.status).toBe("running");
    expect(s.sanctionLevel).toBe(1);
    for (const id of FACTION_IDS) {
      expect(Object.keys(s.factions[id].milestones).sort()).toEqual([...MILESTONE_IDS[id]].sort());
      for (const m of MILESTONE_IDS[id]) expect(s.factions[id].milestones[m]).toBeNull();
      expect(s.factions[id].cash).toBe(FACTIONS[id].cash);
      expect(s.factions[id].debt).toBe(0);
    }
  });

  it("Tesla: cash, booked foundry wafers, no fabs, chips waiting in the warehouse for power, rockets and an edge fleet", () => {
    const t = s.factions.tesla;
    expect(fabs("tesla")).toHaveLength(0);
    expect(t.cash).toBeGreaterThan(0);
    expect(t.warehouse).toBeGreaterThan(0);
    expect(t.poweredAccelerators * GW_PER_KACCEL).toBeCloseTo(t.gridGW, 9); // every slot of power already in use
    // AI5 at TSMC (half of it made in Arizona), AI6 at Samsung.
    const booked = s.contracts.filter((c) => c.buyer === "tesla" && c.status === "active" && c.good === "wafer").map((c) => `${c.seller}${c.site ? `@${c.site}` : ""}`).sort();
    expect(booked).toEqual(["samsung", "tsmc", "tsmc@arizona"]);
    expect(t.launchCadence).toBeGreaterThan(0);
    expect(t.edgeUnitsPerMonth).toBeGreaterThan(0);
    expect(FACTIONS.tesla.buildSpeed).toBeLessThan(1);
    expect(FACTIONS.tesla.rampStartYield).toBeLessThan(FACTIONS.tsmc.rampStartYield);
  });

  it("TSMC: Taiwan N3 in volume, N2 ramping, an Arizona fab in volume and one installing tools, the best yields", () => {
    const f = fabs("tsmc");
    expect(f.some((x) => x.site === "taiwan" && x.node === "N3" && x.stage === "volume")).toBe(true);
    expect(f.some((x) => x.site === "taiwan" && x.node === "N2" && x.stage === "ramp")).toBe(true);
    expect(f.some((x) => x.site === "arizona" && x.stage === "volume")).toBe(true);
    expect(f.some((x) => x.site === "arizona" && x.stage === "install")).toBe(true);
    for (const other of ["samsung", "china", "tesla"] as const) expect(FACTIONS.tsmc.matureYield).toBeGreaterThan(FACTIONS[other].matureYield);
    expect(s.factions.tsmc.phds).toBeGreaterThanOrEqual(Math.max(s.factions.samsung.phds, s.factions.china.phds));
    expect(FACTIONS.tsmc.rampMonths).toBeLessThan(Math.min(FACTIONS.samsung.rampMonths, FACTIONS.china.rampMonths, FACTIONS.tesla.rampMonths));
  });

  it("Samsung: Korean DRAM making HBM (not yet qualified), a weaker foundry, a Texas fab under construction", () => {
    const f = fabs("samsung");
    expect(f.filter((x) => x.kind === "dram" && x.site === "korea").length).toBeGreaterThan(0);
    expect(f.some((x) => x.site === "texas" && x.stage === "shell")).toBe(true);
    expect(s.factions.samsung.hbmShare).toBeGreaterThan(0);
    expect(s.factions.samsung.hbmAcceptance).toBeLessThan(1);
    expect(FACTIONS.samsung.matureYield).toBeLessThan(FACTIONS.tsmc.matureYield);
  });

  it("China: DUV multi-patterned 7 nm-class logic, domestic DRAM, abundant power, no EUV", () => {
    const f = fabs("china");
    const n7 = f.find((x) => x.node === "N7")!;
    expect(n7.multipatterning).toBe(true);
    expect(n7.toolsNeeded.euv ?? 0).toBe(0);
    expect(f.some((x) => x.kind === "dram")).toBe(true);
    for (const x of f) expect(x.site).toBe("china");
    expect(s.factions.china.gridGW).toBeGreaterThan(s.factions.tesla.gridGW);
    expect(s.factions.china.milestones["domestic-euv"]).toBeNull();
  });

  it("the same seed gives the same world; the drawn stage lengths come from the seed", () => {
    expect(createMatch({ seed: 1 })).toEqual(s);
    const other = createMatch({ seed: 2 });
    expect(other.deck).not.toEqual(s.deck);
  });
});
