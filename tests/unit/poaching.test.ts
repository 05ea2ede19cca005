// People: a faction can lure a rival's engineers and PhDs with a premium, into posts its fabs have.
// The rival loses them at once and hears of it; the poacher gets them after the usual hiring delay; a
// month's poaching is capped at a share of the rival's staff, whoever poaches (docs/design.md §5).
import { describe, expect, it } from "vitest";
import { checkOrder, FACTIONS, TALENT_POOL, ENGINEER_SALARY, HIRE_DELAY_MONTHS, PHD_SALARY, POACH_FEE_MONTHS, POACH_SHARE_PER_MONTH, previewOrder, stateHash, step, type FactionId, type GameState } from "../../shared/index";
import { staffNeed, staffWanted } from "../../shared/rules/staff-posts";
import { quietMatch, tick } from "./helpers";

const lure = (engineers: number, phds = 0) => ({ type: "poach", from: "tsmc", engineers, phds }) as const;

/** The match with these factions' staff cut to half their fabs' need: posts to fill. */
function shortStaffed(s: GameState, ...ids: FactionId[]): GameState {
  for (const id of ids) {
    const need = staffNeed(s, id);
    s.factions[id].engineers = need.engineers / 2;
    s.factions[id].phds = need.phds / 2;
  }
  return s;
}

