// The easy bot wastes: in about half its months it puts overtime on every shell, whether or not
// that helps. Not the easy China: its state fund never runs short, so for it overtime is speed, not
// waste (it made the easy China as strong as the normal one; docs/design.md §11). Nor the easy
// Samsung and TSMC in a 60-month match, where a shell finished sooner is no waste either (with it
// they beat the normal bot's seat: Samsung 60 % against 30 %).
import { describe, expect, it } from "vitest";
import { botFactor, botOrders, runMatch, type FactionId, type GameState } from "../../shared/index";

/** Does the easy bot put overtime on every shell of its that has none, this month? Not asked in the
 *  months construction binds it, when overtime is the advice's own answer (advice/attack.ts). */
function overtimeOnEveryShell(s: GameState, id: FactionId): boolean | null {
  if (botFactor(s, id, "easy") === "construction") return null;
  const shells = s.fabs.filter((f) => f.owner === id && f.stage === "shell" && !f.overtime).map((f) => f.id);
  if (shells.length === 0) return null;
  const ordered = new Set(botOrders(s, id, "easy").flatMap((o) => (o.type === "setOvertime" && o.on ? [o.fabId] : [])));
  return shells.every((fab) => ordered.has(fab));
}

type Tally = Record<FactionId, { all: number; seen: number }>;

/** Over two all-easy matches of this length to month 48 or 72: months each faction had a shell without overtime, and months it put overtime on all of them. */
function tally(length: 60 | 120): Tally {
  const months: Tally = { tesla: { all: 0, seen: 0 }, tsmc: { all: 0, seen: 0 }, samsung: { all: 0, seen: 0 }, china: { all: 0, seen: 0 } };
  for (const seed of [3, 11]) {
    runMatch({ seed, months: length, difficulty: "easy" }, {
      untilMonth: length === 60 ? 48 : 72,
      observe: (s) => {
        for (const id of Object.keys(months) as FactionId[]) {
          const every = overtimeOnEveryShell(s, id);
          if (every === null) continue;
          months[id].seen++;
          if (every) months[id].all++;
        }
      },
    });
  }
  return months;
}

describe("the easy bot's waste", () => {
  it("puts overtime on every shell in some months as Tesla, TSMC and Samsung, never as China", () => {
    const months = tally(120);
    for (const id of ["tesla", "tsmc", "samsung"] as const) expect(months[id].all, id).toBeGreaterThan(0);
    // A coin flip, not every month.
    const others = months.tesla.all + months.tsmc.all + months.samsung.all;
    expect(others).toBeLessThan(months.tesla.seen + months.tsmc.seen + months.samsung.seen);
    expect(months.china.seen).toBeGreaterThan(20);
    expect(months.china.all).toBe(0);
  });

  it("in a 60-month match only as Tesla", () => {
    const months = tally(60);
    expect(months.tesla.all).toBeGreaterThan(0);
    for (const id of ["tsmc", "samsung", "china"] as const) {
      expect(months[id].seen, id).toBeGreaterThan(5);
      expect(months[id].all, id).toBe(0);
    }
  });
});
