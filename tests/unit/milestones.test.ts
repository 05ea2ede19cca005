// Milestones: each of the twelve triggers in the month its condition is met (docs/design.md §8).
import { describe, expect, it } from "vitest";
import {
  FACTIONS, MILESTONE_EARLY_BONUS, MILESTONE_POINTS, SAMSUNG_HBM_MONTHS, SAMSUNG_HBM_SHARE, TESLA_MEMORY_MONTHS, TSMC_DEMAND_MONTHS, TSMC_DEMAND_SHARE, CONTRACT_LEAD_MONTHS, type FactionId, type GameState,
} from "../../shared/index";
import { fabById, months, newestFab, putInRamp, quietMatch, tick } from "./helpers";

/** Steps until the milestone is reached (or `max` months); returns the state and the month it was met. */
function until(state: GameState, faction: FactionId, id: string, max: number, each?: (s: GameState) => void): { state: GameState; month: number | null } {
  let s = state;
  for (let i = 0; i < max && s.factions[faction].milestones[id] === null; i++) {
    each?.(s);
    s = tick(s);
  }
  return { state: s, month: s.factions[faction].milestones[id] };
}

/**
 * Runs up to `max` months, noting each month whether `ok` held after it; returns the month the milestone was
 * recorded and the month a run of `needed` consecutive ok months was first completed.
 */
function streakMonth(state: GameState, faction: FactionId, id: string, max: number, ok: (s: GameState) => boolean, needed: number): { actual: number | null; expected: number | null } {
  let s = state;
  let run = 0;
  let expected: number | null = null;
  for (let i = 0; i < max; i++) {
    const month = s.month;
    s = tick(s);
    run = ok(s) ? run + 1 : 0;
    if (expected === null && run >= needed) expected = month;
  }
  return { actual: s.factions[faction].milestones[id], expected };
}

/** Nothing reached in a quiet match's first months (so each test below shows its own set-up did it). */
describe("without set-up", () => {
  it("no milestone is reached in the first year of a quiet match with no orders", () => {
    let s = quietMatch();
    for (let i = 0; i < 12; i++) s = tick(s);
    for (const f of Object.values(s.factions)) {
      for (const [id, month] of Object.entries(f.milestones)) {
        // China's 7 nm DUV fab is close to its yield ceiling at the start and may get there on its own
        if (f.id === "china" && id === "duv-7nm") continue;
        expect(month, `${f.id}.${id}`).toBeNull();
      }
    }
  });
});

describe("Tesla", () => {
  it("power: 10 GW of powered compute", () => {
    const s = quietMatch();
    s.factions.tesla.orbitAccelerators = 5_100; // 10.2 GW before this month's retirements
    const r = until(s, "tesla", "power", 1);
    expect(r.month).toBe(0);
  });

  it("chips: its own logic fab reaches volume at the size the match's length asks (40 k in 120 months)", () => {
    // 30 k is not enough in a 120-month match (40 k asked) but is in a 60-month one (20 k).
    const small = tick(quietMatch(), [{ issuer: "tesla", order: { type: "buildFab", site: "texas", node: "N2", capacity: 30 } }]);
    putInRamp(newestFab(small, "tesla"), 0, FACTIONS.tesla.rampMonths);
    expect(until(small, "tesla", "chips", 40).month).toBeNull();
    const short = tick(quietMatch(1, 60), [{ issuer: "tesla", order: { type: "buildFab", site: "texas", node: "N2", capacity: 30 } }]);
    putInRamp(newestFab(short, "tesla"), 0, FACTIONS.tesla.rampMonths);
    expect(until(short, "tesla", "chips", 40).month).not.toBeNull();
    const staffed = quietMatch();
    staffed.factions.tesla.engineers = 10; // a 40 k ramp needs more engineers than Tesla starts with
    const s = tick(staffed, [{ issuer: "tesla", order: { type: "buildFab", site: "texas", node: "N2", capacity: 40 } }]);
    const fab = newestFab(s, "tesla");
    putInRamp(fab, 0, FACTIONS.tesla.rampMonths);
    const r = until(s, "tesla", "chips", 40);
    expect(r.month).not.toBeNull();
    expect(r.month).toBe(fabById(r.state, fab.id).volumeMonth);
  });

  it("memory: months in a row at scale (8 in a 120-month match), memory secured by contract and not binding", () => {
    let s = quietMatch();
    const t = s.factions.tesla;
    t.orbitAccelerators = 6_000;
    t.procurement = [];
    s = tick(s, [{ issuer: "samsung", order: { type: "offerContract", to: "tesla", side: "sell", good: "hbm", perMonth: 800, price: 600, months: 24 } }]);
    const id = s.contracts.at(-1)!.id;
    s = tick(s, [{ issuer: "tesla", order: { type: "acceptContract", contractId: id } }]);
    // Deliveries begin after the contract's lead time; TESLA_MEMORY_MONTHS of them clear the milestone.
    const start = s.month + CONTRACT_LEAD_MONTHS;
    const r = until(s, "tesla", "memory", 24, (x) => (x.factions.tesla.logicWafers = 1_000, x.factions.tesla.logicWaferYield = 0.7));
    expect(r.month).toBe(start + TESLA_MEMORY_MONTHS - 1);
    // the same six months buying HBM only on the spot market do not count: nothing is secured
    const spot = quietMatch();
    spot.factions.tesla.orbitAccelerators = 6_000;
    spot.factions.tesla.procurement = [{ good: "hbm", perMonth: 800, maxPrice: 1800 }];
    const r2 = until(spot, "tesla", "memory", 9, (x) => (x.factions.tesla.logicWafers = 1_000, x.factions.tesla.logicWaferYield = 0.7));
    expect(r2.month).toBeNull();
  });
});

