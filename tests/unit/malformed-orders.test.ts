// Orders & refusals: anything that is not a well-formed order is refused as "malformed" and changes nothing.
import { describe, expect, it } from "vitest";
import { applyOrder, checkOrder, ORDER_TYPES, stateHash, step, t } from "../../shared/index";
import { quietMatch } from "./helpers";

const ok = { type: "buildFab", site: "taiwan", node: "N3", capacity: 20 };

const MALFORMED: Array<[string, unknown]> = [
  ["null", null],
  ["undefined", undefined],
  ["a number", 42],
  ["a string", "buildFab"],
  ["an array", [ok]],
  ["an empty object", {}],
  ["a numeric type", { type: 5 }],
  ["an unknown type", { type: "nukeTaiwan" }],
  ["a prototype key as type", { type: "__proto__" }],
  ["constructor as type", { type: "constructor" }],
  ["toString as type", { type: "toString" }],
  ["missing fields", { type: "buildFab" }],
  ["a missing capacity", { type: "buildFab", site: "taiwan", node: "N3" }],
  ["a string capacity", { ...ok, capacity: "20" }],
  ["a fractional capacity", { ...ok, capacity: 20.5 }],
  ["a huge capacity", { ...ok, capacity: 1e9 }],
  ["a negative capacity", { ...ok, capacity: -20 }],
  ["a NaN capacity", { ...ok, capacity: Number.NaN }],
  ["an infinite capacity", { ...ok, capacity: Number.POSITIVE_INFINITY }],
  ["an unknown site", { ...ok, site: "mars" }],
  ["an unknown node", { ...ok, node: "A14" }],
  ["a boolean multipatterning as a string", { ...ok, multipatterning: "yes" }],
  ["a NaN loan", { type: "borrow", amount: Number.NaN }],
  ["an infinite loan", { type: "borrow", amount: Number.POSITIVE_INFINITY }],
  ["a 1e300 loan", { type: "borrow", amount: 1e300 }],
  ["a negative loan", { type: "borrow", amount: -5 }],
  ["a zero loan", { type: "borrow", amount: 0 }],
  ["a bigint loan", { type: "borrow", amount: BigInt(5) }],
  ["an object as amount", { type: "borrow", amount: { valueOf: () => 5 } }],
  ["NaN engineers", { type: "hire", engineers: Number.NaN, phds: 0 }],
  ["too many engineers", { type: "hire", engineers: 1e6, phds: 0 }],
  ["a fractional launch", { type: "launch", count: 1.5 }],
  ["a zero launch", { type: "launch", count: 0 }],
  ["an empty fab id", { type: "orderTools", fabId: "", line: "asml:euv", quantity: 1 }],
  ["an over-long fab id", { type: "orderTools", fabId: "f".repeat(41), line: "asml:euv", quantity: 1 }],
  ["an unknown tool line", { type: "orderTools", fabId: "fab1", line: "canon:nil", quantity: 1 }],
  ["a tool quantity of 1e6", { type: "orderTools", fabId: "fab1", line: "asml:euv", quantity: 1e6 }],
  ["an unknown vendor", { type: "fundVendor", vendor: "nikon", amount: 10 }],
  ["an unknown good", { type: "spotTrade", good: "gold", side: "buy", quantity: 1 }],
  ["an unknown side", { type: "spotTrade", good: "dram", side: "steal", quantity: 1 }],
  ["a contract of 0 months", { type: "offerContract", to: "tsmc", side: "buy", good: "wafer", perMonth: 1, price: 20, months: 0 }],
  ["a contract with an unknown partner", { type: "offerContract", to: "intel", side: "buy", good: "wafer", perMonth: 1, price: 20, months: 6 }],
  ["a contract id that is a number", { type: "acceptContract", contractId: 7 }],
  ["an HBM share above 1", { type: "setHbmShare", share: 1.5 }],
  ["a negative HBM share", { type: "setHbmShare", share: -0.1 }],
  ["an unknown research programme", { type: "fundResearch", program: "cold-fusion", amount: 10 }],
  ["an unknown lobby direction", { type: "lobby", direction: "sideways", amount: 10 }],
  ["an unknown event", { type: "injectEvent", eventId: "meteor" }],
  ["an unknown turbine maker", { type: "orderTurbines", maker: "rolls", gw: 1 }],
  ["an unknown power source", { type: "buildPower", source: "fusion", region: "us", gw: 1 }],
];

describe("malformed orders", () => {
  const s = quietMatch();
  const before = stateHash(s);

  for (const [name, order] of MALFORMED) {
    it(`${name} → malformed, nothing changes`, () => {
      for (const issuer of ["tesla", "china", "teacher"]) {
        const r = checkOrder(s, issuer, order);
        expect(r?.code).toBe("malformed");
        expect(r?.reason === "refusal.malformed" || r?.reason === "refusal.unknownOrder").toBe(true);
        expect(t("en", r!.reason, r!.params)).not.toMatch(/\{\w+\}/);
        const copy = structuredClone(s);
        expect(applyOrder(copy, issuer, order)?.code).toBe("malformed");
        expect(stateHash(copy)).toBe(before);
      }
    });
  }

  it("malformed orders in a month's batch are refused one by one and the month runs as if they were absent", () => {
    const r = step(s, MALFORMED.map(([, order]) => ({ issuer: "tsmc", order })));
    expect(r.refusals).toHaveLength(MALFORMED.length);
    for (const x of r.refusals) expect(x.refusal.code).toBe("malformed");
    expect(stateHash(r.state)).toBe(stateHash(step(s, []).state));
    expect(stateHash(s)).toBe(before);
  });

  it("a well-formed order of every type parses (the catalogue above is not refusing everything)", () => {
    expect(ORDER_TYPES.length).toBeGreaterThan(20);
    expect(checkOrder(s, "tsmc", ok)).toBeNull();
  });
});
