// The export controls as every player sees them (docs/design.md §5): the level and what it lets
// China buy, the push banked on each side and who has lobbied which way. Checked against the
// rules themselves: the quota the view shows is the one a Chinese tool order is held to.
import { describe, expect, it } from "vitest";
import { CHINA_QUOTA, LOBBY_COST_PER_STEP, LOOSEN_MAX_PER_MONTH, publicView } from "../../shared/index";
import { toolAccess } from "../../shared/model/tool-access";
import { quietMatch, tick } from "./helpers";

describe("export controls in the public view", () => {
  it("at the start: today's level, its quotas, nobody pushing", () => {
    const v = publicView(quietMatch(), null).exportControls;
    expect(v).toMatchObject({ level: 1, min: 0, max: 3, premium: 0.25, cutOff: false, licence: null, push: { tighten: 0, loosen: 0 }, stepCost: LOBBY_COST_PER_STEP, loosenPerMonth: LOOSEN_MAX_PER_MONTH });
    expect(v.quota).toEqual(CHINA_QUOTA[1]);
    expect(Object.values(v.lobbied).every((l) => l.tighten === 0 && l.loosen === 0)).toBe(true);
  });

  it("shows the push banked each way and each faction's lobbying, then the level it moves to", () => {
    const s1 = tick(quietMatch(), [
      { issuer: "china", order: { type: "lobby", direction: "loosen", amount: 100 } },
      { issuer: "tsmc", order: { type: "lobby", direction: "tighten", amount: 2500 } },
    ]);
    const v1 = publicView(s1, "tesla").exportControls;
    // 2 400 net is short of a step: both sides' money stays banked and the level holds.
    expect(v1.level).toBe(1);
    expect(v1.push).toEqual({ tighten: 2500, loosen: 100 });
    expect(v1.lobbied.china).toEqual({ tighten: 0, loosen: 100 });
    expect(v1.lobbied.tsmc).toEqual({ tighten: 2500, loosen: 0 });

    const s2 = tick(s1, [{ issuer: "tesla", order: { type: "lobby", direction: "tighten", amount: 2000 } }]);
    const v2 = publicView(s2, "china").exportControls;
    // 4 500 − 100 = 4 400: one step, and 1 400 keeps pushing.
    expect(v2.level).toBe(2);
    expect(v2.push.tighten - v2.push.loosen).toBeCloseTo(4400 - LOBBY_COST_PER_STEP, 6);
    expect(v2.cutOff).toBe(true);
    expect(v2.premium).toBe(0.5);
    expect(v2.lobbied.tesla).toEqual({ tighten: 2000, loosen: 0 });
    // The quota shown is the one the rules hold China's tool orders to.
    expect(v2.quota).toEqual(CHINA_QUOTA[2]);
    const access = toolAccess(s2, "china", "amat:dep");
    expect(access.ok && access.quotaLeft).toBe(v2.quota.dep);
  });
});
