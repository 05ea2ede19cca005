// The lessons of docs/design.md §1 must emerge from play: a handful of seeded 120-month matches with four normal bots,
// plus small scripted experiments where a lesson is a mechanism rather than a statistic.
import { beforeAll, describe, expect, it } from "vitest";
import { ACCELERATOR_RETIREMENT_PER_MONTH, DUV_YIELD_CAP, FACTIONS, KW_PER_ACCELERATOR, KW_PER_TONNE, MARKETS, MULTIPATTERNING_PER_LEVEL, RESEARCH, runMatch, type GameState, type MatchRecord } from "../../shared/index";
import { computeGW } from "../../shared/model/compute";
import { fabById, median, memoryShortage, newestFab, putInRamp, quietMatch, tick } from "./helpers";
import { SUSTAINED_MONTHS, spansOf, sustainedSequence } from "../../shared/sim/spans";

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
      expect(t.orbitAccelerators * KW_PER_ACCELERATOR).toBeLessThanOrEqual(t.orbitTonnes * KW_PER_TONNE + 1e-6);
    }
  });
});

describe("lesson 1 — the limiting factor moves", () => {
  it("with four normal bots, Tesla's binding constraint moves power → logic → memory, each held ≥ 6 months in a row, in most seeds", () => {
    const rows = matches.map(({ record }) => {
      const h = record.factions.tesla.limitingFactor;
      const seq = sustainedSequence(h, ["power", "logic", "memory"]);
      return { seed: record.seed, ok: seq !== null, spans: spansOf(h).filter((x) => x.months >= SUSTAINED_MONTHS).map((x) => `${x.factor}@${x.start}×${x.months}`).join(" ") };
    });
    const share = rows.filter((r) => r.ok).length / rows.length;
    const msg = rows.map((r) => `${r.seed}:${r.ok ? "✓" : "✗"} ${r.spans}`).join(" | ");
    expect(share, msg).toBeGreaterThanOrEqual(0.6);
  });

  it("a one-month blip is not a lesson: spans shorter than 6 months do not count", () => {
    const h = ["power", "power", "power", "power", "power", "power", "logic", "memory", "memory", "memory", "memory", "memory", "memory"] as const;
    expect(sustainedSequence([...h], ["power", "logic", "memory"])).toBeNull();
    expect(sustainedSequence([...h], ["power", "memory"])?.map((x) => x.start)).toEqual([0, 7]);
  });
});

describe("lesson 4 in the markets — the 2026 memory crunch (WORLD-DATA: 1Q26 DRAM contract +90–95 %, high prices to 2028)", () => {
  it("DRAM reaches ≥ 1.5 × its January price within 12 months in most seeds, and stays above 1.3 × on average through 2027", () => {
    const start = MARKETS.dram.basePrice;
    const rows = matches.map(({ record }) => {
      const d = record.markets.dramPrice;
      return { seed: record.seed, m12: d[11] / start, y2027: d.slice(12, 24).reduce((a, b) => a + b, 0) / 12 / start };
    });
    const msg = rows.map((r) => `${r.seed}: ×${r.m12.toFixed(2)} at 12, ×${r.y2027.toFixed(2)} in 2027`).join(" | ");
    expect(rows.filter((r) => r.m12 >= 1.5).length / rows.length, msg).toBeGreaterThanOrEqual(0.6);
    for (const r of rows) expect(r.y2027, msg).toBeGreaterThan(1.3);
  });
});
