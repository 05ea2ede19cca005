// The limiting factor is read from the chain the month ran, with the quantities that prove it;
// "next up" is the engine run forward on a copy; "Attack it" proposes orders the rules accept,
// sized to the constraint; doing nothing scores (almost) nothing.
import { describe, expect, it } from "vitest";
import { GW_PER_KACCEL, attackOrders, checkOrder, nextUp, runMatch, step, type GameState } from "../../shared/index";
import { bindingOf } from "../../shared/rules/limiting/binding";
import { groundSlots } from "../../shared/rules/month/power";
import { idlePlayer } from "../../shared/sim/players";
import { quietMatch, tick } from "./helpers";

function teslaWithPower(): GameState {
  const s = quietMatch();
  s.factions.tesla.gridGW = 100;
  s.factions.tesla.warehouse = 0;
  return s;
}

describe("binding now, with its evidence", () => {
  it("power: the evidence names the accelerators waiting and the power they wait for, as the state shows them", () => {
    const s = step(quietMatch(), []).state;
    const f = s.factions.tesla;
    expect(f.limitingFactor).toBe("power");
    expect(f.limitingEvidence.key).toBe("evidence.power");
    expect(f.limitingEvidence.params.waitGW).toBeCloseTo(Math.round(f.warehouse * GW_PER_KACCEL * 10) / 10, 6);
    expect(f.limitingEvidence.params.powerGW).toBeCloseTo(Math.round(groundSlots(s, "tesla") * GW_PER_KACCEL * 10) / 10, 6);
  });

  it("logic: assembly used every die while HBM and power stood spare", () => {
    const s = teslaWithPower();
    s.factions.tesla.logicWafers = 10;
    s.factions.tesla.logicWaferYield = 0.7;
    s.factions.tesla.hbm = 100_000;
    const one = step(s, []).state;
    expect(bindingOf(one, "tesla").factor).toBe("logic");
    // The turn from power (named at the start) to the chips is named at once: power stands spare.
    const after = one.factions.tesla;
    expect(after.limitingFactor).toBe("logic");
    expect(after.limitingEvidence.key).toBe("evidence.logic");
    expect(Number(after.limitingEvidence.params.stacks)).toBeGreaterThan(0);
  });

  it("power headroom: dies ran out, but power has room for less than a month of accelerators, so power binds", () => {
    const setUp = (gridGW: number): GameState => {
      const s = teslaWithPower();
      s.factions.tesla.gridGW = gridGW;
      s.factions.tesla.logicWafers = 10;
      s.factions.tesla.logicWaferYield = 0.7;
      s.factions.tesla.hbm = 100_000;
      s.factions.tesla.limitingFactor = "logic";
      s.factions.tesla.bindingNow = "logic";
      return s;
    };
    const roomy = step(setUp(100), []).state.factions.tesla;
    const made = roomy.flows.acceleratorsMade;
    expect(made).toBeGreaterThan(2);
    expect(roomy.limitingFactor).toBe("logic");
    // Ground power for what is switched on plus half a month of accelerators.
    const otherGW = roomy.solarGW + roomy.turbineGW;
    const tight = step(setUp((roomy.poweredAccelerators + 0.5 * made) * GW_PER_KACCEL - otherGW), []).state;
    const t = tight.factions.tesla;
    expect(t.poweredAccelerators).toBeCloseTo(roomy.poweredAccelerators, 6);
    expect(bindingOf(tight, "tesla").factor).toBe("power");
    // Named at once, with the free power and the month's accelerators that prove it.
    expect(t.limitingFactor).toBe("power");
    expect(t.limitingEvidence.key).toBe("evidence.power.headroom");
    expect(Number(t.limitingEvidence.params.freeGW)).toBeLessThan(Number(t.limitingEvidence.params.madeGW));
  });

  it("memory: assembly used every HBM stack while dies waited", () => {
    const s = teslaWithPower();
    s.factions.tesla.logicWafers = 1_000;
    s.factions.tesla.logicWaferYield = 0.7;
    s.factions.tesla.hbm = 0;
    s.factions.tesla.procurement = [];
    const b = bindingOf(step(s, []).state, "tesla");
    expect(b.factor).toBe("memory");
    expect(Number(b.evidence.params.dies)).toBeGreaterThan(0);
  });

  it("a change is named once it has held two months: a one-month blip does not flip the HUD", () => {
    let s = teslaWithPower();
    s.factions.tesla.logicWafers = 0;
    s.factions.tesla.hbm = 1_000_000;
    s = step(s, []).state;
    s = step(s, []).state;
    expect(s.factions.tesla.limitingFactor).toBe("logic");
    // one month where HBM runs out…
    s.factions.tesla.hbm = 0;
    s.factions.tesla.logicWafers = 1_000;
    s.factions.tesla.logicWaferYield = 0.7;
    s.factions.tesla.procurement = [];
    const blip = step(s, []).state;
    expect(blip.factions.tesla.bindingNow).toBe("memory");
    expect(blip.factions.tesla.limitingFactor).toBe("logic");
    // …and a second: now it is named.
    expect(step(blip, []).state.factions.tesla.limitingFactor).toBe("memory");
  });

  it("a maker with no fab under way is told no capacity is coming", () => {
    const s = step(quietMatch(), []).state;
    for (const fab of s.fabs) if (fab.owner === "tsmc" && fab.stage !== "volume" && fab.stage !== "ramp") fab.stage = "volume";
    const b = bindingOf(s, "tsmc");
    expect(["construction", "demand", "talent"]).toContain(b.factor);
    if (b.factor === "construction") expect(b.evidence.key).toBe("evidence.construction.none");
  });
});

