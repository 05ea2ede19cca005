// What the HUD offers when construction binds and the engine has no order left: overtime while a fab
// under way is without it, and once all are on overtime the next fab. The overtime form used to be
// offered even then, where it could only say "Already on overtime".
import { describe, expect, it } from "vitest";
import { publicView, runMatch, type GameState } from "../../shared/index";
import { adviceFor } from "../../client/src/tutorial/advice";
import type { WorldView } from "../../client/src/net/view";

/** TSMC in the first month construction binds it with fabs under way (seed 1, normal bots). */
function tsmcBuilding(): GameState {
  let at: GameState | null = null;
  runMatch({ seed: 1, months: 120, difficulty: "normal" }, {
    untilMonth: 60,
    observe: (s) => {
      const underway = s.fabs.filter((f) => f.owner === "tsmc" && (f.stage === "permitting" || f.stage === "shell" || f.stage === "install"));
      if (!at && s.factions.tsmc.limitingFactor === "construction" && underway.length > 0) at = structuredClone(s);
    },
  });
  if (!at) throw new Error("construction never bound TSMC with fabs under way");
  return at;
}

const underway = (s: GameState) => s.fabs.filter((f) => f.owner === "tsmc" && (f.stage === "permitting" || f.stage === "shell" || f.stage === "install"));
const advice = (s: GameState) => adviceFor(publicView(s, "tsmc") as WorldView, "tsmc");

describe("advice when construction binds", () => {
  it("offers overtime while a fab under way is without it", () => {
    const s = tsmcBuilding();
    for (const f of underway(s)) f.overtime = false;
    expect(advice(s)).toMatchObject({ formId: "setOvertime", key: "advice.construction" });
  });

  it("offers the next fab once every fab under way is on overtime", () => {
    const s = tsmcBuilding();
    for (const f of underway(s)) f.overtime = true;
    expect(advice(s)).toMatchObject({ formId: "buildFab", key: "advice.construction.next" });
  });

  it("offers a first fab when none is under way", () => {
    const s = tsmcBuilding();
    s.fabs = s.fabs.filter((f) => !underway(s).includes(f));
    expect(advice(s)).toMatchObject({ formId: "buildFab", key: "advice.construction.build" });
  });
});
