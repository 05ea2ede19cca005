// A wafer maker's surplus while the wafer price is still above the reference is a spiked price
// settling, not demand: the HUD names the capacity that pays (the relief probe's finding), while
// TSMC's bot still holds back and sells first (its balance rests on that caution).
import { describe, expect, it } from "vitest";
import { MARKETS, botFactor, createMatch, type GameState } from "../../shared/index";
import { bindingOf, priceSettling } from "../../shared/rules/limiting/binding";

/** TSMC offered its month's wafers and sold all but `unsold` of them, with the wafer price at `priceX` × the reference. */
function tsmcWithSurplus(unsold: number, priceX: number): GameState {
  const s = createMatch({ seed: 3, months: 120, difficulty: "normal" });
  const f = s.factions.tsmc;
  const value = 200 * MARKETS.wafer.basePrice * f.logicWaferPremium;
  f.flows.wafersOffered = 200;
  f.flows.offeredVolume = value;
  f.flows.salesVolume = value * (1 - unsold);
  s.markets.wafer.price = MARKETS.wafer.basePrice * priceX;
  f.limitingFactor = "construction";
  return s;
}

describe("a spiked wafer price settling", () => {
  it("is not demand: with the price above the reference, the HUD names what holds the next capacity back", () => {
    const s = tsmcWithSurplus(0.12, 1.6);
    expect(priceSettling(s, "tsmc")).toBe(true);
    expect(bindingOf(s, "tsmc").factor).not.toBe("demand");
  });

  it("is demand once the price is down to the reference and the wafers still do not sell", () => {
    const s = tsmcWithSurplus(0.12, 0.95);
    expect(priceSettling(s, "tsmc")).toBe(false);
    expect(bindingOf(s, "tsmc").factor).toBe("demand");
    expect(bindingOf(s, "tsmc").evidence.params.unsold).toBe(12);
  });

  it("leaves a maker that offers mostly memory to the demand rule (unqualified HBM goes unsold at any price)", () => {
    const s = tsmcWithSurplus(0.12, 1.6);
    s.factions.tsmc.flows.offeredVolume *= 3;
    s.factions.tsmc.flows.salesVolume = s.factions.tsmc.flows.offeredVolume * 0.88;
    expect(priceSettling(s, "tsmc")).toBe(false);
    expect(bindingOf(s, "tsmc").factor).toBe("demand");
  });
});

describe("TSMC's bot while its wafers go unsold", () => {
  it("holds back as for demand whatever the HUD names, at every difficulty", () => {
    const s = tsmcWithSurplus(0.12, 1.6);
    for (const d of ["easy", "normal", "hard"] as const) expect(botFactor(s, "tsmc", d)).toBe("demand");
  });

  it("the hard bot is not put off by a surplus under 6.5 %; the normal one is by anything over 5 %", () => {
    const s = tsmcWithSurplus(0.06, 1.6);
    expect(botFactor(s, "tsmc", "normal")).toBe("demand");
    expect(botFactor(s, "tsmc", "hard")).toBe("construction");
  });

  it("follows the named factor once its wafers sell", () => {
    const s = tsmcWithSurplus(0.02, 1.6);
    expect(botFactor(s, "tsmc", "hard")).toBe("construction");
  });
});
