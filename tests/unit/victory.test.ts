// Victory: the first faction to clear all three of its milestones wins at once (docs/design.md §8).
import { describe, expect, it } from "vitest";
import { checkOrder, step } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

describe("instant win", () => {
  it("Samsung, with two milestones already, wins the month its HBM is qualified", () => {
    const s = quietMatch();
    const sam = s.factions.samsung;
    sam.milestones["texas-volume"] = 0;
    sam.milestones["hbm-share"] = 0;
    const prog = sam.research["hbm-qualification"];
    prog.spent = prog.cost;
    const r = step(s, []);
    expect(r.state.status).toBe("ended");
    expect(r.state.winner).toBe("samsung");
    expect(r.state.endedMonth).toBe(0);
    expect(r.events.some((e) => e.id === "victory" && e.faction === "samsung")).toBe(true);
    expect(r.events.some((e) => e.id === "match-ended")).toBe(true);
  });

  it("two of three is not enough: the match goes on", () => {
    const s = quietMatch();
    s.factions.samsung.milestones["texas-volume"] = 0;
    s.factions.samsung.milestones["hbm-share"] = 0;
    const s1 = tick(s);
    expect(s1.status).toBe("running");
    expect(s1.winner).toBeNull();
  });

  it("after the win, every order is refused and the world stands still", () => {
    const s = quietMatch();
    const sam = s.factions.samsung;
    sam.milestones["texas-volume"] = 0;
    sam.milestones["hbm-share"] = 0;
    sam.research["hbm-qualification"].spent = sam.research["hbm-qualification"].cost;
    const ended = step(s, []).state;
    expect(checkOrder(ended, "tesla", { type: "borrow", amount: 100 })?.code).toBe("match-over");
    const after = step(ended, [{ issuer: "tesla", order: { type: "borrow", amount: 100 } }]);
    expect(after.refusals[0].refusal.code).toBe("match-over");
    expect(after.state.month).toBe(ended.month);
    expect(after.state.factions).toEqual(ended.factions);
  });

  it("a match that runs out of months ends with the highest score as winner", () => {
    let s = quietMatch(1, 60);
    while (s.status === "running") s = step(s, []).state;
    expect(s.endedMonth).toBe(59);
    const best = Object.values(s.factions).sort((a, b) => b.score - a.score)[0].id;
    expect(s.winner).toBe(best);
    expect(s.factions.tesla.limitingHistory).toHaveLength(60);
  });
});
