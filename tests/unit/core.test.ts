// Core engine contracts: determinism, replays, refusals that change nothing, the limiting factor at the start.
import { describe, expect, it } from "vitest";
import { checkOrder, createMatch, GW_PER_KACCEL, runMatch, replayMatch, stateHash, step, t, LIMITING_FACTORS } from "../../shared/index";
import { computeGW } from "../../shared/model/compute";
import { KACCEL_PER_LAUNCH } from "../../shared/rules/orders/power";

describe("determinism", () => {
  it("the same seed gives the same state hash; another seed differs", () => {
    const a = runMatch({ seed: 7, months: 60 }).record.stateHash;
    const b = runMatch({ seed: 7, months: 60 }).record.stateHash;
    const c = runMatch({ seed: 8, months: 60 }).record.stateHash;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it("a recorded replay reproduces the match's state hash", () => {
    const { record, replay } = runMatch({ seed: 11, months: 60 }, { recordReplay: true });
    expect(replay).not.toBeNull();
    expect(replay!.orders.length).toBeGreaterThan(0);
    expect(replayMatch(JSON.parse(JSON.stringify(replay))).stateHash).toBe(record.stateHash);
  });

  it("step leaves the previous state untouched", () => {
    const s0 = createMatch({ seed: 3 });
    const before = stateHash(s0);
    step(s0, [{ issuer: "tesla", order: { type: "buildPower", source: "solar", region: "us", gw: 1 } }]);
    expect(stateHash(s0)).toBe(before);
  });
});

describe("refusals", () => {
  it("a malformed order is refused as malformed and changes nothing", () => {
    const s0 = createMatch({ seed: 1 });
    const before = stateHash(s0);
    for (const bad of [null, 42, { type: "nope" }, { type: "buildFab", site: "mars", node: "N3", capacity: 50 }, { type: "borrow", amount: Number.NaN }]) {
      expect(checkOrder(s0, "tsmc", bad)?.code).toBe("malformed");
    }
    const { state, refusals } = step(s0, [{ issuer: "tsmc", order: { type: "launch", count: 1 } }]);
    expect(refusals[0].refusal.code).toBe("not-allowed");
    expect(stateHash(s0)).toBe(before);
    expect(state.factions.tsmc.cash).toBeGreaterThan(0);
  });

  it("China cannot order EUV: sanctioned, with text in both languages", () => {
    let s = createMatch({ seed: 1 });
    s = step(s, [{ issuer: "china", order: { type: "buildFab", site: "china", node: "N5", capacity: 20 } }]).state;
    const fab = s.fabs.find((f) => f.owner === "china" && f.node === "N5")!;
    const r = checkOrder(s, "china", { type: "orderTools", fabId: fab.id, line: "asml:euv", quantity: 1 });
    expect(r?.code).toBe("sanctioned");
    expect(t("en", r!.reason)).not.toBe(r!.reason);
    expect(t("zh-TW", r!.reason)).not.toBe(t("en", r!.reason));
  });
});

describe("limiting factor", () => {
  it("every faction has one of the nine factors every month", () => {
    const { record } = runMatch({ seed: 5, months: 60 });
    for (const f of Object.values(record.factions)) {
      expect(f.limitingFactor.length).toBeGreaterThan(0);
      for (const lf of f.limitingFactor) expect(LIMITING_FACTORS).toContain(lf);
    }
  });

  it("Tesla starts power-bound: chips pile up in the warehouse", () => {
    const { state } = step(createMatch({ seed: 1 }), []);
    expect(state.factions.tesla.limitingFactor).toBe("power");
    expect(state.factions.tesla.warehouse).toBeGreaterThan(0);
  });
});

describe("orbit", () => {
  it("a tonne launched adds 100 kW of compute", () => {
    let s = createMatch({ seed: 2, events: false });
    s.factions.tesla.warehouse = 1000;
    s.factions.tesla.launchCadence = 4;
    s = step(s, [{ issuer: "tesla", order: { type: "launch", count: 2 } }]).state;
    const f = s.factions.tesla;
    // Whatever flew (a failure loses its payload): 0.1 MW per tonne, less this month's retirements.
    expect(f.orbitTonnes).toBeGreaterThan(0);
    expect(f.orbitAccelerators * GW_PER_KACCEL * 1000).toBeCloseTo(f.orbitTonnes * 0.1 * (1 - 1 / 72), 6);
    expect(KACCEL_PER_LAUNCH * GW_PER_KACCEL * 1000).toBeCloseTo(10, 6); // one launch: 100 t × 100 kW/t = 10 MW
    expect(computeGW(f)).toBeGreaterThan(0);
  });
});