describe("poaching a rival's staff", () => {
  it("takes them from the rival now and gives them to the poacher after the hiring delay, for the premium", () => {
    const s0 = shortStaffed(quietMatch(), "samsung");
    let poached = tick(s0, [{ issuer: "samsung", order: lure(0.5, 0.2) }]);
    let control = tick(s0);
    // (Less the month's attrition of half a percent on what they would have been.)
    expect(control.factions.tsmc.engineers - poached.factions.tsmc.engineers).toBeCloseTo(0.5, 2);
    expect(control.factions.tsmc.phds - poached.factions.tsmc.phds).toBeCloseTo(0.2, 2);
    const fee = (0.5 * ENGINEER_SALARY + 0.2 * PHD_SALARY) * POACH_FEE_MONTHS;
    expect(control.factions.samsung.cash - poached.factions.samsung.cash).toBeCloseTo(fee, 6);
    expect(poached.eventLog.some((e) => e.id === "staff-poached" && e.faction === "tsmc" && e.params?.by === "samsung" && e.params?.engineers === 500)).toBe(true);
    for (let m = 1; m <= HIRE_DELAY_MONTHS; m++) {
      poached = tick(poached);
      control = tick(control);
    }
    expect(poached.factions.samsung.engineers - control.factions.samsung.engineers).toBeCloseTo(0.5, 2);
    expect(poached.factions.samsung.phds - control.factions.samsung.phds).toBeCloseTo(0.2, 2);
  });

  it("caps a month's poaching from one rival at its share of the staff, for all poachers together; a new month opens it again", () => {
    const s0 = shortStaffed(quietMatch(), "samsung", "china");
    const cap = POACH_SHARE_PER_MONTH * s0.factions.tsmc.engineers;
    const first = step(s0, [
      { issuer: "china", order: lure(cap * 0.6) },
      { issuer: "samsung", order: lure(cap * 0.6) },
      { issuer: "samsung", order: lure(cap * 0.3) },
    ]);
    expect(first.refusals.map((r) => [r.issuer, r.refusal.reason])).toEqual([["samsung", "refusal.poachLimit"]]);
    expect(tick(s0).factions.tsmc.engineers - first.state.factions.tsmc.engineers).toBeCloseTo(cap * 0.9, 2);
    const second = step(first.state, [{ issuer: "samsung", order: lure(cap * 0.9) }]);
    expect(second.refusals).toEqual([]);
  });

  it("lures only into posts: as many as the fabs need and a tenth, less the staff and the hires on their way", () => {
    const s = quietMatch();
    const before = stateHash(s);
    // At the start every faction's staff fill its fabs (TSMC's twice over), and Tesla has no fab yet:
    // nobody has work for a rival's people, so a raid to weaken one is refused.
    for (const id of ["tesla", "samsung", "china"] as const) {
      expect(staffWanted(s, id).engineers).toBe(0);
      const r = step(s, [{ issuer: id, order: lure(0.1) }]);
      expect(r.refusals.map((x) => [x.refusal.reason, x.refusal.params?.engineers])).toEqual([["refusal.poachNoPosts", 0]]);
      expect(r.state.factions.tsmc.engineers).toBeCloseTo(tick(s).factions.tsmc.engineers, 9);
    }
    expect(stateHash(s)).toBe(before);
    // Samsung half a thousand engineers short of its posts: it may lure that many and no more…
    const need = staffNeed(s, "samsung").engineers;
    s.factions.samsung.engineers = need * 1.1 - 0.5;
    expect(staffWanted(s, "samsung").engineers).toBeCloseTo(0.5, 9);
    expect(checkOrder(s, "samsung", lure(0.5))).toBeNull();
    expect(checkOrder(s, "samsung", lure(0.51))).toMatchObject({ code: "limit-reached", reason: "refusal.poachNoPosts", params: { engineers: 500 } });
    // …and a hire on its way fills posts first.
    const r = step(s, [
      { issuer: "samsung", order: { type: "hire", engineers: 0.3, phds: 0 } },
      { issuer: "samsung", order: lure(0.3) },
      { issuer: "samsung", order: lure(0.2) },
    ]);
    expect(r.refusals.map((x) => [(x.order as { type: string }).type, x.refusal.reason, x.refusal.params?.engineers])).toEqual([["poach", "refusal.poachNoPosts", 200]]);
    // (Less the month's attrition on them.)
    expect(tick(s).factions.tsmc.engineers - r.state.factions.tsmc.engineers).toBeCloseTo(0.2, 2);
  });

  it("does not use up the poacher's labour market: a full hire is still open the same month", () => {
    const s0 = shortStaffed(quietMatch(), "samsung");
    const pool = TALENT_POOL[FACTIONS.samsung.homeRegion];
    const r = step(s0, [
      { issuer: "samsung", order: lure(0.5, 0.2) },
      { issuer: "samsung", order: { type: "hire", engineers: pool.engineers, phds: pool.phds } },
    ]);
    expect(r.refusals).toEqual([]);
  });

  it("the preview costs what applying spends and names the rival", () => {
    const s = shortStaffed(quietMatch(), "samsung");
    const p = previewOrder(s, "samsung", lure(0.4, 0.1));
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.cost).toBeCloseTo((0.4 * ENGINEER_SALARY + 0.1 * PHD_SALARY) * POACH_FEE_MONTHS, 9);
    expect(p.effects.find((e) => e.key === "preview.poach.rival")?.params).toMatchObject({ rival: { text: "faction.tsmc" } });
    // The posts it has, so the limit shows before the order is sent.
    const posts = staffWanted(s, "samsung");
    expect(p.effects.find((e) => e.key === "preview.poach.posts")?.params).toEqual({ e: Math.floor(posts.engineers * 1000), p: Math.floor(posts.phds * 100) });
  });

  it("is refused, changing nothing: from yourself, China from Tesla or under tight sanctions, the teacher, no cash, nobody, malformed", () => {
    const s = shortStaffed(quietMatch(), "china", "samsung");
    const before = stateHash(s);
    expect(checkOrder(s, "tsmc", lure(0.1))?.reason).toBe("refusal.poachSelf");
    expect(checkOrder(s, "china", { ...lure(0.1), from: "tesla" })?.code).toBe("sanctioned");
    expect(checkOrder(s, "china", lure(0.1))).toBeNull();
    expect(checkOrder({ ...s, sanctionLevel: 2 }, "china", lure(0.1))?.code).toBe("sanctioned");
    expect(checkOrder(s, "teacher", lure(0.1))?.code).toBe("not-allowed");
    expect(checkOrder({ ...s, factions: { ...s.factions, samsung: { ...s.factions.samsung, cash: 1, debt: 1e9 } } }, "samsung", lure(0.5))?.code).toBe("not-affordable");
    expect(checkOrder(s, "samsung", lure(0, 0))?.reason).toBe("refusal.nothingToHire");
    expect(checkOrder(s, "samsung", { ...lure(0.1), from: "intel" })?.code).toBe("malformed");
    expect(checkOrder(s, "samsung", lure(-1))?.code).toBe("malformed");
    expect(stateHash(s)).toBe(before);
  });
});
