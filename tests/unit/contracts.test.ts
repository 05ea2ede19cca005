// Contracts between factions: offer → accept or decline; deliveries each month after acceptance (docs/design.md §7).
import { describe, expect, it } from "vitest";
import { applyOrder, checkOrder, MAX_OPEN_OFFERS, OFFER_EXPIRY_MONTHS, CONTRACT_LEAD_MONTHS, previewOrder, type GameState } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

const hbmOffer = { type: "offerContract", to: "tesla", side: "sell", good: "hbm", perMonth: 500, price: 700, months: 3 } as const;

function offered(): { state: GameState; id: string } {
  const q = quietMatch();
  q.factions.tesla.procurement = []; // without the 18-month HBM supply deal, only the contract secures HBM
  const s = tick(q, [{ issuer: "samsung", order: hbmOffer }]);
  const c = s.contracts.at(-1)!;
  return { state: s, id: c.id };
}

describe("contracts", () => {
  it("Tesla's booked TSMC wafers arrive every month once AI5 volume starts, paid at the contract price", () => {
    let s = quietMatch();
    const c0 = s.contracts.find((c) => c.seller === "tsmc" && c.buyer === "tesla" && c.good === "wafer")!;
    expect(c0.startMonth).toBe(12); // AI5 in volume from 2027
    for (let i = 0; i < 16; i++) s = tick(s);
    const c = s.contracts.find((x) => x.id === c0.id)!;
    expect(c.delivered).toBeCloseTo(3 * c0.perMonth, 9); // months 13, 14, 15: not before nor in its start month
    expect(c.months).toBe(c0.months - 3);
    expect(s.factions.tsmc.flows.wafersSold).toBeGreaterThanOrEqual(c0.perMonth);
  });

  it("an accepted HBM offer delivers once its lead time has passed, for its months, then completes", () => {
    let { state, id } = offered();
    expect(state.contracts.find((c) => c.id === id)!.status).toBe("offered");
    state = tick(state, [{ issuer: "tesla", order: { type: "acceptContract", contractId: id } }]);
    const c = state.contracts.find((x) => x.id === id)!;
    expect(c.status).toBe("active");
    expect(c.delivered).toBe(0);
    expect(state.factions.tesla.flows.hbmSecured).toBe(0);
    // HBM capacity is allocated ahead: nothing arrives for CONTRACT_LEAD_MONTHS.
    for (let m = 0; m < CONTRACT_LEAD_MONTHS; m++) {
      state = tick(state);
      expect(state.factions.tesla.flows.hbmSecured).toBe(0);
    }
    for (let m = 1; m <= 3; m++) {
      state = tick(state);
      expect(state.factions.tesla.flows.hbmSecured).toBeCloseTo(500, 9);
      expect(state.contracts.find((x) => x.id === id)!.delivered).toBeCloseTo(500 * m, 9);
    }
    expect(state.contracts.find((x) => x.id === id)!.status).toBe("completed");
    state = tick(state);
    expect(state.factions.tesla.flows.hbmSecured).toBe(0);
  });

  it("a wafer contract TSMC accepts delivers from the seventh month after", () => {
    let s = tick(quietMatch(), [{ issuer: "tesla", order: { type: "offerContract", to: "tsmc", side: "buy", good: "wafer", perMonth: 3, price: 25, months: 12 } }]);
    const id = s.contracts.at(-1)!.id;
    s = tick(s, [{ issuer: "tsmc", order: { type: "acceptContract", contractId: id } }]);
    const accepted = s.month - 1;
    expect(s.contracts.find((x) => x.id === id)!.startMonth).toBe(accepted + 6);
    while (s.month <= accepted + 6) {
      s = tick(s);
      expect(s.contracts.find((x) => x.id === id)!.delivered).toBe(0);
    }
    s = tick(s);
    expect(s.contracts.find((x) => x.id === id)!.delivered).toBeCloseTo(3, 9);
  });

  it("the offer's and the acceptance's previews name the months the contract then delivers in", () => {
    const offer = { type: "offerContract", to: "tsmc", side: "buy", good: "wafer", perMonth: 3, price: 25, months: 6 } as const;
    let s = quietMatch();
    const monthsOf = (p: ReturnType<typeof previewOrder>, key: string) => {
      if (!p.ok) throw new Error("refused");
      const e = p.effects.find((x) => x.key === key)!;
      return { from: (e.params!.from as { month: number }).month, until: (e.params!.until as { month: number }).month };
    };
    const promised = monthsOf(previewOrder(s, "tesla", offer), "preview.contract.buy");
    s = tick(s, [{ issuer: "tesla", order: offer }]);
    const id = s.contracts.at(-1)!.id;
    const shown = monthsOf(previewOrder(s, "tsmc", { type: "acceptContract", contractId: id }), "preview.contract.deliveries");
    expect(shown).toEqual(promised); // accepted the month after the offer, as the offer's preview assumed
    s = tick(s, [{ issuer: "tsmc", order: { type: "acceptContract", contractId: id } }]);
    const delivering: number[] = [];
    let before = 0;
    while (s.month <= promised.until + 1) {
      const month = s.month;
      s = tick(s);
      const d = s.contracts.find((x) => x.id === id)?.delivered ?? before;
      if (d > before + 1e-9) delivering.push(month);
      before = d;
    }
    expect(delivering[0]).toBe(promised.from);
    expect(delivering.at(-1)).toBe(promised.until);
    expect(delivering).toHaveLength(6);
  });

  it("a declined offer never delivers", () => {
    let { state, id } = offered();
    state = tick(state, [{ issuer: "tesla", order: { type: "declineContract", contractId: id } }]);
    expect(state.contracts.find((x) => x.id === id)!.status).toBe("declined");
    state = tick(tick(state));
    expect(state.factions.tesla.flows.hbmSecured).toBe(0);
    expect(checkOrder(state, "tesla", { type: "acceptContract", contractId: id })?.code).toBe("wrong-stage");
  });

  it("who may do what: only the other side accepts or declines; only the offerer cancels", () => {
    const { state, id } = offered();
    expect(checkOrder(state, "samsung", { type: "acceptContract", contractId: id })?.code).toBe("not-allowed");
    expect(checkOrder(state, "samsung", { type: "declineContract", contractId: id })?.code).toBe("not-allowed");
    expect(checkOrder(state, "tsmc", { type: "acceptContract", contractId: id })?.code).toBe("unknown-target");
    expect(checkOrder(state, "tsmc", { type: "declineContract", contractId: id })?.code).toBe("unknown-target");
    expect(checkOrder(state, "tesla", { type: "cancelContract", contractId: id })?.code).toBe("unknown-target");
    expect(checkOrder(state, "teacher", { type: "acceptContract", contractId: id })?.code).toBe("not-allowed");
    expect(checkOrder(state, "tesla", { type: "acceptContract", contractId: "c-none" })?.code).toBe("unknown-target");
    const c = structuredClone(state);
    expect(applyOrder(c, "samsung", { type: "cancelContract", contractId: id })).toBeNull();
    expect(c.contracts.find((x) => x.id === id)!.status).toBe("cancelled");
    expect(applyOrder(c, "tesla", { type: "acceptContract", contractId: id })?.code).toBe("wrong-stage");
  });

  it("an accepted contract can no longer be cancelled", () => {
    let { state, id } = offered();
    state = tick(state, [{ issuer: "tesla", order: { type: "acceptContract", contractId: id } }]);
    expect(checkOrder(state, "samsung", { type: "cancelContract", contractId: id })?.code).toBe("wrong-stage");
  });

  it("nobody contracts with themselves, and open offers are limited", () => {
    const s = quietMatch();
    expect(checkOrder(s, "samsung", { ...hbmOffer, to: "samsung" })?.code).toBe("not-allowed");
    const c = structuredClone(s);
    for (let i = 0; i < MAX_OPEN_OFFERS; i++) expect(applyOrder(c, "samsung", hbmOffer)).toBeNull();
    expect(applyOrder(c, "samsung", hbmOffer)?.code).toBe("limit-reached");
  });

  it("an offer nobody answers expires", () => {
    let { state, id } = offered();
    for (let i = 0; i < OFFER_EXPIRY_MONTHS; i++) state = tick(state);
    expect(state.contracts.find((x) => x.id === id)!.status).toBe("expired");
    expect(checkOrder(state, "tesla", { type: "acceptContract", contractId: id })?.code).toBe("wrong-stage");
  });
});
