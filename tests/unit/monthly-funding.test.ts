// Monthly funding: a research programme or a lobbying push set to repeat every month (everyMonth)
// is given again by the engine each month, through the same rules, until it is stopped or the
// programme is done. Both are paced a month at a time, so without it a player re-sent the order
// every month for years (China's EUV programme: about 50 months at its cap).
import { describe, expect, it } from "vitest";
import { ENGINE_VERSION, LAUNCH_CADENCE_MAX, LOOSEN_MAX_PER_MONTH, RESEARCH, botDecisions, botOrders, createMatch, sharedView, step, stateHash, t, viewForSeat, type GameState, type Order } from "../../shared/index";
import { notFundedMonthly } from "../../shared/model/monthly-funding";
import { replayMatch } from "../../shared/sim/replay";
import { months, quietMatch, tick } from "./helpers";

const fund = (issuer: string, program: string, amount: number, everyMonth?: boolean) => ({ issuer, order: { type: "fundResearch", program, amount, ...(everyMonth === undefined ? {} : { everyMonth }) } });
const lobby = (issuer: string, direction: string, amount: number, everyMonth?: boolean) => ({ issuer, order: { type: "lobby", direction, amount, ...(everyMonth === undefined ? {} : { everyMonth }) } });
const stop = (issuer: string, of: string, program?: string) => ({ issuer, order: { type: "stopFunding", of, ...(program ? { program } : {}) } });
const spent = (s: GameState, program: "domestic-euv" | "hbm-qualification" | "yield-learning") => s.factions.china.research[program].spent;

