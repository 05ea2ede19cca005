// A buyer short of wafers asks TSMC for a contract, and Samsung once TSMC has declined it or let it
// lapse: asking TSMC over and over left a Tesla whose TSMC never answers (a player away, or one that
// will not sell) without a wafer contract all match.
import { describe, expect, it } from "vitest";
import { attackOrders, idlePlayer, runMatch, type Contract, type GameState } from "../../shared/index";

/** Tesla's state in the month logic first binds it, and the wafer offer it made then as TSMC left it to lapse. */
function logicMonthAndLapsedOffer(): { state: GameState; lapsed: Contract } {
  let state: GameState | null = null;
  let lapsed: Contract | null = null;
  runMatch({ seed: 2, months: 120, difficulty: "normal" }, {
    players: { tsmc: idlePlayer },
    untilMonth: 14,
    observe: (s) => {
      if (!state && s.factions.tesla.limitingFactor === "logic") state = structuredClone(s);
      lapsed ??= s.contracts.find((c) => c.buyer === "tesla" && c.good === "wafer" && c.status === "expired") ?? null;
    },
  });
  if (!state || !lapsed) throw new Error("seed 2 no longer shows Tesla's logic month and a lapsed wafer offer");
  return { state, lapsed: structuredClone(lapsed) };
}

const waferOffers = (s: GameState) => attackOrders(s, "tesla", "logic").orders.filter((o) => o.type === "offerContract" && o.good === "wafer");

describe("the maker a wafer contract is asked of", () => {
  const { state, lapsed } = logicMonthAndLapsedOffer();

  it("is TSMC while TSMC has refused nothing", () => {
    expect(waferOffers(state)).toMatchObject([{ to: "tsmc", side: "buy" }]);
  });

  it("is Samsung once TSMC let an offer lapse or declined one, and nobody once both have", () => {
    for (const status of ["expired", "declined"] as const) {
      const s = structuredClone(state);
      s.contracts.push({ ...lapsed, status });
      expect(waferOffers(s)).toMatchObject([{ to: "samsung", side: "buy" }]);
      s.contracts.push({ ...lapsed, id: "c-samsung", seller: "samsung", status: "declined" });
      expect(waferOffers(s)).toEqual([]);
    }
  });

  it("is TSMC again when the refusal was of another good", () => {
    const s = structuredClone(state);
    s.contracts.push({ ...lapsed, good: "hbm", status: "declined" });
    expect(waferOffers(s)).toMatchObject([{ to: "tsmc" }]);
  });
});
