// The relief probe keeps the limiting factor honest: relieve each factor on a copy, run the real
// engine 12 months with every seat played by bots, and compare with the factor the game named.
import { describe, expect, it } from "vitest";
import { FACTION_IDS, createMatch, relieve, reliefsFor, type GameState } from "../../shared/index";
import { probe, probeSeeds } from "../../shared/sim/probe";
import { cloneState } from "../../shared/rules/step";
import { quietMatch } from "./helpers";
import { runLimitingFactors } from "../../shared/rules/limiting/limiting-factor";

function runLimitingFactorsNow(s: GameState): void {
  runLimitingFactors(s, false);
}

describe("relieve()", () => {
  it("each relief eases exactly its input and leaves the state it was given untouched", () => {
    const s = quietMatch();
    const before = JSON.stringify(s);
    const power = cloneState(s);
    relieve(power, "tesla", "power");
    expect(power.factions.tesla.gridGW).toBeGreaterThan(s.factions.tesla.gridGW);
    const memory = cloneState(s);
    relieve(memory, "tesla", "memory");
    expect(memory.factions.tesla.hbm).toBeGreaterThan(s.factions.tesla.hbm);
    const logic = cloneState(s);
    relieve(logic, "tesla", "logic");
    expect(logic.factions.tesla.logicWafers).toBeGreaterThan(s.factions.tesla.logicWafers);
    const tools = cloneState(s);
    relieve(tools, "samsung", "tools");
    const texas = tools.fabs.find((f) => f.owner === "samsung" && f.site === "texas")!;
    for (const [k, n] of Object.entries(texas.toolsNeeded)) expect(texas.toolsDelivered[k as keyof typeof texas.toolsNeeded]).toBe(n);
    expect(JSON.stringify(s)).toBe(before);
    expect(reliefsFor("tsmc")).not.toContain("power");
    expect(reliefsFor("tesla")).not.toContain("demand");
  });

  it("a Tesla with years of chips waiting for power gains most from power: the probe agrees with the named factor", () => {
    const s: GameState = createMatch({ seed: 5, months: 120, events: false });
    s.factions.tesla.warehouse = 6_000; // 18 GW of accelerators and 0.6 GW of power
    s.factions.tesla.cash = 4_000; // too little for the bot to build much power itself
    runLimitingFactorsNow(s);
    expect(s.factions.tesla.limitingFactor).toBe("power");
    const [r] = probe(s, "tesla");
    expect(r.best).toBe("power");
    expect(r.gains.power!).toBeGreaterThan(0);
    expect(r.gains.memory!).toBeLessThan(r.gains.power!);
    expect(r.agrees).toBe(true);
  });
});

describe("probe agreement over seeded bot matches (issue #9: 40 seeds × months 6, 18, 30, 42, 54)", () => {
  it("the named factor's relief is the best or within 10 % of it in most faction-months", () => {
    const results = probeSeeds(Array.from({ length: 40 }, (_, i) => 8000 + i), [6, 18, 30, 42, 54]);
    const rows = FACTION_IDS.map((id) => {
      const mine = results.filter((r) => r.faction === id);
      return { id, n: mine.length, share: mine.filter((r) => r.agrees).length / mine.length };
    });
    const msg = rows.map((r) => `${r.id} ${(100 * r.share).toFixed(0)} % of ${r.n}`).join(", ");
    expect(rows.every((r) => r.n >= 150), msg).toBe(true);
    // Issue #9: at least 80 % in every faction. These seeds give Tesla 87.5 (175 of 200), TSMC 95.5,
    // Samsung 97, China 99 (engine 30). The probe runs bots a year ahead, so a relief's gain carries
    // their chaotic replies (month 55's gains swing ±5 % around a best of about 1 %): the sets of 40
    // from seeds 9000, 10000 and 11000 give Tesla 83.5, 84.9 and 90.0. A four-month wafer contract
    // lead took Tesla to 73.5, 73.0, 76.4 and 77.5 on the four (docs/design.md Known gaps). Any change
    // to the rules or the bots moves these; re-measure with bench:limiting.
    for (const r of rows) expect(r.share, msg).toBeGreaterThanOrEqual(0.8);
    const pooled = results.filter((r) => r.agrees).length / results.length;
    expect(pooled, msg).toBeGreaterThanOrEqual(0.75);
  }, 600_000);
});
