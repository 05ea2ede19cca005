// Supply deals with the outside makers (SK hynix and Micron for HBM, the outside foundries for wafers):
// a fixed monthly allocation at a premium, served before the spot market after a lead time, from a share
// of their output that every buyer's deals draw on together (docs/design.md §7).
import { describe, expect, it } from "vitest";
import {
  MARKETS, SUPPLY_DEAL_DEPOSIT_MONTHS, SUPPLY_DEAL_PREMIUM, SUPPLY_DEAL_SHARE, CONTRACT_LEAD_MONTHS, checkOrder, previewOrder, stateHash, type GameState,
} from "../../shared/index";
import { npcOffer, supplyDealRoom } from "../../shared/rules/month/outside-makers";
import { quietMatch, tick } from "./helpers";

/** A match whose starting HBM deals are over, so the room is the makers' share alone. */
function noDeals(): GameState {
  const s = quietMatch();
  for (const id of ["tesla", "tsmc", "samsung", "china"] as const) s.factions[id].procurement = s.factions[id].procurement.filter((p) => p.fixedPrice == null);
  return s;
}

describe("supply deals with the outside makers", () => {
  it("deliver from the lead time on, not before, at the premium price, as HBM that world sales count but Tesla's milestone does not", () => {
    const s0 = noDeals();
    const deal = { type: "supplyDeal", good: "hbm", perMonth: 500, months: 12 } as const;
    const price = s0.markets.hbm.price * (1 + SUPPLY_DEAL_PREMIUM);
    let s = tick(s0, [{ issuer: "tesla", order: deal }]);
    const d = s.factions.tesla.procurement.find((p) => p.fixedPrice != null)!;
    expect(d).toMatchObject({ good: "hbm", perMonth: 500, fromMonth: CONTRACT_LEAD_MONTHS, untilMonth: CONTRACT_LEAD_MONTHS + 11 });
    expect(d.fixedPrice).toBeCloseTo(price, 9);
    let control = tick(s0);
    let assembling = false;
    let deliveriesSeen = 0;
    for (let m = 1; m <= CONTRACT_LEAD_MONTHS + 13; m++) {
      const month = s.month;
      s = tick(s);
      control = tick(control);
      // Tesla's memory milestone counts its own lines and contracts with other factions only.
      expect(s.factions.tesla.flows.hbmSecured, `month ${month}`).toBe(0);
      const delivering = month >= CONTRACT_LEAD_MONTHS && month <= CONTRACT_LEAD_MONTHS + 11;
      if (delivering) expect(s.world.hbmSoldTotal, `month ${month}`).toBeGreaterThanOrEqual(500);
      // Until Tesla's first wafers arrive and assembly uses HBM, the stock shows each delivery: 500 k
      // stacks a month more than the same match without the deal, from the lead time on.
      assembling ||= s.factions.tesla.flows.hbmUsed > 0 || control.factions.tesla.flows.hbmUsed > 0;
      if (!assembling) {
        const delivered = Math.max(0, month - CONTRACT_LEAD_MONTHS + 1);
        expect(s.factions.tesla.hbm - control.factions.tesla.hbm, `month ${month}`).toBeCloseTo(500 * delivered, 6);
        if (delivering) deliveriesSeen += 1;
      }
    }
    expect(deliveriesSeen).toBeGreaterThanOrEqual(3);
    // The deal ran its term and is gone.
    expect(s.factions.tesla.procurement.some((p) => p.fixedPrice != null)).toBe(false);
  });

  it("the preview costs the deposit that applying spends, and shows the room left for every buyer", () => {
    const s = noDeals();
    const deal = { type: "supplyDeal", good: "hbm", perMonth: 400, months: 24 } as const;
    const p = previewOrder(s, "tesla", deal);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const deposit = 400 * s.markets.hbm.price * (1 + SUPPLY_DEAL_PREMIUM) * MARKETS.hbm.moneyPerUnitPerPrice * SUPPLY_DEAL_DEPOSIT_MONTHS;
    expect(p.cost).toBeCloseTo(deposit, 6);
    const room = p.effects.find((e) => e.key === "preview.deal.room");
    expect((room?.params?.room as { num: number }).num).toBeCloseTo(SUPPLY_DEAL_SHARE * npcOffer(s, "hbm").quantity, 6);
    const after = tick(s, [{ issuer: "tesla", order: deal }]);
    const control = tick(s);
    expect(control.factions.tesla.cash - after.factions.tesla.cash).toBeCloseTo(deposit, 6);
  });

  it("the makers' share is contested: one buyer's deal leaves less room for the next, and an order over it is refused", () => {
    const s = noDeals();
    const room = supplyDealRoom(s, "hbm");
    expect(room).toBeGreaterThan(100);
    const big = Math.floor(room * 0.8);
    const after = tick(s, [{ issuer: "tesla", order: { type: "supplyDeal", good: "hbm", perMonth: big, months: 24 } }]);
    expect(supplyDealRoom(after, "hbm")).toBeLessThan(supplyDealRoom(tick(s), "hbm") - big + 1);
    const rest = supplyDealRoom(after, "hbm");
    const refused = checkOrder(after, "tsmc", { type: "supplyDeal", good: "hbm", perMonth: Math.ceil(rest) + 1, months: 24 });
    expect(refused?.code).toBe("limit-reached");
    expect(refused?.reason).toBe("refusal.supplyDealRoom");
    expect(checkOrder(after, "tsmc", { type: "supplyDeal", good: "hbm", perMonth: Math.floor(rest), months: 24 })).toBeNull();
  });

  it("Tesla's starting HBM deal fills the room through 2026: new HBM deals can start once it has ended", () => {
    let s = quietMatch();
    const deal = { type: "supplyDeal", good: "hbm", perMonth: 300, months: 24 } as const;
    const end = s.factions.tesla.procurement.find((p) => p.good === "hbm" && p.fixedPrice != null)!.untilMonth!;
    const refused = checkOrder(s, "tsmc", deal);
    expect(refused).toMatchObject({ code: "limit-reached", reason: "refusal.supplyDealSoldOut", params: { good: "hbm", months: end + 1 } });
    // Signed once the deal it would start after has run out, it is accepted.
    while (s.month + CONTRACT_LEAD_MONTHS <= end) s = tick(s);
    expect(checkOrder(s, "tsmc", deal)).toBeNull();
  });

  it("a standing spot purchase set later does not cancel a deal", () => {
    let s = tick(noDeals(), [{ issuer: "tesla", order: { type: "supplyDeal", good: "hbm", perMonth: 300, months: 24 } }]);
    s = tick(s, [{ issuer: "tesla", order: { type: "setProcurement", good: "hbm", perMonth: 2_000, maxPrice: 2_000 } }]);
    const hbm = s.factions.tesla.procurement.filter((p) => p.good === "hbm");
    expect(hbm.map((p) => (p.fixedPrice != null ? "deal" : "spot")).sort()).toEqual(["deal", "spot"]);
    s = tick(s, [{ issuer: "tesla", order: { type: "setProcurement", good: "hbm", perMonth: 0, maxPrice: 1 } }]);
    expect(s.factions.tesla.procurement.filter((p) => p.good === "hbm").map((p) => p.perMonth)).toEqual([300]);
  });

  it("is refused, changing nothing, for controlled goods to China, without the deposit, and for malformed terms", () => {
    const s = noDeals();
    const before = stateHash(s);
    const deal = { type: "supplyDeal", good: "hbm", perMonth: 300, months: 24 } as const;
    expect(checkOrder(s, "china", deal)?.code).toBe("sanctioned");
    expect(checkOrder(s, "teacher", deal)?.code).toBe("not-allowed");
    const poor = structuredClone(s);
    poor.factions.tesla.cash = 1;
    expect(checkOrder(poor, "tesla", deal)?.code).toBe("not-affordable");
    expect(checkOrder(s, "tesla", { ...deal, good: "dram" })?.code).toBe("malformed");
    expect(checkOrder(s, "tesla", { ...deal, months: 3 })?.code).toBe("malformed");
    expect(checkOrder(s, "tesla", { ...deal, perMonth: -5 })?.code).toBe("malformed");
    expect(stateHash(s)).toBe(before);
  });
});
