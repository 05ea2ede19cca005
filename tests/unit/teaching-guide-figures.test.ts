// The teaching guide quotes the game's own figures to teachers, in English and in Traditional
// Chinese; when a constant changes, the guide must change with it (it once said 2 kW an accelerator,
// 5 000 accelerators a launch and $4 a GB long after the game had moved on).
import { describe, expect, it } from "vitest";
import { DUV_COST_PREMIUM, DUV_YIELD_CAP, GW_PER_KACCEL, KACCEL_PER_LAUNCH, KW_PER_ACCELERATOR, MARKETS, createMatch, milestoneTargets } from "../../shared/index";
import { en, quoted, zh } from "./teaching-guide";

describe("the teaching guide's figures are the game's", () => {
  it("power per accelerator and accelerators per GW", () => {
    expect(quoted(en, /draws about (\d+) kW all-in/)).toBe(KW_PER_ACCELERATOR);
    expect(quoted(zh, /約耗電 (\d+) kW/)).toBe(KW_PER_ACCELERATOR);
    const perGW = 1 / GW_PER_KACCEL; // thousands
    expect(quoted(en, /1 GW ≈ ([\d ]+) accelerators/) / 1000).toBeCloseTo(perGW, -1);
    expect(quoted(zh, /1 GW ≈ (\d+) 萬顆/) * 10).toBeCloseTo(perGW, -1);
  });

  it("accelerators a launch carries to orbit", () => {
    expect(quoted(en, /Each launch carries about ([\d ]+) accelerators/) / 1000).toBeCloseTo(KACCEL_PER_LAUNCH, 1);
    expect(quoted(zh, /每次發射要從倉庫帶走約 ([\d,]+) 顆/) / 1000).toBeCloseTo(KACCEL_PER_LAUNCH, 1);
  });

  it("the DRAM price at the start and its cap", () => {
    const start = createMatch({ seed: 1, months: 60 }).markets.dram.price;
    expect(quoted(en, /about \$([\d.]+) per GB in January 2026/)).toBeCloseTo(start, 1);
    expect(quoted(zh, /2026 年 1 月每 GB 約 ([\d.]+) 美元/)).toBeCloseTo(start, 1);
    const cap = MARKETS.dram.basePrice * MARKETS.dram.cap;
    expect(quoted(en, /the cap is \$(\d+)/)).toBe(Math.round(cap));
    expect(quoted(zh, /上限 (\d+) 美元/)).toBe(Math.round(cap));
  });

  it("China's DUV ceiling, its cost premium and its 60-month 7 nm milestone", () => {
    expect(quoted(en, /Its yield ceiling is about (\d+) %/) / 100).toBe(DUV_YIELD_CAP.N7);
    expect(quoted(en, /its chips cost about (\d+) % more/) / 100).toBe(DUV_COST_PREMIUM);
    expect(quoted(en, /in a 60-month match the milestone asks for (\d+) k wafers a month/)).toBe(milestoneTargets(60).chinaDuv7K);
    expect(quoted(zh, /良率上限約 (\d+) %/) / 100).toBe(DUV_YIELD_CAP.N7);
    expect(quoted(zh, /成本貴約 (\d+) %/) / 100).toBe(DUV_COST_PREMIUM);
    expect(quoted(zh, /這個里程碑要求每月 ([\d.]+) 萬片/) * 10).toBe(milestoneTargets(60).chinaDuv7K);
  });
});