describe("TSMC", () => {
  it("n2-volume: 100 k wafers a month of N2 in volume", () => {
    const s = quietMatch();
    const n2 = s.fabs.find((f) => f.owner === "tsmc" && f.node === "N2")!;
    n2.capacity = 100;
    const r = until(s, "tsmc", "n2-volume", 30);
    expect(r.month).not.toBeNull();
    expect(r.month).toBe(fabById(r.state, n2.id).volumeMonth);
    // at its real 45 k it would not count
    const small = quietMatch();
    const r2 = until(small, "tsmc", "n2-volume", 30);
    expect(r2.month).toBeNull();
  });

  it("arizona-volume: an Arizona N3/N2 fab in volume (the N5 one does not count)", () => {
    const s = quietMatch();
    const az = s.fabs.find((f) => f.owner === "tsmc" && f.site === "arizona" && f.stage === "install")!;
    putInRamp(az, 0, FACTIONS.tsmc.rampMonths);
    const r = until(s, "tsmc", "arizona-volume", 30);
    expect(r.month).not.toBeNull();
    expect(r.month).toBe(fabById(r.state, az.id).volumeMonth);
    expect(quietMatch().fabs.some((f) => f.owner === "tsmc" && f.site === "arizona" && f.node === "N5" && f.volumeMonth !== null)).toBe(true);
  });

  it("demand-share: 70 % of leading-edge demand served months in a row, counting only N3/N2 wafers", () => {
    const s = quietMatch();
    s.npc.waferDemand = 60; // few other buyers: TSMC serves most of what there is
    s.npc.aiAcceleratorsPerMonth = 0;
    const leadingEdge = (x: GameState) => x.factions.tsmc.flows.wafersSold * (x.factions.tsmc.flows.leadingEdgeWafersMade / x.factions.tsmc.flows.logicWafersMade);
    const met = streakMonth(s, "tsmc", "demand-share", 30, (x) => leadingEdge(x) / x.world.leadingEdgeDemand >= TSMC_DEMAND_SHARE, TSMC_DEMAND_MONTHS);
    expect(met.expected).not.toBeNull();
    expect(met.actual).toBe(met.expected);
  });

  it("7 and 5 nm-class wafers do not count toward the leading-edge share", () => {
    const s = quietMatch();
    s.npc.waferDemand = 60;
    s.npc.aiAcceleratorsPerMonth = 0;
    // Only TSMC's Arizona N5 fab runs: it sells wafers, but none of them is leading-edge.
    for (const fab of s.fabs) if (fab.owner === "tsmc" && fab.node !== "N5") fab.capacity = 0;
    const met = streakMonth(s, "tsmc", "demand-share", 30, (x) => x.factions.tsmc.flows.wafersSold / x.world.leadingEdgeDemand >= 0.01, 1);
    expect(met.expected).not.toBeNull(); // it does sell
    const after = months(s, 30);
    expect(after.factions.tsmc.flows.leadingEdgeWafersMade).toBe(0);
    expect(after.factions.tsmc.milestones["demand-share"]).toBeNull();
  });
});

