// Talent: hires arrive after three months; each region's labour market has a monthly limit.
import { describe, expect, it } from "vitest";
import { applyOrder, checkOrder, HIRE_DELAY_MONTHS, TALENT_POOL } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

describe("hiring", () => {
  it("engineers hired now start work three months later, not before", () => {
    const s0 = quietMatch();
    let hired = tick(s0, [{ issuer: "tsmc", order: { type: "hire", engineers: 1, phds: 0.5 } }]);
    let control = tick(s0);
    expect(HIRE_DELAY_MONTHS).toBe(3);
    for (let m = 1; m < HIRE_DELAY_MONTHS; m++) {
      expect(hired.factions.tsmc.engineers).toBeCloseTo(control.factions.tsmc.engineers, 12);
      hired = tick(hired);
      control = tick(control);
    }
    expect(hired.factions.tsmc.engineers).toBeCloseTo(control.factions.tsmc.engineers, 12);
    hired = tick(hired);
    control = tick(control);
    expect(hired.factions.tsmc.engineers - control.factions.tsmc.engineers).toBeGreaterThan(0.99);
    expect(hired.factions.tsmc.phds - control.factions.tsmc.phds).toBeGreaterThan(0.49);
  });

  it("hiring more than the region's monthly pool is refused; the pool renews next month", () => {
    const s = quietMatch();
    const pool = TALENT_POOL.us;
    expect(checkOrder(s, "tesla", { type: "hire", engineers: pool.engineers + 0.1, phds: 0 })?.code).toBe("limit-reached");
    const c = structuredClone(s);
    expect(applyOrder(c, "tesla", { type: "hire", engineers: pool.engineers, phds: 0 })).toBeNull();
    const r = applyOrder(c, "tesla", { type: "hire", engineers: 0.1, phds: 0 });
    expect(r?.code).toBe("limit-reached");
    expect(r?.reason).toBe("refusal.talentPool");
    const next = tick(s, [{ issuer: "tesla", order: { type: "hire", engineers: pool.engineers, phds: 0 } }]);
    expect(checkOrder(next, "tesla", { type: "hire", engineers: pool.engineers, phds: 0 })).toBeNull();
  });

  it("hiring nobody is refused", () => {
    expect(checkOrder(quietMatch(), "tsmc", { type: "hire", engineers: 0, phds: 0 })?.code).toBe("limit-reached");
  });
});
