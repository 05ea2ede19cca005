// Rivals contain a China that nears its win: once China has domestic EUV, only its 3 nm fab is left,
// and it needs foreign tools to build it. The normal and hard rivals lobby to tighten the export
// controls until China is cut off from Western firms, the hard ones on to the full embargo (where
// nobody services China's tools); China lobbies the other way (a tug-of-war).
import { describe, expect, it } from "vitest";
import { botDecisions, FACTION_IDS, runMatch, SANCTION_MAX, TIGHT_SANCTIONS, type GameState } from "../../shared/index";
import { quietMatch } from "./helpers";

function chinaWithEuv(level = 1): GameState {
  const s = quietMatch();
  s.month = 50;
  s.factions.china.milestones["domestic-euv"] = 48;
  s.sanctionLevel = level;
  return s;
}

const tightens = (s: GameState, id: (typeof FACTION_IDS)[number], difficulty: "easy" | "normal" | "hard") =>
  botDecisions(s, id, difficulty).filter((d) => d.order.type === "lobby" && d.order.direction === "tighten");

describe("rivals lobby to contain China", () => {
  it("each normal or hard rival lobbies to tighten, with its reason, once China has domestic EUV", () => {
    const s = chinaWithEuv();
    for (const id of ["tesla", "tsmc", "samsung"] as const) {
      for (const difficulty of ["normal", "hard"] as const) {
        expect(tightens(s, id, difficulty), `${id} ${difficulty}`).toEqual([{ order: { type: "lobby", direction: "tighten", amount: 1000 }, reason: { key: "bot.why.lobby.tighten" } }]);
      }
      expect(tightens(s, id, "easy")).toEqual([]);
    }
    expect(tightens(s, "china", "hard")).toEqual([]);
  });

  it("not before China's EUV, not after its 3 nm fab, and not past the level that cuts China off", () => {
    const before = chinaWithEuv();
    before.factions.china.milestones["domestic-euv"] = null;
    const won = chinaWithEuv();
    won.factions.china.milestones["domestic-3nm"] = 50;
    for (const s of [before, won]) expect(tightens(s, "tsmc", "hard")).toEqual([]);
    for (const id of ["tesla", "tsmc", "samsung"] as const) expect(tightens(chinaWithEuv(TIGHT_SANCTIONS), id, "normal")).toEqual([]);
  });

  it("the hard rival goes on from tight controls to the full embargo, and no further", () => {
    for (const id of ["tesla", "tsmc", "samsung"] as const) {
      expect(tightens(chinaWithEuv(TIGHT_SANCTIONS), id, "hard"), id).toEqual([{ order: { type: "lobby", direction: "tighten", amount: 1000 }, reason: { key: "bot.why.lobby.embargo" } }]);
      expect(tightens(chinaWithEuv(SANCTION_MAX), id, "hard"), id).toEqual([]);
    }
  });

  it("in play, the controls tighten within six months of China's EUV (events alone did it in 8 of 60 matches)", () => {
    for (let seed = 1; seed <= 6; seed++) {
      let euv: number | null = null;
      let tight: number | null = null;
      runMatch({ seed, months: 120, difficulty: "normal" }, {
        observe: (s) => {
          if (euv === null && s.factions.china.milestones["domestic-euv"] !== null) euv = s.month;
          if (tight === null && euv !== null && s.sanctionLevel >= TIGHT_SANCTIONS) tight = s.month;
        },
      });
      expect(euv, `seed ${seed}`).not.toBeNull();
      expect(tight, `seed ${seed}`).not.toBeNull();
      expect(tight! - euv!, `seed ${seed}`).toBeLessThanOrEqual(6);
    }
  });
});
