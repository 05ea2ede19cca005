// The lessons of DESIGN §1 must emerge from play: a handful of seeded 120-month matches with four normal bots,
// plus small scripted experiments where a lesson is a mechanism rather than a statistic.
import { beforeAll, describe, expect, it } from "vitest";
import { ACCELERATOR_RETIREMENT_PER_MONTH, DUV_YIELD_CAP, FACTIONS, KW_PER_TONNE, MULTIPATTERNING_PER_LEVEL, RESEARCH, runMatch, type GameState, type MatchRecord } from "../../shared/index";
import { computeGW } from "../../shared/model/compute";
import { fabById, median, memoryShortage, newestFab, putInRamp, quietMatch, tick } from "./helpers";

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const FINE_NODES = new Set(["N5", "N3", "N2"]);
let matches: Array<{ record: MatchRecord; state: GameState }> = [];

beforeAll(() => {
  matches = SEEDS.map((seed) => runMatch({ seed, months: 120, difficulty: "normal" }));
});

describe("lesson 2 — a fab takes about five years", () => {
  it("greenfield fabs that reached volume took 40–72 months from groundbreaking (median over the matches)", () => {
    const spans: number[] = [];
    for (const { record } of matches) {
      for (const f of record.fabs) if (f.startedMonth !== null && f.expansionOf === null && f.volumeMonth !== null) spans.push(f.volumeMonth - f.startedMonth);
    }
    const m = median(spans);
    const msg = `greenfield months to volume: n=${spans.length} median=${m} min=${Math.min(...spans)} max=${Math.max(...spans)} all=${[...spans].sort((a, b) => a - b).join(",")}`;
    expect(spans.length, msg).toBeGreaterThanOrEqual(5);
    expect(m, msg).toBeGreaterThanOrEqual(40);
    expect(m, msg).toBeLessThanOrEqual(72);
  });
});

describe("lesson 3 — ASML is the real moat", () => {
  it("China never has a 5 nm-class-or-finer fab in volume before its domestic-EUV milestone", () => {
    const seen: string[] = [];
    for (const { record } of matches) {
      const euv = record.factions.china.milestones.find((m) => m.id === "domestic-euv")!.month;
      for (const f of record.fabs) {
        if (f.owner !== "china" || !FINE_NODES.has(f.node) || f.volumeMonth === null) continue;
        seen.push(`seed ${record.seed}: ${f.node} volume ${f.volumeMonth}, domestic EUV ${euv}`);
        expect(euv, seen.at(-1)).not.toBeNull();
        expect(f.volumeMonth, seen.at(-1)).toBeGreaterThan(euv!);
      }
    }
  });

  it("by DUV multi-patterning, even fully researched, a 5 nm-class fab stays below volume yield", () => {
    let s = tick(quietMatch(), [{ issuer: "china", order: { type: "buildFab", site: "china", node: "N5", capacity: 10 } }]);
    const fab = newestFab(s, "china");
    expect(fab.multipatterning).toBe(true);
    s.factions.china.research.multipatterning.level = RESEARCH.multipatterning.levels;
    putInRamp(fab, 0, FACTIONS.china.rampMonths);
    for (let i = 0; i < 48; i++) s = tick(s);
    const after = fabById(s, fab.id);
    expect(after.yield).toBeCloseTo((DUV_YIELD_CAP.N5 ?? 0) + RESEARCH.multipatterning.levels * MULTIPATTERNING_PER_LEVEL, 9);
    expect(after.yield).toBeLessThan(0.7);
    expect(after.volumeMonth).toBeNull();
  });
});

describe("lesson 4 — memory is the last wall", () => {
  it("a memory shortage spikes DRAM prices over the following months", () => {
    const { shock, control } = memoryShortage(2, 4, 24);
    const ratios = shock.map((s, i) => s.markets.dram.price / control[i].markets.dram.price);
    const msg = `DRAM price shock/control by month: ${ratios.map((r) => r.toFixed(2)).join(" ")}`;
    expect(Math.max(...ratios), msg).toBeGreaterThanOrEqual(1.2);
    expect(shock.at(-1)!.markets.dram.price, msg).toBeGreaterThan(control.at(-1)!.markets.dram.price);
  });
});

describe("lesson 5 — space changes the power equation", () => {
  it("a tonne launched adds 100 kW of compute", () => {
    const s0 = quietMatch(3);
    s0.factions.tesla.warehouse = 10_000;
    s0.factions.tesla.launchCadence = 10;
    const flown = tick(s0, [{ issuer: "tesla", order: { type: "launch", count: 10 } }]);
    const control = tick(s0);
    const tonnes = flown.factions.tesla.orbitTonnes;
    expect(tonnes).toBeGreaterThan(0);
    const addedKW = (computeGW(flown.factions.tesla) - computeGW(control.factions.tesla)) * 1e6;
    expect(addedKW / (1 - ACCELERATOR_RETIREMENT_PER_MONTH) / tonnes).toBeCloseTo(KW_PER_TONNE, 6);
    expect(KW_PER_TONNE).toBe(100);
  });

  it("in the bot matches, orbit compute never exceeds 100 kW per tonne that reached orbit", () => {
    for (const { state } of matches) {
      const t = state.factions.tesla;
      expect(t.orbitAccelerators * 2).toBeLessThanOrEqual(t.orbitTonnes * KW_PER_TONNE + 1e-6);
    }
  });
});

describe("lesson 1 — the limiting factor moves", () => {
  it("with four normal bots, Tesla's limiting factor goes power → logic → memory in most seeds", () => {
    const orders = matches.map(({ record }) => {
      const h = record.factions.tesla.limitingFactor;
      const first = (f: string) => h.indexOf(f as (typeof h)[number]);
      const [p, l, m] = [first("power"), first("logic"), first("memory")];
      return { seed: record.seed, p, l, m, ok: p >= 0 && l > p && m > l };
    });
    const share = orders.filter((o) => o.ok).length / orders.length;
    const msg = `first months power/logic/memory per seed: ${orders.map((o) => `${o.seed}:${o.p}/${o.l}/${o.m}`).join(" ")}`;
    expect(share, msg).toBeGreaterThan(0.5);
  });
});