describe("Samsung", () => {
  it("hbm-qualified: the qualification programme completes", () => {
    const s = quietMatch();
    const prog = s.factions.samsung.research["hbm-qualification"];
    prog.spent = prog.cost - 100;
    const s1 = tick(s, [{ issuer: "samsung", order: { type: "fundResearch", program: "hbm-qualification", amount: 100 } }]);
    expect(s1.factions.samsung.milestones["hbm-qualified"]).toBe(0);
    expect(s1.factions.samsung.hbmAcceptance).toBe(1);
  });

  it("texas-volume: the Taylor fab reaches volume", () => {
    const s = quietMatch();
    const texas = s.fabs.find((f) => f.owner === "samsung" && f.site === "texas")!;
    putInRamp(texas, 0, FACTIONS.samsung.rampMonths);
    const r = until(s, "samsung", "texas-volume", 40);
    expect(r.month).not.toBeNull();
    expect(r.month).toBe(fabById(r.state, texas.id).volumeMonth);
  });

  it("hbm-share: 40 % of HBM sold for twelve months in a row", () => {
    const s = quietMatch();
    for (const m of Object.values(s.npc.memory)) m.capacity = 10; // SK hynix and Micron all but gone
    const met = streakMonth(s, "samsung", "hbm-share", 24, (x) => x.factions.samsung.flows.hbmSold / x.world.hbmSoldTotal >= SAMSUNG_HBM_SHARE, SAMSUNG_HBM_MONTHS);
    expect(met.expected).not.toBeNull();
    expect(met.actual).toBe(met.expected);
    // with SK hynix and Micron at full strength it is not reached in the same time
    const normal = until(quietMatch(), "samsung", "hbm-share", 24);
    expect(normal.month).toBeNull();
  });
});

describe("China", () => {
  it("duv-7nm: 30 k of 7 nm-class DUV capacity at full staffing near its yield ceiling — the 10 k China starts with is not enough", () => {
    let small = quietMatch();
    for (let i = 0; i < 30; i++) small = tick(small);
    const start = small.fabs.find((f) => f.owner === "china" && f.node === "N7")!;
    expect(start.yield).toBeGreaterThanOrEqual(0.45 - 1e-9);
    expect(small.factions.china.milestones["duv-7nm"]).toBeNull();
    const s = quietMatch();
    const n7 = s.fabs.find((f) => f.owner === "china" && f.node === "N7")!;
    n7.capacity = 30;
    s.factions.china.engineers = 40; // staffed for the bigger fab
    let st = s;
    let firstAt45: number | null = null;
    for (let i = 0; i < 30 && st.factions.china.milestones["duv-7nm"] === null; i++) {
      const month = st.month;
      st = tick(st);
      if (firstAt45 === null && fabById(st, n7.id).yield >= 0.45 - 1e-9) firstAt45 = month;
    }
    expect(firstAt45).not.toBeNull();
    expect(st.factions.china.milestones["duv-7nm"]).toBe(firstAt45);
  });

  it("domestic-euv: the lithography programme completes; domestic EUV tools start to be made", () => {
    const s = quietMatch();
    const prog = s.factions.china.research["domestic-euv"];
    prog.spent = prog.cost - 300;
    expect(s.toolLines["domestic:euv"].outputPerMonth).toBe(0);
    const s1 = tick(s, [{ issuer: "china", order: { type: "fundResearch", program: "domestic-euv", amount: 300 } }]);
    expect(s1.factions.china.milestones["domestic-euv"]).toBe(0);
    expect(s1.toolLines["domestic:euv"].outputPerMonth).toBeGreaterThan(0);
  });

  it("domestic-3nm: a 3 nm-class fab on domestic EUV (not multi-patterned) in volume", () => {
    let s = quietMatch();
    const prog = s.factions.china.research["domestic-euv"];
    prog.spent = prog.cost;
    s = tick(s);
    s = tick(s, [{ issuer: "china", order: { type: "buildFab", site: "china", node: "N3", capacity: 30 } }]);
    const fab = newestFab(s, "china");
    expect(fab.multipatterning).toBe(false);
    putInRamp(fab, 0, FACTIONS.china.rampMonths);
    const r = until(s, "china", "domestic-3nm", 60);
    expect(r.month).not.toBeNull();
    expect(r.month).toBe(fabById(r.state, fab.id).volumeMonth);
  });

  it("a multi-patterned 3 nm fab never counts: its yield ceiling is far below volume", () => {
    const s = tick(quietMatch(), [{ issuer: "china", order: { type: "buildFab", site: "china", node: "N3", capacity: 10 } }]);
    const fab = newestFab(s, "china");
    expect(fab.multipatterning).toBe(true);
    putInRamp(fab, 0, FACTIONS.china.rampMonths);
    const r = until(s, "china", "domestic-3nm", 48);
    expect(r.month).toBeNull();
    expect(fabById(r.state, fab.id).volumeMonth).toBeNull();
  });
});

