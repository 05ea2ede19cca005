// What the HUD offers a memory-bound China once its stacking lines are at their most (35 % of its
// DRAM): licensed HBM, lobbied for above the lowest level of the controls and bought at it. The
// button used to open the HBM share form, which could only offer the ceiling China had reached.
import { describe, expect, it } from "vitest";
import { FACTIONS, idlePlayer, publicView, runMatch, type GameState } from "../../shared/index";
import { adviceFor } from "../../client/src/tutorial/advice";
import type { WorldView } from "../../client/src/net/view";

/** China's view in month 3 of seed 5 (an idle China, memory-bound from its second month). */
function chinaAt3(): GameState {
  let at: GameState | null = null;
  runMatch({ seed: 5, months: 60, difficulty: "normal" }, { players: { china: idlePlayer }, untilMonth: 3, observe: (s) => { if (s.month === 3) at = structuredClone(s); } });
  if (!at) throw new Error("month 3 not reached");
  return at;
}

const view = (s: GameState) => publicView(s, "china") as WorldView;

describe("advice for a memory-bound China", () => {
  it("offers more HBM share while the lines have room", () => {
    const s = chinaAt3();
    expect(s.factions.china.limitingFactor).toBe("memory");
    expect(adviceFor(view(s), "china")).toMatchObject({ formId: "setHbmShare", key: "advice.memory" });
  });

  it("at the ceiling, lobbies for licences above the lowest level and buys licensed HBM at it", () => {
    const s = chinaAt3();
    s.factions.china.hbmShare = FACTIONS.china.hbmShareMax;
    expect(s.sanctionLevel).toBeGreaterThan(0);
    expect(adviceFor(view(s), "china")).toMatchObject({ formId: "lobby", key: "advice.memory.chinaLobby" });
    s.sanctionLevel = 0;
    expect(adviceFor(view(s), "china")).toMatchObject({ formId: "setProcurement", key: "advice.memory.chinaLicensed" });
  });
});
