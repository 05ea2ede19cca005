// Power: Tesla's cars and robots take chips to the edge, limited by how many are made each month (docs/design.md §6).
import { describe, expect, it } from "vitest";
import { applyOrder, checkOrder, EDGE_DUTY, GW_PER_KACCEL } from "../../shared/index";
import { computeGW } from "../../shared/model/compute";
import { quietMatch, tick } from "./helpers";

describe("edge fleet", () => {
  it("Tesla fits up to this month's vehicles and robots with chips, and not one more", () => {
    const s = quietMatch();
    s.factions.tesla.warehouse = 10_000;
    const units = s.factions.tesla.edgeUnitsPerMonth;
    expect(units).toBeGreaterThan(0);
    expect(checkOrder(s, "tesla", { type: "deployEdge", units: units + 1 })?.code).toBe("limit-reached");
    const c = structuredClone(s);
    expect(applyOrder(c, "tesla", { type: "deployEdge", units })).toBeNull();
    expect(applyOrder(c, "tesla", { type: "deployEdge", units: 1 })?.code).toBe("limit-reached");
  });

  it("edge chips leave the warehouse and count at their night duty", () => {
    const s0 = quietMatch();
    s0.factions.tesla.warehouse = 10_000;
    s0.factions.tesla.procurement = [];
    const units = s0.factions.tesla.edgeUnitsPerMonth;
    const s1 = tick(s0, [{ issuer: "tesla", order: { type: "deployEdge", units } }]);
    const c1 = tick(s0);
    expect(s1.factions.tesla.edgeAccelerators).toBeGreaterThan(0);
    expect(c1.factions.tesla.warehouse - s1.factions.tesla.warehouse).toBeCloseTo(units, 6);
    expect(computeGW(s1.factions.tesla) - computeGW(c1.factions.tesla)).toBeCloseTo(s1.factions.tesla.edgeAccelerators * GW_PER_KACCEL * EDGE_DUTY, 9);
  });

  it("only Tesla has an edge fleet, and it needs chips in the warehouse", () => {
    const s = quietMatch();
    expect(checkOrder(s, "china", { type: "deployEdge", units: 1 })?.code).toBe("not-allowed");
    s.factions.tesla.warehouse = 0;
    expect(checkOrder(s, "tesla", { type: "deployEdge", units: 1 })?.code).toBe("no-stock");
  });
});
