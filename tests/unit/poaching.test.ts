// People: a faction can lure a rival's engineers and PhDs with a premium. The rival loses them at
// once and hears of it; the poacher gets them after the usual hiring delay; a month's poaching is
// capped at a share of the rival's staff, whoever poaches (docs/design.md §5).
import { describe, expect, it } from "vitest";
import { checkOrder, FACTIONS, TALENT_POOL, ENGINEER_SALARY, HIRE_DELAY_MONTHS, PHD_SALARY, POACH_FEE_MONTHS, POACH_SHARE_PER_MONTH, previewOrder, stateHash, step } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

const lure = (engineers: number, phds = 0) => ({ type: "poach", from: "tsmc", engineers, phds }) as const;

describe("poaching a rival's staff", () => {
  it("takes them from the rival now and gives them to the poacher after the hiring delay, for the premium", () => {
    const s0 = quietMatch();
    let poached = tick(s0, [{ issuer: "tesla", order: lure(0.5, 0.2) }]);
    let control = tick(s0);
    // (Less the month's attrition of half a percent on what they would have been.)
    expect(control.factions.tsmc.engineers - poached.factions.tsmc.engineers).toBeCloseTo(0.5, 2);
    expect(control.factions.tsmc.phds - poached.factions.tsmc.phds).toBeCloseTo(0.2, 2);
    const fee = (0.5 * ENGINEER_SALARY + 0.2 * PHD_SALARY) * POACH_FEE_MONTHS;
    expect(control.factions.tesla.cash - poached.factions.tesla.cash).toBeCloseTo(fee, 6);
    expect(poached.eventLog.some((e) => e.id === "staff-poached" && e.faction === "tsmc" && e.params?.by === "tesla" && e.params?.engineers === 500)).toBe(true);
    for (let m = 1; m <= HIRE_DELAY_MONTHS; m++) {
      poached = tick(poached);
      control = tick(control);
    }
    expect(poached.factions.tesla.engineers - control.factions.tesla.engineers).toBeCloseTo(0.5, 2);
    expect(poached.factions.tesla.phds - control.factions.tesla.phds).toBeCloseTo(0.2, 2);
  });

  it("caps a month's poaching from one rival at its share of the staff, for all poachers together; a new month opens it again", () => {
    const s0 = quietMatch();
    const cap = POACH_SHARE_PER_MONTH * s0.factions.tsmc.engineers;
    const first = step(s0, [
      { issuer: "tesla", order: lure(cap * 0.6) },
      { issuer: "samsung", order: lure(cap * 0.6) },
      { issuer: "samsung", order: lure(cap * 0.3) },
    ]);
    expect(first.refusals.map((r) => [r.issuer, r.refusal.reason])).toEqual([["samsung", "refusal.poachLimit"]]);
    expect(tick(s0).factions.tsmc.engineers - first.state.factions.tsmc.engineers).toBeCloseTo(cap * 0.9, 2);
    const second = step(first.state, [{ issuer: "samsung", order: lure(cap * 0.9) }]);
    expect(second.refusals).toEqual([]);
  });

  it("does not use up the poacher's labour market: a full hire is still open the same month", () => {
    const s0 = quietMatch();
    const pool = TALENT_POOL[FACTIONS.tesla.homeRegion];
    const r = step(s0, [
      { issuer: "tesla", order: lure(0.5, 0.2) },
      { issuer: "tesla", order: { type: "hire", engineers: pool.engineers, phds: pool.phds } },
    ]);
    expect(r.refusals).toEqual([]);
  });

  it("the preview costs what applying spends and names the rival", () => {
    const s = quietMatch();
    const p = previewOrder(s, "samsung", lure(0.4, 0.1));
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.cost).toBeCloseTo((0.4 * ENGINEER_SALARY + 0.1 * PHD_SALARY) * POACH_FEE_MONTHS, 9);
    expect(p.effects.find((e) => e.key === "preview.poach.rival")?.params).toMatchObject({ rival: { text: "faction.tsmc" } });
  });

  it("is refused, changing nothing: from yourself, China from Tesla or under tight sanctions, the teacher, no cash, nobody, malformed", () => {
    const s = quietMatch();
    const before = stateHash(s);
    expect(checkOrder(s, "tsmc", lure(0.1))?.reason).toBe("refusal.poachSelf");
    expect(checkOrder(s, "china", { ...lure(0.1), from: "tesla" })?.code).toBe("sanctioned");
    expect(checkOrder(s, "china", lure(0.1))).toBeNull();
    expect(checkOrder({ ...s, sanctionLevel: 2 }, "china", lure(0.1))?.code).toBe("sanctioned");
    expect(checkOrder(s, "teacher", lure(0.1))?.code).toBe("not-allowed");
    expect(checkOrder({ ...s, factions: { ...s.factions, tesla: { ...s.factions.tesla, cash: 1, debt: 1e9 } } }, "tesla", lure(0.5))?.code).toBe("not-affordable");
    expect(checkOrder(s, "tesla", lure(0, 0))?.reason).toBe("refusal.nothingToHire");
    expect(checkOrder(s, "tesla", { ...lure(0.1), from: "intel" })?.code).toBe("malformed");
    expect(checkOrder(s, "tesla", lure(-1))?.code).toBe("malformed");
    expect(stateHash(s)).toBe(before);
  });
});