describe("milestone points", () => {
  it("a milestone is worth its points plus a bonus that shrinks with the month", () => {
    const early = quietMatch();
    early.factions.tesla.orbitAccelerators = 6_000;
    const a = tick(early);
    expect(a.factions.tesla.milestonePoints).toBeCloseTo(MILESTONE_POINTS + MILESTONE_EARLY_BONUS, 9);
    let late = quietMatch();
    for (let i = 0; i < 60; i++) late = tick(late);
    late.factions.tesla.orbitAccelerators = 6_000;
    const b = tick(late);
    expect(b.factions.tesla.milestones.power).toBe(60);
    expect(b.factions.tesla.milestonePoints).toBeCloseTo(MILESTONE_POINTS + MILESTONE_EARLY_BONUS * (1 - 60 / 120), 9);
    expect(b.factions.tesla.score).toBeGreaterThanOrEqual(Math.round(b.factions.tesla.milestonePoints));
  });
});

describe("milestones scale with the match length", () => {
  it("shorter matches scale amounts with months / 120 and months-in-a-row with its square root; a 180-month match asks for a second wave of building", async () => {
    const { milestoneTargets, milestoneParams, LONG_MATCH_SCALE, t } = await import("../../shared/index");
    const [short, mid, long] = [60, 120, 180].map(milestoneTargets);
    expect([short.teslaPowerGW, mid.teslaPowerGW, long.teslaPowerGW]).toEqual([5, 10, 20]);
    expect([short.tsmcN2K, mid.tsmcN2K, long.tsmcN2K]).toEqual([50, 100, 250]);
    expect([short.teslaChipsK, mid.teslaChipsK, long.teslaChipsK]).toEqual([20, 40, 100]);
    expect([short.samsungTexasK, mid.samsungTexasK, long.samsungTexasK]).toEqual([10, 20, 70]);
    expect([short.china3nmK, mid.china3nmK, long.china3nmK]).toEqual([15, 30, 75]);
    // Every amount a 180-month match asks for is at least what the length alone gives (× 1.5).
    for (const k of Object.keys(LONG_MATCH_SCALE) as Array<keyof typeof LONG_MATCH_SCALE>) {
      if (k !== "teslaMemoryMonths") expect(long[k]).toBeGreaterThanOrEqual(1.5 * mid[k]);
    }
    expect(short.samsungHbmMonths).toBeLessThan(mid.samsungHbmMonths);
    expect(long.samsungHbmMonths).toBe(mid.samsungHbmMonths);
    expect([short.tsmcDemandMonths, mid.tsmcDemandMonths, long.tsmcDemandMonths]).toEqual([10, 14, 17]);
    expect([short.teslaMemoryMonths, mid.teslaMemoryMonths, long.teslaMemoryMonths]).toEqual([6, 8, 9]);
    // The description a player reads names the target of the match being played.
    expect(t("en", "milestone.tesla.power", milestoneParams(180))).toContain("20 GW");
    expect(t("zh-TW", "milestone.tsmc.n2-volume", milestoneParams(60))).toContain("50");
    expect(t("en", "milestone.tsmc.demand-share", milestoneParams(180))).toContain("17");
    expect(t("en", "milestone.tesla.chips", milestoneParams(180))).toContain("100");
  });
});
