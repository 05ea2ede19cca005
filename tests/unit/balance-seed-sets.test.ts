// The balance on several seed sets: each set starts 5 000 seeds after the last, its distance is the
// balance tool's for the same matches, and the spread reads the mean and range right.
import { describe, expect, it } from "vitest";
import { DIFFICULTIES, MATCH_LENGTHS } from "../../shared/index";
import { cell, hardSeats } from "../../tools/balance/cells";
import { targetMisses } from "../../tools/balance/misses";
import { drawTerciles, tercilesOf, type DrawRow } from "../../tools/balance/draws";
import { openingTest } from "../../tools/balance/opening";
import { cellSpreads, drawSpreads, ladderSpreads, openingSpreads, seedSet, setSeeds, spread, type SetResult } from "../../tools/balance/seed-sets";

describe("balance on seed sets", () => {
  it("sets start at seed, seed + 5 000, seed + 10 000 …", () => {
    expect(setSeeds(1, 3)).toEqual([1, 5001, 10001]);
    expect(setSeeds(7, 1)).toEqual([7]);
  });

  it("a set's distance is the balance tool's on the same matches", () => {
    const matches = 3;
    const cells = MATCH_LENGTHS.flatMap((m) => DIFFICULTIES.map((d) => cell(m, d, matches, 5001)));
    const misses = targetMisses({ cells, hardSeats: [{ winRate: hardSeats(120, matches, 5001) }] });
    const set = seedSet(5001, matches);
    expect(set.seed).toBe(5001);
    expect(set.cellPoints).toBeCloseTo(misses.cellPoints, 9);
    expect(set.cellsOff).toBe(misses.cellsOff);
    expect(set.hardPoints).toBeCloseTo(misses.hardPoints, 9);
  });

  it("the spread is the mean and the range", () => {
    expect(spread([10, 20, 60])).toEqual({ mean: 30, min: 10, max: 60 });
  });

  it("each cell and each rung of the ladder is spread over the sets, cell by cell", () => {
    const rates = (t: number, s: number, m: number, c: number) => ({ tesla: t, tsmc: s, samsung: m, china: c });
    const set = (seed: number, x: number): SetResult => ({
      seed, cellPoints: 0, cellsOff: 0, hardPoints: 0, ladderOff: [], draws: [], openings: [],
      cells: [{ months: 60, difficulty: "easy", winRate: rates(x, 0.2, 0.3, 0.5 - x) }, { months: 120, difficulty: "hard", winRate: rates(0.25, x, 0.25, 0.5 - x) }],
      ladders: [
        { months: 60, easy: rates(0.1, 0.1, x, 0.1), normal: rates(0.2, 0.2, 0.2, 0.2), hard: rates(0.5, 0.5, 0.5, 0.5) },
        { months: 120, easy: rates(x, 0.1, 0.1, 0.1), normal: rates(0.2, 0.2, 0.2, 0.2), hard: rates(0.5, 0.5, 0.5, 2 * x) },
      ],
    });
    const results = [set(1, 0.1), set(5001, 0.3)];
    const cells = cellSpreads(results);
    expect(cells.map((c) => `${c.months} ${c.difficulty}`)).toEqual(["60 easy", "120 hard"]);
    expect(cells[0].winRate.tesla.mean).toBeCloseTo(0.2, 9);
    expect(cells[0].winRate.tesla).toMatchObject({ min: 0.1, max: 0.3 });
    expect(cells[1].winRate.tsmc.mean).toBeCloseTo(0.2, 9);
    expect(cells[1].winRate.samsung).toEqual({ mean: 0.25, min: 0.25, max: 0.25 });
    const ladders = ladderSpreads(results);
    expect(ladders.map((l) => l.months)).toEqual([60, 120]);
    expect(ladders[0].seats.samsung.easy).toMatchObject({ min: 0.1, max: 0.3 });
    expect(ladders[0].seats.tesla.easy).toEqual({ mean: 0.1, min: 0.1, max: 0.1 });
    expect(ladders[1].seats.tesla.easy).toMatchObject({ min: 0.1, max: 0.3 });
    expect(ladders[1].seats.china.hard.mean).toBeCloseTo(0.4, 9);
    expect(cellSpreads([])).toEqual([]);
    expect(ladderSpreads([])).toEqual([]);
  });

  it("a real set carries its cells and its ladder, at 120 months unless asked", () => {
    const set = seedSet(1, 2);
    expect(set.cells).toHaveLength(9);
    expect(set.cells[0]).toMatchObject({ months: 60, difficulty: "easy" });
    for (const c of set.cells) expect(Object.values(c.winRate).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(set.ladders.map((l) => l.months)).toEqual([120]);
    for (const off of set.ladderOff) expect(off).toMatch(/@120$/);
    expect(set.ladders[0].normal).toEqual(set.cells.find((c) => c.months === 120 && c.difficulty === "normal")!.winRate);
    expect(set.draws.map((d) => d.months)).toEqual([120]);
    expect(set.openings).toEqual([]);
  });

  it("its all-in openings are the balance tool's opening test on the same matches, next to its all-normal cell", () => {
    const matches = 4;
    const set = seedSet(5001, matches, [120], [120], [60]);
    expect(set.openings.map((o) => o.months)).toEqual([60]);
    const normal = set.cells.find((c) => c.months === 60 && c.difficulty === "normal")!.winRate;
    expect(set.openings[0].normal).toEqual(normal);
    expect(set.openings[0].allIn).toEqual(openingTest(60, matches, 5001, normal).allIn);
  });

  it("the all-in's gain is spread over the sets, faction by faction", () => {
    const rates = (t: number, c: number) => ({ tesla: t, tsmc: 0.25, samsung: 0.25, china: c });
    const set = (seed: number, allInChina: number): SetResult => ({
      seed, cellPoints: 0, cellsOff: 0, hardPoints: 0, ladderOff: [], cells: [], ladders: [], draws: [],
      openings: [{ months: 60, normal: rates(0.3, 0.2), allIn: rates(0.05, allInChina) }],
    });
    const [o] = openingSpreads([set(1, 0.5), set(5001, 0.6)]);
    expect(o.months).toBe(60);
    expect(o.gain.china.mean).toBeCloseTo(0.35, 9);
    expect(o.gain.china.min).toBeCloseTo(0.3, 9);
    expect(o.gain.china.max).toBeCloseTo(0.4, 9);
    expect(o.gain.tesla.mean).toBeCloseTo(-0.25, 9);
    expect(o.gain.tsmc).toEqual({ mean: 0, min: 0, max: 0 });
    expect(openingSpreads([])).toEqual([]);
  });

  it("its draws are the balance tool's draw test on the same matches, at every length asked", () => {
    const matches = 6;
    const set = seedSet(5001, matches, [120], [60, 180]);
    expect(set.draws.map((d) => d.months)).toEqual([60, 180]);
    expect(set.draws[0].rows.map((r) => r.seed)).toEqual([5001, 5002, 5003, 5004, 5005, 5006]);
    expect(tercilesOf(set.draws[0].rows)).toEqual(drawTerciles(60, matches, 5001).terciles);
    expect(tercilesOf(set.draws[1].rows)).toEqual(drawTerciles(180, matches, 5001).terciles);
    for (const r of set.draws[1].rows) {
      expect(r.draws["samsung:hbm-qualification"]).toBeGreaterThanOrEqual(0.9);
      expect(r.draws["samsung:hbm-qualification"]).toBeLessThanOrEqual(1.15);
    }
  });

  it("a draw's thirds are cut by the draw's size, and pooled over the sets' matches", () => {
    // Samsung wins when its qualification was cheap (draw below 1), China never.
    const row = (seed: number, cost: number): DrawRow => ({ seed, winner: cost < 1 ? "samsung" : "tesla", draws: { "samsung:hbm-qualification": cost, "china:domestic-euv": 1 } });
    const one = [row(1, 1.1), row(2, 0.92), row(3, 1.0), row(4, 0.95), row(5, 1.12), row(6, 1.05)];
    const [samsung, china] = tercilesOf(one);
    expect(samsung).toMatchObject({ faction: "samsung", program: "hbm-qualification", winRate: [1, 0, 0], ratio: Infinity });
    expect(china).toMatchObject({ faction: "china", winRate: [0, 0, 0], ratio: Infinity });
    // Two sets: the first's cheap matches lost, the second's won; pooled, each third mixes them.
    const set = (seed: number, rows: DrawRow[]): SetResult => ({ seed, cellPoints: 0, cellsOff: 0, hardPoints: 0, ladderOff: [], cells: [], ladders: [], draws: [{ months: 120, rows }], openings: [] });
    const a = [row(11, 0.91), row(12, 0.97), row(13, 1.01), row(14, 1.14)].map((r, i) => ({ ...r, winner: i % 2 ? ("samsung" as const) : null }));
    const b = [row(21, 0.93), row(22, 0.98), row(23, 1.02), row(24, 1.13)].map((r) => ({ ...r, winner: "samsung" as const }));
    const [spreadOut] = drawSpreads([set(1, a), set(5001, b)]);
    expect(spreadOut.months).toBe(120);
    expect(spreadOut.matches).toBe(8);
    // Pooled by cost, in thirds of three, two and three: 0.91 ✗ 0.93 ✓ 0.97 ✓ | 0.98 ✓ 1.01 ✗ | 1.02 ✓ 1.13 ✓ 1.14 ✓.
    expect(spreadOut.pooled[0].winRate[0]).toBeCloseTo(2 / 3, 9);
    expect(spreadOut.pooled[0].winRate[1]).toBe(0.5);
    expect(spreadOut.pooled[0].winRate[2]).toBe(1);
    expect(spreadOut.pooled[0].ratio).toBe(2);
    // Each set alone, in thirds of one, two and one: a 0.91 ✗ | 0.97 ✓ 1.01 ✗ | 1.14 ✓ → 0, ½, 1 → ∞; b 1, 1, 1 → 1.
    expect(spreadOut.ratio["samsung:hbm-qualification"]).toMatchObject({ min: 1, max: Infinity });
    expect(tercilesOf(a)[0].winRate).toEqual([0, 0.5, 1]);
    expect(drawSpreads([])).toEqual([]);
  });

  it("measures the hard seat and the ladder at every length asked, and sums the hard seats' distance over them", () => {
    const matches = 3;
    const set = seedSet(5001, matches, [60, 180]);
    expect(set.ladders.map((l) => l.months)).toEqual([60, 180]);
    const h60 = hardSeats(60, matches, 5001);
    const h180 = hardSeats(180, matches, 5001);
    expect(set.ladders[0].hard).toEqual(h60);
    expect(set.ladders[1].hard).toEqual(h180);
    expect(set.ladders[0].normal).toEqual(cell(60, "normal", matches, 5001).winRate);
    const cells = MATCH_LENGTHS.flatMap((m) => DIFFICULTIES.map((d) => cell(m, d, matches, 5001)));
    expect(set.hardPoints).toBeCloseTo(targetMisses({ cells, hardSeats: [{ winRate: h60 }, { winRate: h180 }] }).hardPoints, 9);
    for (const off of set.ladderOff) expect(off).toMatch(/^(tesla|tsmc|samsung|china)@(60|180)$/);
  });
});
