// The hard bot poaches when its region's labour market cannot staff its fabs this month: it lures
// the rest from the rival it may take most from, within the month's cap and the export rules; the
// normal and easy bots hire from their own market only (docs/design.md §5 "Talent", §11).
import { describe, expect, it } from "vitest";
import { botDecisions, step, TALENT_POOL, FACTIONS, type FactionId, type GameState } from "../../shared/index";
import { staffNeed, staffWanted } from "../../shared/rules/staff-posts";
import { poachRoom } from "../../shared/model/poaching";
import { quietMatch } from "./helpers";

/** A match where this faction has lost most of its engineers (say, to a rival's poaching). */
function shortOfStaff(id: FactionId, share = 0.2): GameState {
  const s = quietMatch(3);
  s.factions[id].engineers *= share;
  return s;
}

const poachesOf = (s: GameState, id: FactionId, difficulty: "easy" | "normal" | "hard") =>
  botDecisions(s, id, difficulty).filter((d) => d.order.type === "poach");

describe("bots poaching staff", () => {
  it("the hard bot lures what its region cannot supply from the rival it may take most from, and the rules accept it", () => {
    const s = shortOfStaff("tsmc");
    const wanted = staffWanted(s, "tsmc").engineers;
    expect(wanted).toBeGreaterThan(TALENT_POOL[FACTIONS.tsmc.homeRegion].engineers);
    const [d] = poachesOf(s, "tsmc", "hard");
    expect(d.reason.key).toBe("bot.why.poach");
    const o = d.order as { type: "poach"; from: FactionId; engineers: number; phds: number };
    // The rival it may take most engineers from: the month's cap, and only people beyond its own fabs' need.
    const rooms = (["tesla", "samsung", "china"] as const).map((f) => [f, Math.min(poachRoom(s, f).engineers, s.factions[f].engineers - staffNeed(s, f).engineers)] as const);
    const most = rooms.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(o.from).toBe(most[0]);
    expect(o.engineers).toBeGreaterThan(0);
    expect(o.engineers).toBeLessThanOrEqual(Math.min(most[1], wanted - TALENT_POOL[FACTIONS.tsmc.homeRegion].engineers) + 1e-9);
    const r = step(s, [{ issuer: "tsmc", order: o }]);
    expect(r.refusals).toEqual([]);
    expect(r.state.eventLog.some((e) => e.id === "staff-poached" && e.faction === o.from && e.params?.by === "tsmc")).toBe(true);
  });

  it("takes no one a rival's running fabs need: a rival without spare staff is passed over", () => {
    const s = shortOfStaff("tsmc");
    const first = poachesOf(s, "tsmc", "hard")[0].order as { from: FactionId };
    // Leave that rival exactly the staff its fabs need: the bot turns to another, or to no one.
    s.factions[first.from].engineers = staffNeed(s, first.from).engineers;
    s.factions[first.from].phds = staffNeed(s, first.from).phds;
    const next = poachesOf(s, "tsmc", "hard");
    for (const d of next) expect((d.order as { from: FactionId }).from).not.toBe(first.from);
  });

  it("the normal and easy bots only hire from their own market, and the hard bot poaches only what that market cannot supply", () => {
    const s = shortOfStaff("tsmc");
    expect(poachesOf(s, "tsmc", "normal")).toEqual([]);
    expect(poachesOf(s, "tsmc", "easy")).toEqual([]);
    expect(botDecisions(s, "tsmc", "normal").some((d) => d.order.type === "hire")).toBe(true);
    // At the start Tesla, TSMC and Samsung want no more than their region offers: no hard bot of theirs poaches.
    const start = quietMatch(3);
    for (const id of ["tesla", "tsmc", "samsung"] as const) {
      const wanted = staffWanted(start, id);
      const pool = TALENT_POOL[FACTIONS[id].homeRegion];
      expect(wanted.engineers <= pool.engineers && wanted.phds <= pool.phds).toBe(true);
      expect(poachesOf(start, id, "hard")).toEqual([]);
    }
  });

  it("the hard China never lures US persons, and under tight sanctions no Western firm's staff", () => {
    const s = shortOfStaff("china", 0.05);
    expect(staffWanted(s, "china").engineers).toBeGreaterThan(TALENT_POOL.china.engineers);
    const open = poachesOf(s, "china", "hard");
    expect(open).toHaveLength(1);
    expect((open[0].order as { from: string }).from).not.toBe("tesla");
    s.sanctionLevel = 2;
    expect(poachesOf(s, "china", "hard")).toEqual([]);
  });
});
