// Power: a tonne launched to orbit carries 100 kW of solar-powered compute; a failed launch loses its payload (docs/design.md §6).
import { describe, expect, it } from "vitest";
import { ACCELERATOR_RETIREMENT_PER_MONTH, checkOrder, KW_PER_ACCELERATOR, KW_PER_TONNE, LAUNCH_CADENCE_MAX, LAUNCH_CADENCE_PER_BILLION, LAUNCH_FUNDING_DELAY, previewOrder, step, t, TONNES_PER_LAUNCH } from "../../shared/index";
import { computeGW } from "../../shared/model/compute";
import { quietMatch, tick } from "./helpers";

/** Tesla with rockets and a full warehouse; launches `count` this month. Returns launched and control states. */
function launch(seed: number, count: number, failureWindow = false) {
  const s0 = quietMatch(seed);
  const f = s0.factions.tesla;
  f.warehouse = 100_000;
  f.launchCadence = count;
  f.procurement = [];
  let base = s0;
  if (failureWindow) base = tick(s0, [{ issuer: "teacher", order: { type: "injectEvent", eventId: "launch-failure" } }]);
  base.factions.tesla.launchCadence = count;
  const flown = tick(base, [{ issuer: "tesla", order: { type: "launch", count } }]);
  const control = tick(base);
  return { base, flown, control };
}

describe("orbital launches", () => {
  it("one launch is 100 t and 10 MW: 100 kW per tonne", () => {
    expect(TONNES_PER_LAUNCH * KW_PER_TONNE).toBe(10_000);
  });

  it("compute rises by 0.1 MW per tonne that reached orbit (less this month's retirements)", () => {
    for (const seed of [1, 2, 3]) {
      const { flown, control } = launch(seed, 20);
      const f = flown.factions.tesla;
      expect(f.orbitTonnes).toBeGreaterThan(0);
      const addedGW = computeGW(f) - computeGW(control.factions.tesla);
      const expectedGW = (f.orbitTonnes * 0.1) / 1000 * (1 - ACCELERATOR_RETIREMENT_PER_MONTH);
      expect(addedGW).toBeCloseTo(expectedGW, 9);
    }
  });

  it("failed launches lose their payload: it leaves the warehouse but adds no tonnes and no compute", () => {
    let saw = false;
    for (let seed = 1; seed <= 10 && !saw; seed++) {
      const { base, flown } = launch(seed, 40, true);
      const f = flown.factions.tesla;
      if (f.launchFailures === 0) continue;
      saw = true;
      const flewOk = 40 - f.launchFailures;
      expect(f.orbitTonnes).toBeCloseTo(flewOk * TONNES_PER_LAUNCH, 9);
      expect(f.launchesTotal).toBe(40);
      const perLaunchK = (TONNES_PER_LAUNCH * KW_PER_TONNE) / KW_PER_ACCELERATOR / 1000; // k accelerators at 3 kW
      expect(f.orbitAccelerators).toBeCloseTo(flewOk * perLaunchK * (1 - ACCELERATOR_RETIREMENT_PER_MONTH), 9);
      const gone = base.factions.tesla.warehouse - f.warehouse - f.flows.newlyPowered;
      expect(gone).toBeCloseTo(40 * perLaunchK, 6);
      expect(flown.eventLog.find((e) => e.id === "launches")?.params?.failed).toBe(f.launchFailures);
    }
    expect(saw).toBe(true);
  });

  it("launches are Tesla's only, limited by cadence and by accelerators on hand", () => {
    const s = quietMatch();
    expect(checkOrder(s, "tsmc", { type: "launch", count: 1 })?.code).toBe("not-allowed");
    expect(checkOrder(s, "china", { type: "launch", count: 1 })?.code).toBe("not-allowed");
    expect(checkOrder(s, "tesla", { type: "launch", count: Math.floor(s.factions.tesla.launchCadence) + 1 })?.code).toBe("limit-reached");
    const empty = structuredClone(s);
    empty.factions.tesla.warehouse = 0;
    expect(checkOrder(empty, "tesla", { type: "launch", count: 1 })?.code).toBe("no-stock");
  });

  it("funding launches raises the cadence once ships and pads are built, LAUNCH_FUNDING_DELAY months on", () => {
    let funded = tick(quietMatch(), [{ issuer: "tesla", order: { type: "fundLaunches", amount: 5_000 } }]);
    let control = tick(quietMatch());
    for (let m = 1; m < LAUNCH_FUNDING_DELAY; m++) {
      expect(funded.factions.tesla.launchCadence).toBe(control.factions.tesla.launchCadence);
      funded = tick(funded);
      control = tick(control);
    }
    expect(funded.factions.tesla.launchCadence).toBe(control.factions.tesla.launchCadence);
    funded = tick(funded);
    control = tick(control);
    expect(funded.factions.tesla.launchCadence).toBeGreaterThan(control.factions.tesla.launchCadence + 5);
    expect(funded.factions.tesla.launchCadencePipeline).toEqual([]);
  });

  it("cadence already bought counts toward the ceiling, and the preview says when it flies", () => {
    const s = quietMatch();
    s.factions.tesla.launchCadencePipeline.push([s.month + 1, LAUNCH_CADENCE_MAX]);
    expect(checkOrder(s, "tesla", { type: "fundLaunches", amount: 100 })?.code).toBe("limit-reached");
    const fresh = quietMatch();
    const preview = previewOrder(fresh, "tesla", { type: "fundLaunches", amount: 1_000 });
    expect(preview.ok).toBe(true);
    expect(JSON.stringify(preview.ok && preview.effects)).toContain("preview.fundLaunches");
    expect(JSON.stringify(preview.ok && preview.effects)).toContain(`"month":${fresh.month + LAUNCH_FUNDING_DELAY}`);
  });
  it("near the ceiling a one-off order pays only what reaches it, and the preview says so", () => {
    const s = quietMatch();
    s.factions.tesla.launchCadence = LAUNCH_CADENCE_MAX - 3;
    s.factions.tesla.launchCadencePipeline = [];
    // Three launches a month are left: $1.5 B at LAUNCH_CADENCE_PER_BILLION, not the $10 B asked.
    const needed = (3 / LAUNCH_CADENCE_PER_BILLION) * 1000;
    const preview = previewOrder(s, "tesla", { type: "fundLaunches", amount: 10_000 });
    expect(preview.ok && preview.cost).toBeCloseTo(needed);
    expect(JSON.stringify(preview.ok && preview.effects)).toContain("preview.fundLaunches.ceiling");
    expect(t("en", "preview.fundLaunches.ceiling", { max: LAUNCH_CADENCE_MAX, cost: "$1.5 B" })).toBe("That reaches the ceiling of 850 launches a month: you pay only the $1.5 B it takes.");
    const paid = step(structuredClone(s)).state.factions.tesla.cash - tick(s, [{ issuer: "tesla", order: { type: "fundLaunches", amount: 10_000 } }]).factions.tesla.cash;
    expect(paid).toBeCloseTo(needed);
    // Well below it, the whole amount is paid.
    expect(previewOrder(quietMatch(), "tesla", { type: "fundLaunches", amount: 1_000 })).toMatchObject({ ok: true, cost: 1_000 });
  });
});