describe("monthly funding", () => {
  it("funds a programme every month from one order, until it is stopped", () => {
    let s = tick(quietMatch(5), [fund("china", "domestic-euv", 400, true)]);
    expect(spent(s, "domestic-euv")).toBe(400);
    s = months(s, 5);
    expect(spent(s, "domestic-euv")).toBe(6 * 400);
    expect(s.factions.china.monthlyFunding).toHaveLength(1);
    s = tick(s, [stop("china", "fundResearch", "domestic-euv")]);
    expect(s.factions.china.monthlyFunding).toEqual([]);
    s = months(s, 3);
    expect(spent(s, "domestic-euv")).toBe(6 * 400);
  });

  it("an order without everyMonth funds one month only", () => {
    const s = months(tick(quietMatch(5), [fund("china", "domestic-euv", 400)]), 4);
    expect(spent(s, "domestic-euv")).toBe(400);
    expect(s.factions.china.monthlyFunding).toEqual([]);
  });

  it("keeps to the monthly cap with a one-off order in the same month, and a new amount replaces the old", () => {
    let s = tick(quietMatch(5), [fund("china", "domestic-euv", 300, true)]);
    // A one-off $250 M takes the month's first room; the monthly $300 M gets only what is left of the $400 M cap.
    let r = step(s, [fund("china", "domestic-euv", 250)]);
    expect(r.refusals).toEqual([]);
    expect(spent(r.state, "domestic-euv")).toBe(300 + RESEARCH["domestic-euv"].maxPerMonth);
    // Changing the amount: the new order pays its month, the old amount does not run as well.
    r = step(r.state, [fund("china", "domestic-euv", 100, true)]);
    expect(r.refusals).toEqual([]);
    s = months(r.state, 1);
    expect(spent(s, "domestic-euv")).toBe(300 + 400 + 100 + 100);
    expect(s.factions.china.monthlyFunding.map((m) => m.order.amount)).toEqual([100]);
  });

  it("ends with the programme: no money goes in once it is done", () => {
    let s = quietMatch(5);
    const cost = s.factions.china.research["hbm-qualification"].cost;
    s = tick(s, [fund("china", "hbm-qualification", RESEARCH["hbm-qualification"].maxPerMonth, true)]);
    const needed = Math.ceil(cost / RESEARCH["hbm-qualification"].maxPerMonth);
    s = months(s, needed + 3);
    expect(s.factions.china.research["hbm-qualification"].level).toBe(1);
    expect(s.factions.china.monthlyFunding).toEqual([]);
    expect(s.factions.china.research["hbm-qualification"].spent).toBe(needed * RESEARCH["hbm-qualification"].maxPerMonth);
  });

  it("skips a month it cannot pay, says so once, and resumes when the cash is back", () => {
    const s = tick(quietMatch(5), [fund("china", "domestic-euv", 400, true)]);
    const cash = s.factions.china.cash;
    s.factions.china.cash = 100;
    const r = step(s);
    expect(spent(r.state, "domestic-euv")).toBe(400);
    expect(r.events.filter((e) => e.id === "funding-short").map((e) => e.faction)).toEqual(["china"]);
    expect(r.state.factions.china.monthlyFunding[0].short).toBe(true);
    // Still short the next month (the month's sales came in after the funding's turn): no news again.
    r.state.factions.china.cash = 100;
    const again = step(r.state);
    expect(spent(again.state, "domestic-euv")).toBe(400);
    expect(again.events.filter((e) => e.id === "funding-short")).toEqual([]);
    again.state.factions.china.cash = cash;
    const back = step(again.state);
    expect(spent(back.state, "domestic-euv")).toBe(800);
    expect(back.state.factions.china.monthlyFunding[0].short).toBe(false);
  });

  it("lobbies every month within the pace: China loosens a step in LOBBY_COST_PER_STEP / LOOSEN_MAX_PER_MONTH months from one order", () => {
    let s = quietMatch(3);
    const level = s.sanctionLevel;
    s = tick(s, [lobby("china", "loosen", LOOSEN_MAX_PER_MONTH, true)]);
    s = months(s, 28);
    expect(s.sanctionLevel).toBe(level);
    s = months(s, 1);
    expect(s.sanctionLevel).toBe(level - 1);
    expect(s.factions.china.lobbySpent.loosen).toBe(30 * LOOSEN_MAX_PER_MONTH);
  });

  it("one lobbying budget a faction: a monthly push the other way replaces it", () => {
    let s = tick(quietMatch(3), [lobby("tesla", "tighten", 500, true)]);
    s = tick(s, [lobby("tesla", "loosen", 50, true)]);
    expect(s.factions.tesla.monthlyFunding.map((m) => m.order)).toEqual([{ type: "lobby", direction: "loosen", amount: 50 }]);
    s = months(s, 2);
    expect(s.factions.tesla.lobbySpent).toEqual({ tighten: 500, loosen: 150 });
  });

  it("refuses a stop with nothing to stop, or without the programme, and changes nothing", () => {
    const s = quietMatch(3);
    const r = step(s, [stop("china", "lobby"), stop("china", "fundResearch")]);
    expect(r.refusals.map((x) => x.refusal.code)).toEqual(["unknown-target", "malformed"]);
    expect(t("en", r.refusals[0].refusal.reason)).toBe("There is no monthly funding for that to stop.");
    expect(t("zh-TW", r.refusals[1].refusal.reason)).toBe("請指明要停止哪個研發計畫的每月資金。");
    // The refusals changed nothing: the same month with no orders gives the same state.
    expect(stateHash(r.state)).toBe(stateHash(step(s).state));
  });

  it("replays: the order that set it reproduces every month it paid", () => {
    const options = { seed: 8, months: 60, events: false, difficulty: "normal" } as const;
    const orders = [
      { month: 0, issuer: "china", order: { type: "fundResearch", program: "domestic-euv", amount: 400, everyMonth: true } },
      { month: 0, issuer: "tesla", order: { type: "lobby", direction: "tighten", amount: 200, everyMonth: true } },
      { month: 7, issuer: "tesla", order: { type: "stopFunding", of: "lobby" } },
    ];
    let s = createMatch(options);
    while (s.status === "running") s = tick(s, orders.filter((o) => o.month === s.month).map(({ issuer, order }) => ({ issuer, order })));
    expect(s.factions.tesla.lobbySpent.tighten).toBe(7 * 200);
    expect(s.factions.china.research["domestic-euv"].spent).toBeGreaterThan(40 * 400);
    const replay = replayMatch({ version: 1, engineVersion: ENGINE_VERSION, options, orders });
    expect(replay.stateHash).toBe(stateHash(s));
  });

  it("a bot that takes the seat stops the player's monthly funding and funds what it needs itself", () => {
    let s = tick(quietMatch(3), [lobby("tesla", "tighten", 1000, true), fund("tesla", "yield-learning", 150, true)]);
    const decisions = botDecisions(s, "tesla", "normal");
    expect(decisions.slice(0, 2).map((d) => d.order)).toEqual([{ type: "stopFunding", of: "lobby" }, { type: "stopFunding", of: "fundResearch", program: "yield-learning" }]);
    expect(t("en", decisions[0].reason.key)).toMatch(/^Took over the seat/);
    s = tick(s, botOrders(s, "tesla", "normal").map((order) => ({ issuer: "tesla", order })));
    expect(s.factions.tesla.monthlyFunding).toEqual([]);
    // Bots never set one, so an all-bot match gives no such order.
    expect(botOrders(quietMatch(3), "tesla", "normal").filter((o) => o.type === "stopFunding")).toEqual([]);
  });
});

