// The limiting factor's proof as the HUD, the replay and the faction cards show it: a month in
// which nothing reached assembly (China's first month, a halted site) says so, instead of
// "used every good die (0 M) while 0 M HBM stacks stand spare".
import { describe, expect, it } from "vitest";
import { FACTION_IDS, createMatch, runMatch } from "../../shared/index";
import { evidenceText } from "../../client/src/hud/evidence-text";

describe("the limiting factor's proof in words", () => {
  it("China's first month says no dies reached assembly", () => {
    const china = createMatch({ seed: 1, months: 120 }).factions.china;
    expect(china.limitingFactor).toBe("logic");
    expect(china.limitingEvidence.params.dies).toBe(0);
    const text = evidenceText(china.limitingFactor, china.limitingEvidence);
    expect(text).toMatch(/^No good dies reached assembly this month/);
    expect(text).toContain("1.1 GW of power stands spare");
  });

  it("no month of a match claims a flow of 0 M was used up or waits", () => {
    const seen = new Set<string>();
    for (const seed of [1, 5, 7]) {
      runMatch({ seed, months: 60, difficulty: "normal" }, {
        untilMonth: 24,
        observe: (s) => {
          for (const id of FACTION_IDS) {
            const f = s.factions[id];
            const text = evidenceText(f.limitingFactor, f.limitingEvidence);
            seen.add(f.limitingEvidence.key);
            expect(text, `${id} month ${s.month}`).not.toMatch(/\b0 M\b/);
          }
        },
      });
    }
    // The check read the flows it is about (seed 5 halts China's site in its first months).
    expect(seen).toContain("evidence.logic");
    expect(seen).toContain("evidence.memory");
  });
});
