// Tools: funding a vendor raises its monthly output, but only after the factory is built (docs/design.md §5).
import { describe, expect, it } from "vitest";
import { TOOL_LINES, VENDOR_FUNDING_DELAY, VENDOR_FUNDING_OUTPUT_PER_BILLION } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

const output = (s: ReturnType<typeof quietMatch>, line: string) => s.toolLines[line].outputPerMonth + s.toolLines[line].fundedExtra;

describe("funding a vendor", () => {
  it("ASML's lines make more tools from the delay on, and not before", () => {
    let funded = tick(quietMatch(), [{ issuer: "tesla", order: { type: "fundVendor", vendor: "asml", amount: 10_000 } }]);
    let control = tick(quietMatch());
    for (let m = 1; m <= VENDOR_FUNDING_DELAY + 2; m++) {
      const month = funded.month;
      funded = tick(funded);
      control = tick(control);
      for (const line of ["asml:euv", "asml:duv"]) {
        const extra = output(funded, line) - output(control, line);
        if (month < VENDOR_FUNDING_DELAY) expect(extra, `${line} month ${month}`).toBe(0);
        else expect(extra, `${line} month ${month}`).toBeCloseTo(TOOL_LINES[line].outputPerMonth * VENDOR_FUNDING_OUTPUT_PER_BILLION * 10, 9);
      }
      // other vendors are untouched
      expect(output(funded, "lam:etch")).toBe(output(control, "lam:etch"));
    }
  });

  it("funding costs its amount", () => {
    const s0 = quietMatch();
    const s1 = tick(s0, [{ issuer: "tsmc", order: { type: "fundVendor", vendor: "kla", amount: 2_000 } }]);
    const c1 = tick(s0);
    expect(c1.factions.tsmc.cash - s1.factions.tsmc.cash).toBeCloseTo(2_000, 6);
  });
});
