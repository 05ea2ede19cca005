// China's curb on solar exports: while it holds, solar farms being built outside China go at half
// pace (China's own do not slow), and each month the West pushes the export controls tighter. Only
// China may give it; curbing twice or lifting a curb that does not hold is refused and changes nothing.
import { describe, expect, it } from "vitest";
import { LOBBY_COST_PER_STEP, SOLAR_BUILD_MONTHS, SOLAR_CAPACITY_FACTOR, SOLAR_PERMIT_MONTHS, previewOrder, stateHash, step, t, type GameState } from "../../shared/index";
import { SOLAR_CURB_WEST_PUSH } from "../../shared/data/counter-controls";
import { months, quietMatch, tick } from "./helpers";

const curb = (on: boolean, issuer = "china") => ({ issuer, order: { type: "curbSolarExports", on } });
const solar = (issuer: string, region: string, gw = 4) => ({ issuer, order: { type: "buildPower", source: "solar", region, gw } });
const US_SOLAR_MONTHS = SOLAR_PERMIT_MONTHS.us + SOLAR_BUILD_MONTHS;

/** The first month (counted from now) after which the faction's solar has grown, within `limit` months. */
function monthsUntilSolar(state: GameState, faction: "tesla" | "china", limit: number): number {
  let s = state;
  const before = s.factions[faction].solarGW;
  for (let m = 1; m <= limit; m++) {
    s = step(s, []).state;
    if (s.factions[faction].solarGW > before) return m;
  }
  return Infinity;
}

describe("China's curb on solar exports", () => {
  it("builds solar outside China at half pace while it holds, and China's own on time", () => {
    const base = tick(quietMatch(3), [solar("tesla", "us"), solar("china", "china")]);
    const onTime = monthsUntilSolar(base, "tesla", 60);
    expect(onTime).toBe(US_SOLAR_MONTHS);
    const curbed = tick(quietMatch(3), [solar("tesla", "us"), solar("china", "china"), curb(true)]);
    // Half pace: the 14 months left take about twice as long.
    const late = monthsUntilSolar(curbed, "tesla", 60);
    expect(late).toBeGreaterThanOrEqual(2 * US_SOLAR_MONTHS - 2);
    expect(late).toBeLessThanOrEqual(2 * US_SOLAR_MONTHS + 1);
    expect(monthsUntilSolar(curbed, "china", 60)).toBe(monthsUntilSolar(base, "china", 60));
    expect(curbed.factions.tesla.solarGW).toBe(0);
  });

  it("costs only the months it held: lifted after six, the farm is about three months late", () => {
    let s = tick(quietMatch(3), [solar("tesla", "us"), curb(true)]);
    s = months(s, 5);
    s = tick(s, [curb(false)]);
    expect(s.solarCurbSince).toBeNull();
    // Six months held (0–5), one slip in every two: the farm due in month 14 comes in month 17.
    const online = s.month + monthsUntilSolar(s, "tesla", 60) - 1;
    expect(online).toBe(US_SOLAR_MONTHS + 3);
  });

  it("pushes the export controls tighter each month it holds, a step once the push reaches the step's cost", () => {
    let s = tick(quietMatch(3), [curb(true)]);
    expect(s.lobby.tighten).toBe(SOLAR_CURB_WEST_PUSH);
    const level = s.sanctionLevel;
    const toStep = Math.ceil(LOBBY_COST_PER_STEP / SOLAR_CURB_WEST_PUSH);
    s = months(s, toStep - 2);
    expect(s.sanctionLevel).toBe(level);
    s = months(s, 1);
    expect(s.sanctionLevel).toBe(level + 1);
    // Lifted, the push stops growing.
    const after = tick(s, [curb(false)]);
    expect(months(after, 3).lobby.tighten).toBe(after.lobby.tighten);
  });

  it("is news to every player when it starts and when it is lifted", () => {
    const on = step(quietMatch(3), [curb(true)]);
    expect(on.events.filter((e) => e.id === "solar-curb-on")).toEqual([{ month: 0, id: "solar-curb-on" }]);
    const off = step(on.state, [curb(false)]);
    expect(off.events.map((e) => e.id)).toContain("solar-curb-off");
  });

  it("refuses anyone but China, a second curb and a lift with no curb, changing nothing", () => {
    const s = quietMatch(3);
    const cases: Array<[GameState, ReturnType<typeof curb>, string, string]> = [
      [s, curb(true, "tesla"), "not-allowed", "refusal.solarCurbChinaOnly"],
      [s, curb(true, "teacher"), "not-allowed", "refusal.solarCurbChinaOnly"],
      [s, curb(false), "unknown-target", "refusal.solarCurbNone"],
      [tick(s, [curb(true)]), curb(true), "limit-reached", "refusal.solarCurbAlready"],
    ];
    for (const [state, order, code, reason] of cases) {
      const r = step(state, [order]);
      expect(r.refusals.map((x) => x.refusal)).toEqual([{ code, reason }]);
      expect(stateHash(r.state)).toBe(stateHash(step(state, []).state));
      expect(t("en", reason)).not.toBe(reason);
      expect(t("zh-TW", reason)).not.toBe(t("en", reason));
    }
    // A malformed order (no on) is refused by the schema.
    expect(step(s, [{ issuer: "china", order: { type: "curbSolarExports" } }]).refusals[0].refusal.code).toBe("malformed");
  });

  it("previews what it slows and how the West answers, and warns a solar order outside China while it holds", () => {
    const none = previewOrder(quietMatch(3), "china", { type: "curbSolarExports", on: true });
    expect(none.ok && none.effects.map((e) => e.key)).toEqual(["preview.solarCurb.paceNone", "preview.solarCurb.answer"]);
    let s = tick(quietMatch(3), [solar("tesla", "us", 8)]);
    const p = previewOrder(s, "china", { type: "curbSolarExports", on: true });
    expect(p.ok && p.effects.map((e) => e.key)).toEqual(["preview.solarCurb.pace", "preview.solarCurb.answer"]);
    expect(p.ok && p.effects[0].params?.gw).toEqual({ gw: 8 * SOLAR_CAPACITY_FACTOR });
    s = tick(s, [curb(true)]);
    const us = previewOrder(s, "tesla", { type: "buildPower", source: "solar", region: "us", gw: 2 });
    expect(us.ok && us.effects.find((e) => e.key === "preview.solar.curbed")?.caution).toBe(true);
    const own = previewOrder(s, "china", { type: "buildPower", source: "solar", region: "china", gw: 2 });
    expect(own.ok && own.effects.some((e) => e.key === "preview.solar.curbed")).toBe(false);
    const lift = previewOrder(s, "china", { type: "curbSolarExports", on: false });
    expect(lift.ok && lift.effects.map((e) => e.key)).toEqual(["preview.solarCurb.lift"]);
  });
});
