// Prepaying jumps the queue (docs/design.md §5): every rival whose order is passed hears who
// jumped it, by how many tools and about how much later its own tools now come. The "how much
// later" is checked from a second angle: the months the passed order's last tool actually slips
// when the match runs on with and without the prepay.
import { describe, expect, it } from "vitest";
import { step, t, type GameState } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

/** TSMC, then Samsung, then Tesla found an N2 fab and order EUV tools for it, in that order. */
function queue(): { state: GameState; orders: Record<"tsmc" | "samsung" | "tesla", string>; fabs: Record<"tsmc" | "samsung" | "tesla", string> } {
  let s = tick(quietMatch(4), [
    { issuer: "tsmc", order: { type: "buildFab", site: "taiwan", node: "N2", capacity: 50 } },
    { issuer: "samsung", order: { type: "buildFab", site: "korea", node: "N2", capacity: 50 } },
    { issuer: "tesla", order: { type: "buildFab", site: "texas", node: "N2", capacity: 50 } },
  ]);
  const fab = (o: string) => s.fabs.filter((f) => f.owner === o).at(-1)!.id;
  const fabs = { tsmc: fab("tsmc"), samsung: fab("samsung"), tesla: fab("tesla") };
  const orders = {} as Record<"tsmc" | "samsung" | "tesla", string>;
  for (const who of ["tsmc", "samsung", "tesla"] as const) {
    s = tick(s, [{ issuer: who, order: { type: "orderTools", fabId: fabs[who], line: "asml:euv", quantity: 12 } }]);
    orders[who] = s.toolOrders.at(-1)!.id;
  }
  return { state: s, orders, fabs };
}

/** The month a fab's EUV tools are all in, running the match on with no orders (null if not within the horizon). */
function euvDoneMonth(state: GameState, fabId: string, want: number, horizon = 60): number | null {
  let s = state;
  for (let i = 0; i < horizon; i++) {
    const month = s.month;
    s = step(s, []).state;
    if ((s.fabs.find((f) => f.id === fabId)!.toolsDelivered.euv ?? 0) >= want) return month;
  }
  return null;
}

describe("queue-jump news", () => {
  it("each rival passed hears who jumped it, by how many tools and about how much later; nobody else does", () => {
    const { state, orders } = queue();
    const r = step(state, [{ issuer: "tesla", order: { type: "prepay", orderId: orders.tesla } }]);
    expect(r.refusals).toEqual([]);
    const news = r.state.eventLog.filter((e) => e.id === "queue-jumped" && e.month === state.month);
    expect(news.map((e) => e.faction).sort()).toEqual(["samsung", "tsmc"]);
    for (const e of news) {
      expect(e.params).toMatchObject({ by: "tesla", vendor: "asml", tool: "euv", tools: 12 });
      expect(e.params!.months).toBeGreaterThanOrEqual(1);
    }
    // Both languages have the sentence, with every parameter filled in.
    for (const locale of ["en", "zh-TW"] as const) {
      const text = t(locale, "news.queue-jumped", news[0].params as Record<string, string | number>);
      expect(text).not.toMatch(/[{}]/);
    }
    expect(t("en", "news.queue-jumped", news[0].params as Record<string, string | number>)).toContain("12 euv tools");
  });

  it("the months the news gives are the months the passed order's last tool actually slips (within one)", () => {
    const { state, orders, fabs } = queue();
    const without = euvDoneMonth(state, fabs.tsmc, 12);
    const jumped = step(state, [{ issuer: "tesla", order: { type: "prepay", orderId: orders.tesla } }]).state;
    const told = jumped.eventLog.find((e) => e.id === "queue-jumped" && e.faction === "tsmc")!;
    const withPrepay = euvDoneMonth(jumped, fabs.tsmc, 12);
    expect(without).not.toBeNull();
    expect(withPrepay).not.toBeNull();
    // `without` counts from the month before the prepay was applied: the same starting month.
    const slip = withPrepay! - without!;
    expect(slip).toBeGreaterThan(0);
    expect(Math.abs(slip - Number(told.params!.months))).toBeLessThanOrEqual(1);
  });

  it("an order ahead of the prepaid one, or already prepaid, is not passed: no news", () => {
    const { state, orders } = queue();
    // TSMC's order is first in line: prepaying it passes nobody.
    const first = step(state, [{ issuer: "tsmc", order: { type: "prepay", orderId: orders.tsmc } }]).state;
    expect(first.eventLog.some((e) => e.id === "queue-jumped" && e.month === state.month)).toBe(false);
    // Samsung prepays, then Tesla: Tesla passes only TSMC's unprepaid order, not Samsung's prepaid one.
    const both = tick(tick(state, [{ issuer: "samsung", order: { type: "prepay", orderId: orders.samsung } }]), [
      { issuer: "tesla", order: { type: "prepay", orderId: orders.tesla } },
    ]);
    const byTesla = both.eventLog.filter((e) => e.id === "queue-jumped" && e.params?.by === "tesla");
    expect(byTesla.map((e) => e.faction)).toEqual(["tsmc"]);
  });
});
