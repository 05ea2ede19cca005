// Capital: loans up to a credit limit, monthly interest, repayment (docs/design.md §5).
import { describe, expect, it } from "vitest";
import { applyOrder, checkOrder, creditLimitOf, LOAN_RATE_YEAR, loanRateOf, rateAtDebt, STARTING_REVENUE_YEAR } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

describe("loans", () => {
  it("the borrow panel's rate after a loan is the rate the month then charges", () => {
    const s0 = quietMatch();
    const limit = creditLimitOf(s0, "tesla");
    const preview = rateAtDebt("tesla", s0.factions.tesla.debt + 12_000, limit);
    expect(preview).toBeGreaterThan(rateAtDebt("tesla", s0.factions.tesla.debt, limit));
    const c = structuredClone(s0);
    expect(applyOrder(c, "tesla", { type: "borrow", amount: 12_000 })).toBeNull();
    expect(loanRateOf(c, "tesla")).toBe(preview);
  });

  it("borrowing adds the amount to cash and to debt", () => {
    const s = quietMatch();
    const c = structuredClone(s);
    expect(applyOrder(c, "samsung", { type: "borrow", amount: 5_000 })).toBeNull();
    expect(c.factions.samsung.cash - s.factions.samsung.cash).toBe(5_000);
    expect(c.factions.samsung.debt).toBe(5_000);
  });

  it("interest is charged every month at the faction's rate, which rises with leverage", () => {
    const s0 = quietMatch();
    const s1 = tick(s0, [{ issuer: "tesla", order: { type: "borrow", amount: 12_000 } }]);
    const c1 = tick(s0);
    const rate1 = loanRateOf(s1, "tesla");
    expect(rate1).toBeGreaterThan(LOAN_RATE_YEAR.tesla);
    const s2 = tick(s1);
    const c2 = tick(c1);
    const paid = (s1.factions.tesla.cash - c1.factions.tesla.cash) - (s2.factions.tesla.cash - c2.factions.tesla.cash);
    expect(paid).toBeGreaterThan(12_000 * LOAN_RATE_YEAR.tesla / 12);
    expect(paid).toBeCloseTo(12_000 * loanRateOf(s1, "tesla") / 12, 0);
    // Leverage costs: the same loan on a bigger line is cheaper.
    const wide = structuredClone(s1);
    wide.factions.tesla.revenueYear *= 4;
    expect(loanRateOf(wide, "tesla")).toBeLessThan(rate1);
  });

  it("the credit line follows revenue and fabs: a year of revenue plus a share of the fabs' book value", () => {
    const s = quietMatch();
    expect(creditLimitOf(s, "tesla")).toBe(STARTING_REVENUE_YEAR.tesla);
    expect(creditLimitOf(s, "tsmc")).toBeGreaterThan(STARTING_REVENUE_YEAR.tsmc);
    const poorer = structuredClone(s);
    poorer.factions.tsmc.revenueYear /= 2;
    expect(creditLimitOf(poorer, "tsmc")).toBeLessThan(creditLimitOf(s, "tsmc"));
  });

  it("a loan is not revenue: borrowing does not raise the credit line", () => {
    const s0 = quietMatch();
    const s1 = tick(s0, [{ issuer: "samsung", order: { type: "borrow", amount: 20_000 } }]);
    const c1 = tick(s0);
    expect(s1.factions.samsung.revenueYear).toBeCloseTo(c1.factions.samsung.revenueYear, 6);
  });

  it("over the line, the covenant sweeps a share of revenue into repayment", () => {
    const s0 = quietMatch();
    const f = s0.factions.tsmc;
    f.debt = creditLimitOf(s0, "tsmc") + 30_000;
    const s1 = tick(s0);
    const interest = f.debt * loanRateOf(s0, "tsmc") / 12;
    expect(s1.factions.tsmc.debt).toBeLessThan(f.debt + interest - 1);
  });

  it("a faction that cannot pay its interest sees it added to the debt", () => {
    const s0 = quietMatch();
    const f = s0.factions.tesla;
    f.debt = 10_000;
    f.cash = -10_000; // deep in the red: a month's income cannot cover the interest
    const rate = loanRateOf(s0, "tesla");
    const s1 = tick(s0);
    expect(s1.factions.tesla.cash).toBeLessThan(0);
    expect(s1.factions.tesla.debt).toBeGreaterThan(10_000 * (1 + LOAN_RATE_YEAR.tesla / 12));
    expect(s1.factions.tesla.debt).toBeCloseTo(10_000 * (1 + loanRateOf(s1, "tesla") / 12), 0);
    expect(rate).toBeGreaterThan(LOAN_RATE_YEAR.tesla);
  });

  it("no borrowing past the credit limit; no repaying more than is owed", () => {
    const s = quietMatch();
    const limit = creditLimitOf(s, "tsmc");
    expect(checkOrder(s, "tsmc", { type: "borrow", amount: limit + 1 })?.code).toBe("limit-reached");
    const c = structuredClone(s);
    expect(applyOrder(c, "tsmc", { type: "borrow", amount: limit })).toBeNull();
    expect(applyOrder(c, "tsmc", { type: "borrow", amount: 1 })?.code).toBe("limit-reached");
    expect(applyOrder(c, "tsmc", { type: "repay", amount: limit + 1 })).toMatchObject({ code: "limit-reached", reason: "refusal.repayMoreThanDebt", params: { debt: limit } });
    expect(applyOrder(c, "tsmc", { type: "repay", amount: 10_000 })).toBeNull();
    expect(c.factions.tsmc.debt).toBe(limit - 10_000);
    expect(c.factions.tsmc.cash).toBe(s.factions.tsmc.cash + limit - 10_000);
    // With nothing owed the refusal says so, rather than "you owe only $0 M".
    expect(checkOrder(s, "samsung", { type: "repay", amount: 1 })).toMatchObject({ code: "limit-reached", reason: "refusal.noDebt" });
    // …but a debt under half a million is still a debt that can be repaid.
    const tiny = structuredClone(s);
    tiny.factions.samsung.debt = 0.3;
    expect(applyOrder(tiny, "samsung", { type: "repay", amount: 0.3 })).toBeNull();
    expect(tiny.factions.samsung.debt).toBe(0);
  });

  it("the teacher cannot borrow for anyone", () => {
    expect(checkOrder(quietMatch(), "teacher", { type: "borrow", amount: 100 })?.code).toBe("not-allowed");
  });
});
