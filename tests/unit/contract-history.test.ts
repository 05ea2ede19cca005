// A contract that is over stays in the list a year, for the Deals tab's history, and both sides hear
// when it completes; an unanswered offer's maker hears it expired (docs/design.md §7).
import { describe, expect, it } from "vitest";
import { FINISHED_CONTRACT_KEPT_MONTHS, OFFER_EXPIRY_MONTHS, publicView, type GameState } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

const offer = { type: "offerContract", to: "tsmc", side: "buy", good: "wafer", perMonth: 3, price: 25, months: 24 } as const;

function news(s: GameState, id: string) {
  return s.eventLog.filter((e) => e.id === id);
}

describe("contract history", () => {
  it("a two-year contract stays in the list, completed, for a year after its last delivery; both sides hear of it", () => {
    let s = tick(quietMatch(), [{ issuer: "tesla", order: offer }]);
    const id = s.contracts.at(-1)!.id;
    s = tick(s, [{ issuer: "tsmc", order: { type: "acceptContract", contractId: id } }]);
    const find = (x: GameState) => x.contracts.find((c) => c.id === id);
    while (find(s)!.status === "active") s = tick(s);
    const done = find(s)!;
    expect(done.status).toBe("completed");
    expect(done.endedMonth).toBe(s.month - 1);
    expect(done.delivered).toBeCloseTo(24 * 3, 6);
    const told = news(s, "contract-completed");
    expect(told.map((e) => e.faction).sort()).toEqual(["tesla", "tsmc"]);
    expect(told.find((e) => e.faction === "tesla")!.params).toMatchObject({ with: "tsmc", good: "wafer", delivered: 72, due: 72 });
    // What a player's screen gets: the finished contract, its end and what came of it.
    expect(publicView(s, "tesla").contracts.find((c) => c.id === id)).toMatchObject({ status: "completed", endedMonth: done.endedMonth, shortfall: 0 });
    for (let m = 1; m < FINISHED_CONTRACT_KEPT_MONTHS; m++) s = tick(s);
    expect(find(s)?.status).toBe("completed");
    s = tick(s);
    expect(find(s)).toBeUndefined();
  });

  it("an offer nobody answers tells its maker it expired, and leaves the list a year after it was made", () => {
    let s = tick(quietMatch(), [{ issuer: "tesla", order: offer }]);
    const c = s.contracts.at(-1)!;
    let heard: GameState["eventLog"] = [];
    for (let i = 0; i < OFFER_EXPIRY_MONTHS; i++) {
      s = tick(s);
      heard = heard.concat(news(s, "contract-expired"));
    }
    expect(heard).toEqual([expect.objectContaining({ faction: "tesla", params: { to: "tsmc", good: "wafer" } })]);
    // (s.month is the month the next tick plays: the list last kept it in the year's final month.)
    while (s.month - c.offeredMonth <= FINISHED_CONTRACT_KEPT_MONTHS) {
      expect(s.contracts.find((x) => x.id === c.id)?.status).toBe("expired");
      s = tick(s);
    }
    expect(s.contracts.find((x) => x.id === c.id)).toBeUndefined();
  });
});
