// Fabs: overtime cuts construction time by about a fifth and makes the shell cost half again as much (docs/design.md §5).
import { describe, expect, it } from "vitest";
import { checkOrder, OVERTIME_COST_FACTOR, type GameState } from "../../shared/index";
import { fabById, foundFab, quietMatch, tick } from "./helpers";

function monthsInShell(state: GameState, id: string): { months: number; state: GameState } {
  let s = state;
  let n = 0;
  while (fabById(s, id).stage === "shell" && n < 40) {
    s = tick(s);
    n++;
  }
  return { months: n, state: s };
}

describe("overtime", () => {
  it("a shell on overtime finishes in about 80 % of the time", () => {
    let { state, id } = foundFab(quietMatch(3), "tsmc", "taiwan", "N3", 10);
    while (fabById(state, id).stage === "permitting") state = tick(state);
    const shellMonths = fabById(state, id).stageMonths - fabById(state, id).progress;
    const normal = monthsInShell(state, id);
    const fast = monthsInShell(tick(state, [{ issuer: "tsmc", order: { type: "setOvertime", fabId: id, on: true } }]), id);
    const fastMonths = fast.months + 1; // the month the order was given also built at overtime pace
    expect(normal.months).toBe(Math.ceil(shellMonths - 1e-9));
    expect(fastMonths).toBe(Math.ceil(shellMonths / 1.25 - 1e-9));
    expect(fastMonths).toBeLessThan(normal.months);
  });

  it("overtime costs an extra half of the shell's cost (cash compared with the same fab without overtime)", () => {
    let { state, id } = foundFab(quietMatch(3), "tsmc", "taiwan", "N3", 10);
    while (fabById(state, id).stage === "permitting") state = tick(state);
    const shellCost = fabById(state, id).shellCostLeft;
    let normal = state;
    let fast = tick(state, [{ issuer: "tsmc", order: { type: "setOvertime", fabId: id, on: true } }]);
    normal = tick(normal);
    for (let i = 0; i < 30; i++) {
      normal = tick(normal);
      fast = tick(fast);
    }
    expect(fabById(normal, id).stage).toBe("install");
    expect(fabById(fast, id).stage).toBe("install");
    const extra = normal.factions.tsmc.cash - fast.factions.tsmc.cash;
    expect(extra).toBeCloseTo(shellCost * (OVERTIME_COST_FACTOR - 1), 6);
    expect(extra).toBeGreaterThan(0);
  });

  it("overtime is refused for a fab that is already producing", () => {
    const s0 = quietMatch();
    const running = s0.fabs.find((f) => f.owner === "tsmc" && f.stage === "volume")!;
    expect(checkOrder(s0, "tsmc", { type: "setOvertime", fabId: running.id, on: true })?.code).toBe("wrong-stage");
  });
});
