// Tools: each vendor line serves its order book first come, first served, never before the lead time;
// prepaying moves an order ahead of every unprepaid one (docs/design.md §5).
import { describe, expect, it } from "vitest";
import { applyOrder, PREPAY_PREMIUM, TOOL_LINES, type GameState } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

/** Three factions each found an N2 fab in month 0; returns their fab ids. */
function threeFabs(): { state: GameState; fabs: Record<"tsmc" | "samsung" | "tesla", string> } {
  const s = tick(quietMatch(9), [
    { issuer: "tsmc", order: { type: "buildFab", site: "taiwan", node: "N2", capacity: 50 } },
    { issuer: "samsung", order: { type: "buildFab", site: "korea", node: "N2", capacity: 50 } },
    { issuer: "tesla", order: { type: "buildFab", site: "texas", node: "N2", capacity: 50 } },
  ]);
  const last = (o: string) => s.fabs.filter((f) => f.owner === o).at(-1)!.id;
  return { state: s, fabs: { tsmc: last("tsmc"), samsung: last("samsung"), tesla: last("tesla") } };
}

/** Runs months and records, per order id, how many tools it had received at the end of each month. */
function watch(state: GameState, months: number, ids: string[], quantity: Record<string, number>) {
  const history: Array<Record<string, number>> = [];
  let s = state;
  for (let i = 0; i < months; i++) {
    s = tick(s);
    const row: Record<string, number> = {};
    for (const id of ids) {
      const o = s.toolOrders.find((x) => x.id === id);
      row[id] = o ? o.delivered : quantity[id]; // finished orders leave the book
    }
    history.push(row);
  }
  return { state: s, history };
}

describe("vendor order book", () => {
  it("orders are served in the order they were placed, across customers", () => {
    let { state, fabs } = threeFabs();
    const ids: string[] = [];
    const qty: Record<string, number> = {};
    for (const who of ["tsmc", "samsung", "tesla"] as const) {
      state = tick(state, [{ issuer: who, order: { type: "orderTools", fabId: fabs[who], line: "asml:euv", quantity: 4 } }]);
      const o = state.toolOrders.at(-1)!;
      ids.push(o.id);
      qty[o.id] = 4;
    }
    const { history } = watch(state, 24, ids, qty);
    for (const row of history) {
      for (let j = 1; j < ids.length; j++) {
        if (row[ids[j]] > 0) for (let i = 0; i < j; i++) expect(row[ids[i]]).toBe(qty[ids[i]]);
      }
    }
    expect(history.at(-1)![ids[2]]).toBe(4);
  });

  it("nothing arrives before the line's lead time; with an empty book the first tools arrive right at it", () => {
    for (const line of ["asml:euv", "asml:duv", "amat:dep", "lam:etch", "tel:track", "kla:inspect"]) {
      let { state, fabs } = threeFabs();
      const placed = state.month;
      state = tick(state, [{ issuer: "tsmc", order: { type: "orderTools", fabId: fabs.tsmc, line, quantity: 1 } }]);
      const kind = TOOL_LINES[line].kind;
      const lead = TOOL_LINES[line].leadMonths;
      let arrived: number | null = null;
      for (let i = 0; i < lead + 6 && arrived === null; i++) {
        const month = state.month;
        state = tick(state);
        if ((state.fabs.find((f) => f.id === fabs.tsmc)!.toolsDelivered[kind] ?? 0) > 0) arrived = month;
      }
      expect(arrived, line).toBe(placed + lead);
    }
  });

  it("a prepaid order jumps ahead of earlier unprepaid orders, for 20 % of its value", () => {
    let { state, fabs } = threeFabs();
    state = tick(state, [
      { issuer: "tsmc", order: { type: "orderTools", fabId: fabs.tsmc, line: "asml:euv", quantity: 6 } },
      { issuer: "samsung", order: { type: "orderTools", fabId: fabs.samsung, line: "asml:euv", quantity: 6 } },
    ]);
    const [first, second] = state.toolOrders.slice(-2);
    expect(first.faction).toBe("tsmc");
    // the premium, checked on a copy
    const copy = structuredClone(state);
    expect(applyOrder(copy, "samsung", { type: "prepay", orderId: second.id })).toBeNull();
    expect(state.factions.samsung.cash - copy.factions.samsung.cash).toBeCloseTo(6 * second.unitPrice * PREPAY_PREMIUM, 9);

    state = tick(state, [{ issuer: "samsung", order: { type: "prepay", orderId: second.id } }]);
    const { history } = watch(state, 24, [first.id, second.id], { [first.id]: 6, [second.id]: 6 });
    const firstServed = history.findIndex((r) => r[first.id] > 0);
    const secondServed = history.findIndex((r) => r[second.id] > 0);
    expect(secondServed).toBeGreaterThanOrEqual(0);
    expect(secondServed).toBeLessThan(firstServed);
    for (const row of history) if (row[first.id] > 0) expect(row[second.id]).toBe(6);
  });

  it("prepaying twice, or someone else's order, is refused", () => {
    let { state, fabs } = threeFabs();
    state = tick(state, [{ issuer: "tsmc", order: { type: "orderTools", fabId: fabs.tsmc, line: "asml:euv", quantity: 2 } }]);
    const id = state.toolOrders.at(-1)!.id;
    state = tick(state, [{ issuer: "tsmc", order: { type: "prepay", orderId: id } }]);
    const copy = structuredClone(state);
    expect(applyOrder(copy, "tsmc", { type: "prepay", orderId: id })?.code).toBe("limit-reached");
    expect(applyOrder(copy, "samsung", { type: "prepay", orderId: id })?.code).toBe("unknown-target");
  });
});
