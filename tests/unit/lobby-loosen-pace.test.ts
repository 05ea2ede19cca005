// Loosening the export controls is paced: a faction's lobbying to loosen counts up to
// LOOSEN_MAX_PER_MONTH a month; tightening is not. Without the pace a China player that lobbied
// $300 M a month on top of the normal bot won 88 % of 60-month matches against three normal bots.
import { describe, expect, it } from "vitest";
import { LOBBY_COST_PER_STEP, LOOSEN_MAX_PER_MONTH, step, t } from "../../shared/index";
import { quietMatch } from "./helpers";

const loosen = (issuer: string, amount: number) => ({ issuer, order: { type: "lobby", direction: "loosen", amount } });
const tighten = (issuer: string, amount: number) => ({ issuer, order: { type: "lobby", direction: "tighten", amount } });

describe("lobbying to loosen is paced", () => {
  it("counts up to the cap a month per faction; more is refused and changes nothing", () => {
    const s = quietMatch(3);
    const r = step(s, [loosen("china", 60), loosen("china", 40), loosen("china", 1), loosen("samsung", LOOSEN_MAX_PER_MONTH)]);
    // China's first two orders fill its month; its third is refused; Samsung has a month of its own.
    expect(r.refusals).toHaveLength(1);
    expect(r.refusals[0].issuer).toBe("china");
    expect(r.refusals[0].refusal.code).toBe("limit-reached");
    expect(t("en", r.refusals[0].refusal.reason, r.refusals[0].refusal.params)).toBe(`At most $${LOOSEN_MAX_PER_MONTH} M a month of lobbying to loosen the controls counts (0 left this month): licence reviews are slow.`);
    expect(r.state.factions.china.lobbySpent.loosen).toBe(LOOSEN_MAX_PER_MONTH);
    expect(r.state.factions.samsung.lobbySpent.loosen).toBe(LOOSEN_MAX_PER_MONTH);
    // A new month, a new allowance.
    const next = step(r.state, [loosen("china", LOOSEN_MAX_PER_MONTH)]);
    expect(next.refusals).toEqual([]);
    expect(next.state.factions.china.lobbySpent.loosen).toBe(2 * LOOSEN_MAX_PER_MONTH);
  });

  it("one order above the cap is refused whole", () => {
    const r = step(quietMatch(3), [loosen("china", LOOSEN_MAX_PER_MONTH + 1)]);
    expect(r.refusals.map((x) => x.refusal.code)).toEqual(["limit-reached"]);
    expect(r.state.factions.china.lobbySpent.loosen).toBe(0);
  });

  it("tightening is not paced: a step's worth in one month moves the level at once", () => {
    const s = quietMatch(3);
    const level = s.sanctionLevel;
    const r = step(s, [tighten("tesla", LOBBY_COST_PER_STEP)]);
    expect(r.refusals).toEqual([]);
    expect(r.state.sanctionLevel).toBe(level + 1);
  });

  it("a lone lobbyist loosens a step in LOBBY_COST_PER_STEP / LOOSEN_MAX_PER_MONTH months", () => {
    let s = quietMatch(3);
    const level = s.sanctionLevel;
    const months = LOBBY_COST_PER_STEP / LOOSEN_MAX_PER_MONTH;
    for (let m = 0; m < months - 1; m++) s = step(s, [loosen("china", LOOSEN_MAX_PER_MONTH)]).state;
    expect(s.sanctionLevel).toBe(level);
    s = step(s, [loosen("china", LOOSEN_MAX_PER_MONTH)]).state;
    expect(s.sanctionLevel).toBe(level - 1);
  });
});