describe("Attack it with monthly funding", () => {
  it("does not ask the player to fund again what the engine funds each month", () => {
    const s = quietMatch(5);
    const advised = (st: GameState) => viewForSeat(sharedView(st), "china").factions.china.attack ?? [];
    const euv = (orders: Order[]) => orders.filter((o) => o.type === "fundResearch" && o.program === "domestic-euv");
    expect(euv(advised(s))).toHaveLength(1);
    expect(euv(advised(tick(s, [fund("china", "domestic-euv", 400, true)])))).toEqual([]);
    // A smaller monthly amount leaves the advice to fund the programme at its cap.
    expect(euv(advised(tick(s, [fund("china", "domestic-euv", 100, true)])))).toHaveLength(1);
  });
});

describe("monthly funding of makers: tool makers, casters, launches", () => {
  const order = (issuer: string, o: Record<string, unknown>) => ({ issuer, order: o });
  // What each month's funding bought waits in the maker's pipeline (a year or more), one entry a month.
  const vendorBuys = (s: GameState) => s.toolLines["asml:euv"].fundedPipeline.length;
  const castingBuys = (s: GameState) => (s.turbines.ge.castingPipeline ?? []).length;

  it("funds a tool maker every month from one order, until it is stopped by name", () => {
    let s = quietMatch(4);
    const before = vendorBuys(s);
    s = tick(s, [order("tsmc", { type: "fundVendor", vendor: "asml", amount: 500, everyMonth: true })]);
    s = months(s, 4);
    expect(vendorBuys(s) - before).toBe(5);
    expect(s.factions.tsmc.monthlyFunding.map((m) => m.order)).toEqual([{ type: "fundVendor", vendor: "asml", amount: 500 }]);
    // A stop must name the maker; naming one with no funding is refused too. Neither changes anything.
    const r = step(s, [order("tsmc", { type: "stopFunding", of: "fundVendor" }), order("tsmc", { type: "stopFunding", of: "fundVendor", vendor: "lam" })]);
    expect(r.refusals.map((x) => x.refusal.code)).toEqual(["malformed", "unknown-target"]);
    expect(t("en", r.refusals[0].refusal.reason)).toBe("Say which tool maker's monthly funding to stop.");
    expect(t("zh-TW", r.refusals[0].refusal.reason)).toBe("請指明要停止哪家設備商的每月資金。");
    expect(stateHash(r.state)).toBe(stateHash(step(s).state));
    s = tick(r.state, [order("tsmc", { type: "stopFunding", of: "fundVendor", vendor: "asml" })]);
    expect(s.factions.tsmc.monthlyFunding).toEqual([]);
    const stopped = vendorBuys(s);
    expect(vendorBuys(months(s, 3))).toBe(stopped);
  });

  it("funds a caster every month, skips a month it cannot pay with news once, and stops with the controls for China", () => {
    let s = quietMatch(4);
    s.sanctionLevel = 1;
    const before = castingBuys(s);
    s = tick(s, [order("china", { type: "fundCasting", maker: "ge", amount: 1000, everyMonth: true })]);
    s = months(s, 2);
    expect(castingBuys(s) - before).toBe(3);
    const cash = s.factions.china.cash;
    s.factions.china.cash = 10;
    let r = step(s);
    expect(castingBuys(r.state) - before).toBe(3);
    expect(r.events.filter((e) => e.id === "casting-funding-short").map((e) => e.params)).toEqual([{ maker: "ge" }]);
    expect(t("en", "news.casting-funding-short", { maker: "GE Vernova" })).toMatch(/^Not enough cash for this month's funding of GE Vernova's castings/);
    r.state.factions.china.cash = cash;
    r = step(r.state);
    expect(castingBuys(r.state) - before).toBe(4);
    // The controls tighten to where China's money reaches no Western firm: the funding ends, with news.
    r.state.sanctionLevel = 2;
    r = step(r.state);
    expect(r.events.filter((e) => e.id === "casting-funding-blocked").map((e) => e.faction)).toEqual(["china"]);
    expect(r.state.factions.china.monthlyFunding).toEqual([]);
    expect(castingBuys(r.state) - before).toBe(4);
  });

  it("buys launch cadence every month up to its ceiling, pays only what the ceiling takes, then stops with news", () => {
    let s = quietMatch(4);
    s.factions.tesla.launchCadence = LAUNCH_CADENCE_MAX - 5;
    s.factions.tesla.launchCadencePipeline = [];
    s = tick(s, [order("tesla", { type: "fundLaunches", amount: 1000, everyMonth: true })]);
    // What flies now and what is still being built (it arrives LAUNCH_FUNDING_DELAY months on).
    const bought = (st: GameState) => st.factions.tesla.launchCadence + st.factions.tesla.launchCadencePipeline.reduce((sum, [, more]) => sum + more, 0);
    // What the monthly funding paid this month: the cash against the same month without it.
    const paid: number[] = [];
    for (let m = 0; m < 6 && s.factions.tesla.monthlyFunding.length > 0; m++) {
      const without = structuredClone(s);
      without.factions.tesla.monthlyFunding = [];
      const r = step(s);
      paid.push(step(without).state.factions.tesla.cash - r.state.factions.tesla.cash);
      if (r.state.factions.tesla.monthlyFunding.length === 0) {
        expect(r.events.filter((e) => e.id === "launch-funding-done").map((e) => e.params)).toEqual([{ max: LAUNCH_CADENCE_MAX }]);
        expect(t("zh-TW", "news.launch-funding-done", { max: LAUNCH_CADENCE_MAX })).toBe("你買到的發射節奏已達每月 850 次的上限：每月發射資金已停止。");
      }
      s = r.state;
    }
    // About $2.5 B was left to the ceiling ($1 B a launch a month is 2 launches): $1 B, then the
    // rest (less the cadence's own growth), then nothing, and the funding is gone.
    expect(s.factions.tesla.monthlyFunding).toEqual([]);
    expect(paid[0]).toBeCloseTo(1000);
    expect(paid[1]).toBeGreaterThan(0);
    expect(paid[1]).toBeLessThan(1000);
    expect(paid.slice(2).every((x) => Math.abs(x) < 1e-6)).toBe(true);
    // Bought up to the ceiling (the cadence's own growth may take it a little past; it is capped as it flies).
    expect(bought(s)).toBeGreaterThanOrEqual(LAUNCH_CADENCE_MAX - 1e-6);
  });

  it("Attack it does not ask again for a maker's funding that runs every month, nor for less of it", () => {
    const s = tick(quietMatch(5), [order("china", { type: "fundVendor", vendor: "domestic", amount: 1000, everyMonth: true })]);
    const advice: Order[] = [
      { type: "fundVendor", vendor: "domestic", amount: 1000 },
      { type: "fundVendor", vendor: "domestic", amount: 1500 },
      { type: "fundCasting", maker: "ge", amount: 1000 },
      { type: "fundResearch", program: "domestic-euv", amount: 400 },
    ];
    expect(notFundedMonthly(s.factions.china, advice)).toEqual(advice.slice(1));
  });
});
