// Capital: loans up to a credit limit, monthly interest, repayment (DESIGN §7).
import { describe, expect, it } from "vitest";
import { applyOrder, checkOrder, CREDIT_LIMIT, LOAN_RATE_YEAR } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

describe("loans", () => {
  it("borrowing adds the amount to cash and to debt", () => {
    const s = quietMatch();
    const c = structuredClone(s);
    expect(applyOrder(c, "samsung", { type: "borrow", amount: 5_000 })).toBeNull();
    expect(c.factions.samsung.cash - s.factions.samsung.cash).toBe(5_000);
    expect(c.factions.samsung.debt).toBe(5_000);
  });

  it("interest is charged every month at the faction's rate", () => {
    const s0 = quietMatch();
    const s1 = tick(s0, [{ issuer: "tesla", order: { type: "borrow", amount: 12_000 } }]);
    const c1 = tick(s0);
    expect(s1.factions.tesla.cash - c1.factions.tesla.cash).toBeCloseTo(12_000 - 12_000 * LOAN_RATE_YEAR.tesla / 12, 6);
    const s2 = tick(s1);
    const c2 = tick(c1);
    expect((s1.factions.tesla.cash - c1.factions.tesla.cash) - (s2.factions.tesla.cash - c2.factions.tesla.cash)).toBeCloseTo(12_000 * LOAN_RATE_YEAR.tesla / 12, 6);
  });

  it("a faction that cannot pay its interest sees it added to the debt", () => {
    const s0 = quietMatch();
    const f = s0.factions.tesla;
    f.debt = 24_000;
    f.cash = -10_000; // deep in the red: a month's income cannot cover the interest
    const s1 = tick(s0);
    expect(s1.factions.tesla.cash).toBeLessThan(0);
    expect(s1.factions.tesla.debt).toBeCloseTo(24_000 * (1 + LOAN_RATE_YEAR.tesla / 12), 9);
  });

  it("no borrowing past the credit limit; no repaying more than is owed", () => {
    const s = quietMatch();
    expect(checkOrder(s, "tsmc", { type: "borrow", amount: CREDIT_LIMIT.tsmc + 1 })?.code).toBe("limit-reached");
    const c = structuredClone(s);
    expect(applyOrder(c, "tsmc", { type: "borrow", amount: CREDIT_LIMIT.tsmc })).toBeNull();
    expect(applyOrder(c, "tsmc", { type: "borrow", amount: 1 })?.code).toBe("limit-reached");
    expect(applyOrder(c, "tsmc", { type: "repay", amount: CREDIT_LIMIT.tsmc + 1 })?.code).toBe("limit-reached");
    expect(applyOrder(c, "tsmc", { type: "repay", amount: 10_000 })).toBeNull();
    expect(c.factions.tsmc.debt).toBe(CREDIT_LIMIT.tsmc - 10_000);
    expect(c.factions.tsmc.cash).toBe(s.factions.tsmc.cash + CREDIT_LIMIT.tsmc - 10_000);
    expect(checkOrder(s, "samsung", { type: "repay", amount: 1 })?.code).toBe("limit-reached");
  });

  it("the teacher cannot borrow for anyone", () => {
    expect(checkOrder(quietMatch(), "teacher", { type: "borrow", amount: 100 })?.code).toBe("not-allowed");
  });
});
