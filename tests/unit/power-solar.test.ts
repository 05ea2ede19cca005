// Power: ground solar is quick but waits for land permits, costs more in the US (tariff), and gives 25 % of nameplate (docs/design.md §6).
import { describe, expect, it } from "vitest";
import { SOLAR_BUILD_MONTHS, SOLAR_COST_PER_GW, SOLAR_PERMIT_MONTHS, SOLAR_US_TARIFF, applyOrder } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

describe("solar", () => {
  it("4 GW of US solar comes online as 1 GW, after permits and building, not before", () => {
    const wait = SOLAR_PERMIT_MONTHS.us + SOLAR_BUILD_MONTHS;
    let s = tick(quietMatch(), [{ issuer: "tesla", order: { type: "buildPower", source: "solar", region: "us", gw: 4 } }]);
    for (let m = 1; m < wait; m++) {
      expect(s.factions.tesla.solarGW, `month ${s.month}`).toBe(0);
      s = tick(s);
    }
    expect(s.factions.tesla.solarGW).toBe(0);
    s = tick(s); // the month it is ready
    expect(s.factions.tesla.solarGW).toBeCloseTo(4 * 0.25, 9);
  });

  it("US solar pays the tariff; China's does not, and China permits faster", () => {
    const s = quietMatch();
    const us = structuredClone(s);
    expect(applyOrder(us, "tesla", { type: "buildPower", source: "solar", region: "us", gw: 2 })).toBeNull();
    expect(s.factions.tesla.cash - us.factions.tesla.cash).toBeCloseTo(2 * SOLAR_COST_PER_GW * (1 + SOLAR_US_TARIFF), 6);
    const cn = structuredClone(s);
    expect(applyOrder(cn, "china", { type: "buildPower", source: "solar", region: "china", gw: 2 })).toBeNull();
    expect(s.factions.china.cash - cn.factions.china.cash).toBeCloseTo(2 * SOLAR_COST_PER_GW, 6);
    expect(SOLAR_PERMIT_MONTHS.china).toBeLessThan(SOLAR_PERMIT_MONTHS.us);
  });

  it("a solar-tariff event raises the price of US solar", () => {
    let s = tick(quietMatch(), [{ issuer: "teacher", order: { type: "injectEvent", eventId: "solar-tariff" } }]);
    const copy = structuredClone(s);
    expect(applyOrder(copy, "tesla", { type: "buildPower", source: "solar", region: "us", gw: 1 })).toBeNull();
    expect(s.factions.tesla.cash - copy.factions.tesla.cash).toBeGreaterThan(SOLAR_COST_PER_GW * (1 + SOLAR_US_TARIFF) + 1);
    s = tick(s);
    expect(s.modifiers.some((m) => m.id === "solar-tariff")).toBe(true);
  });
});
