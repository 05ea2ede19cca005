// Sanctions: nobody may sell leading-edge wafers, HBM or AI accelerators to China — by contract, spot or standing order (docs/design.md §5).
import { describe, expect, it } from "vitest";
import { checkOrder, step } from "../../shared/index";
import { quietMatch } from "./helpers";

const CONTROLLED = ["wafer", "hbm", "accelerator"] as const;

describe("export controls on goods", () => {
  const s = quietMatch();

  it("contracts selling controlled goods to China are refused as sanctioned, from either side", () => {
    for (const good of CONTROLLED) {
      for (const seller of ["tsmc", "samsung", "tesla"] as const) {
        expect(checkOrder(s, seller, { type: "offerContract", to: "china", side: "sell", good, perMonth: 1, price: 10, months: 6 })?.code, `${seller} ${good}`).toBe("sanctioned");
        expect(checkOrder(s, "china", { type: "offerContract", to: seller, side: "buy", good, perMonth: 1, price: 10, months: 6 })?.code, `china buys ${good}`).toBe("sanctioned");
      }
    }
  });

  it("commodity DRAM may be sold to China, and China may sell anything", () => {
    expect(checkOrder(s, "samsung", { type: "offerContract", to: "china", side: "sell", good: "dram", perMonth: 1, price: 4, months: 6 })).toBeNull();
    expect(checkOrder(s, "china", { type: "offerContract", to: "tesla", side: "sell", good: "hbm", perMonth: 1, price: 600, months: 6 })).toBeNull();
  });

  it("China cannot buy controlled goods on the spot market or by standing order", () => {
    for (const good of CONTROLLED) {
      expect(checkOrder(s, "china", { type: "spotTrade", good, side: "buy", quantity: 1 })?.code).toBe("sanctioned");
      expect(checkOrder(s, "china", { type: "setProcurement", good, perMonth: 1, maxPrice: 1000 })?.code).toBe("sanctioned");
    }
    expect(checkOrder(s, "china", { type: "spotTrade", good: "dram", side: "buy", quantity: 1 })).toBeNull();
  });

  it("even a standing order slipped into the state gets China no wafers from the market", () => {
    const rigged = structuredClone(s);
    rigged.factions.china.procurement = [{ good: "wafer", perMonth: 100, maxPrice: 1000 }];
    const a = step(rigged, []).state;
    const b = step(s, []).state;
    expect(a.markets.wafer.lastDemand).toBeCloseTo(b.markets.wafer.lastDemand, 9);
    expect(a.factions.china.cash).toBeCloseTo(b.factions.china.cash, 6);
  });
});
