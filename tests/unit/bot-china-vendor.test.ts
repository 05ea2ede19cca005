// The hard China builds its own tool industry ahead of need: $1 B a month to its domestic tool maker
// while it has $20 B to spare. The normal China funds it while tools bind, and ($300 M a month, with
// $20 B to spare) while its EUV programme runs late or the controls cut it off from Western tools:
// its 3 nm fabs will wait on domestic EUV tools (docs/design.md §11).
import { describe, expect, it } from "vitest";
import { botDecisions, botOrders, expectedCost, RESEARCH, researchEstimate, runMatch, TIGHT_SANCTIONS, type GameState } from "../../shared/index";
import { drawTerciles } from "../../tools/balance/draws";
import { quietMatch } from "./helpers";

const funding = (s: GameState, d: "easy" | "normal" | "hard") => botOrders(s, "china", d).find((o) => o.type === "fundVendor" && o.vendor === "domestic");
const funds = (s: GameState, d: "easy" | "normal" | "hard") => funding(s, d) !== undefined;

/** Month 30 of a 180-month match: China rich, memory binding it, $10 B into an EUV programme that really costs `factor` × the published figure. */
function programme(factor: number): GameState {
  const s = quietMatch(1, 180);
  s.month = 30;
  const f = s.factions.china;
  f.cash = 50_000;
  f.limitingFactor = "memory";
  f.limitingHistory = ["memory", "memory", "memory"];
  f.research["domestic-euv"].cost = RESEARCH["domestic-euv"].cost * factor;
  f.research["domestic-euv"].spent = 10_000;
  return s;
}

describe("China's bots and its domestic tool maker", () => {
  it("hard funds it every month while cash is plentiful; normal only while tools bind, its programme runs late or the controls are tight", () => {
    let rich = 0;
    let poor = 0;
    runMatch({ seed: 3, months: 120, difficulty: "normal" }, {
      untilMonth: 60,
      observe: (s) => {
        if (s.status !== "running") return;
        const f = s.factions.china;
        if (f.limitingFactor === "tools") return;
        const late = f.milestones["domestic-euv"] === null && expectedCost(researchEstimate(s, "china", "domestic-euv")) > RESEARCH["domestic-euv"].cost;
        if (!late && s.sanctionLevel < TIGHT_SANCTIONS) expect(funds(s, "normal")).toBe(false);
        if (f.cash > 60_000) { expect(funds(s, "hard")).toBe(true); rich++; }
        if (f.cash < 20_000) { expect(funds(s, "hard")).toBe(false); poor++; }
      },
    });
    expect(rich).toBeGreaterThan(0);
    expect(poor + rich).toBeGreaterThan(5);
  });

  it("the normal China answers a programme going badly, or a blockade, with $300 M a month to its own tool makers, and says why", () => {
    const late = programme(1.2);
    expect(expectedCost(researchEstimate(late, "china", "domestic-euv"))).toBeGreaterThan(RESEARCH["domestic-euv"].cost);
    expect(funding(late, "normal")).toMatchObject({ amount: 300 });
    const why = botDecisions(late, "china", "normal").find((d) => d.order.type === "fundVendor");
    expect(why?.reason.key).toBe("bot.why.fundVendor.ahead");
    // On track: nothing, unless the controls cut it off.
    const onTrack = programme(0.8);
    expect(funds(onTrack, "normal")).toBe(false);
    onTrack.sanctionLevel = TIGHT_SANCTIONS;
    expect(funding(onTrack, "normal")).toMatchObject({ amount: 300 });
    // Not without $20 B to spare; not the easy bot, which does not look that far.
    const poor = programme(1.2);
    poor.factions.china.cash = 15_000;
    expect(funds(poor, "normal")).toBe(false);
    expect(funds(late, "easy")).toBe(false);
  });

  it("so the programme's hidden cost no longer decides China's long matches (seeds 1–150, 180 months)", () => {
    // Without the catch-up the cheapest / middle / dearest third won 16 / 28 / 10 % (2.8×).
    const china = drawTerciles(180, 150, 1).terciles.find((t) => t.faction === "china")!;
    expect(china.ratio).toBeLessThan(2);
    expect(Math.min(...china.winRate)).toBeGreaterThan(0.12);
  }, 60_000);
});
