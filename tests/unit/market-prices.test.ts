// Markets: the price follows demand ÷ supply, a limited step each month, between a floor and a cap (docs/design.md §7).
import { describe, expect, it } from "vitest";
import { GOODS, MARKETS } from "../../shared/index";
import { movePrice } from "../../shared/rules/month/clearing";
import { quietMatch, tick } from "./helpers";

describe("market prices", () => {
  it("demand above supply raises the price by at most the monthly step; below supply lowers it", () => {
    for (const good of GOODS) {
      const d = MARKETS[good];
      const up = { price: d.basePrice, history: [], lastDemand: 0, lastSupply: 0 };
      movePrice(good, up, 200, 100);
      expect(up.price).toBeGreaterThan(d.basePrice);
      expect(up.price).toBeLessThanOrEqual(d.basePrice * (1 + d.maxMonthlyMove) + 1e-9);
      const down = { price: d.basePrice, history: [], lastDemand: 0, lastSupply: 0 };
      movePrice(good, down, 50, 100);
      expect(down.price).toBeLessThan(d.basePrice);
      expect(down.price).toBeGreaterThanOrEqual(d.basePrice * (1 - d.maxMonthlyMove) - 1e-9);
      const flat = { price: d.basePrice, history: [], lastDemand: 0, lastSupply: 0 };
      movePrice(good, flat, 100, 100);
      expect(flat.price).toBeCloseTo(d.basePrice, 12);
    }
  });

  it("a DRAM buying frenzy drives the price up month after month, then holds at the cap", () => {
    let s = quietMatch();
    const cap = MARKETS.dram.basePrice * MARKETS.dram.cap;
    const prices: number[] = [];
    for (let i = 0; i < 24; i++) {
      s.npc.dramDemand = 100 * 3200;
      s = tick(s);
      prices.push(s.markets.dram.price);
    }
    for (let i = 1; i < prices.length; i++) expect(prices[i]).toBeGreaterThanOrEqual(prices[i - 1]);
    for (const p of prices) expect(p).toBeLessThanOrEqual(cap + 1e-9);
    expect(prices.at(-1)).toBeCloseTo(cap, 9);
  });

  it("with no buyers the wafer price sinks to its floor and no further", () => {
    let s = quietMatch();
    const floor = MARKETS.wafer.basePrice * MARKETS.wafer.floor;
    for (let i = 0; i < 36; i++) {
      s.npc.waferDemand = 0;
      s.npc.aiAcceleratorsPerMonth = 0;
      s = tick(s);
      expect(s.markets.wafer.price).toBeGreaterThanOrEqual(floor - 1e-9);
    }
    expect(s.markets.wafer.price).toBeCloseTo(floor, 9);
  });

  it("every month's price is recorded in the market's history", () => {
    let s = quietMatch();
    for (let i = 0; i < 5; i++) s = tick(s);
    for (const good of GOODS) {
      expect(s.markets[good].history).toHaveLength(5);
      expect(s.markets[good].history.at(-1)).toBeCloseTo(s.markets[good].price, 3);
    }
  });
});