describe("next up", () => {
  it("is the factor the engine itself reaches, run forward with no new orders, at the month it first binds", () => {
    let s = quietMatch();
    for (let i = 0; i < 3; i++) s = tick(s);
    const forecast = nextUp(s);
    // Replay the same months by hand on a copy and find the first change.
    for (const id of ["tesla", "tsmc", "samsung", "china"] as const) {
      let x = s;
      let seen: { factor: string; month: number } | null = null;
      for (let m = 0; m < 18 && !seen && x.status === "running"; m++) {
        const month = x.month;
        x = step(x, []).state;
        const f = x.factions[id].limitingFactor;
        if (f !== s.factions[id].limitingFactor && f !== "none") seen = { factor: f, month };
      }
      expect(forecast[id]).toEqual(seen);
    }
  });

  it("does not change the state it looks from", () => {
    const s = quietMatch();
    const before = JSON.stringify(s);
    nextUp(s);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe("Attack it", () => {
  it("power: Tesla's attack is accepted by the rules and sized to the accelerators waiting", () => {
    const s = step(quietMatch(), []).state;
    const f = s.factions.tesla;
    const a = attackOrders(s, "tesla");
    expect(a.factor).toBe("power");
    expect(a.orders.length).toBeGreaterThan(0);
    for (const o of a.orders) expect(checkOrder(s, "tesla", o)).toBeNull();
    // Edge units, launches and ground power together cover at least what waits now (within the cash at hand).
    let gw = 0;
    for (const o of a.orders) {
      if (o.type === "deployEdge") gw += o.units * GW_PER_KACCEL * 0.5;
      if (o.type === "launch") gw += o.count * 0.01;
      if (o.type === "buildPower") gw += o.source === "solar" ? o.gw * 0.25 : o.gw;
      if (o.type === "orderTurbines") gw += o.gw;
    }
    expect(gw).toBeGreaterThanOrEqual(Math.min(f.warehouse * GW_PER_KACCEL, 2) * 0.5);
  });

  it("tools and construction: Samsung's attack leads with that factor's order (the button's label); its qualification step follows", () => {
    const s = quietMatch();
    expect(s.factions.samsung.research["hbm-qualification"].level).toBe(0);
    for (const factor of ["tools", "construction"] as const) {
      const { orders } = attackOrders(s, "samsung", factor);
      expect(["orderToolKit", "prepay", "fundVendor", "buildFab", "setOvertime"]).toContain(orders[0].type);
      expect(orders.at(-1)).toMatchObject({ type: "fundResearch", program: "hbm-qualification" });
      for (const o of orders) expect(checkOrder(s, "samsung", o)).toBeNull();
    }
    // Unsold output: unqualified HBM is what buyers turn down first, so qualification leads there.
    expect(attackOrders(s, "samsung", "demand").orders[0]).toMatchObject({ type: "fundResearch", program: "hbm-qualification" });
  });

  it("memory: Tesla's attack buys HBM for the dies it has", () => {
    const s = teslaWithPower();
    s.factions.tesla.logicWafers = 1_000;
    s.factions.tesla.logicWaferYield = 0.7;
    s.factions.tesla.hbm = 0;
    s.factions.tesla.procurement = [];
    const after = step(step(s, []).state, []).state;
    const a = attackOrders(after, "tesla");
    expect(a.factor).toBe("memory");
    const buy = a.orders.find((o) => o.type === "setProcurement" && o.good === "hbm");
    expect(buy).toBeDefined();
    expect(buy!.type === "setProcurement" && buy!.perMonth).toBeGreaterThan(0);
  });
});

describe("a score that follows play", () => {
  it("doing nothing for a whole match scores at most 15 % of the normal bot in every seat", () => {
    for (const id of ["tesla", "tsmc", "samsung", "china"] as const) {
      const seeds = [11, 12, 13];
      const bot = seeds.reduce((s, seed) => s + runMatch({ seed, months: 120 }).record.factions[id].score, 0);
      const idle = seeds.reduce((s, seed) => s + runMatch({ seed, months: 120 }, { players: { [id]: idlePlayer } }).record.factions[id].score, 0);
      expect(bot, id).toBeGreaterThan(0);
      expect(idle / bot, `${id}: idle ${idle} vs bot ${bot}`).toBeLessThanOrEqual(0.15);
    }
  });
});
