// Markets: when AI demand lands on HBM, memory makers move wafers to HBM (3x the area per GB) and DRAM prices spike (docs/design.md §1, §7).
import { describe, expect, it } from "vitest";
import { NPC_MEMORY_MAKERS } from "../../shared/index";
import { memoryShortage } from "./helpers";

describe("memory shortage", () => {
  const { shock, control } = memoryShortage(1, 4, 24);

  it("HBM demand quadruples: the HBM price climbs", () => {
    expect(shock.at(-1)!.markets.hbm.price).toBeGreaterThan(control.at(-1)!.markets.hbm.price * 2);
  });

  it("SK hynix and Micron shift DRAM wafers to HBM once it pays, within their limits", () => {
    const end = shock.at(-1)!.npc.memory;
    for (const [name, m] of Object.entries(end)) {
      const d = NPC_MEMORY_MAKERS[name as keyof typeof NPC_MEMORY_MAKERS];
      expect(m.hbmShare).toBeGreaterThan(control.at(-1)!.npc.memory[name].hbmShare);
      expect(m.hbmShare).toBeGreaterThanOrEqual(d.hbmShare + 0.05);
      expect(m.hbmShare).toBeLessThanOrEqual(d.hbmShareMax + 1e-9);
    }
  });

  it("DRAM prices spike over the following months: ≥ 20 % above the no-shortage world, and above the start", () => {
    const ratio = shock.map((s, i) => s.markets.dram.price / control[i].markets.dram.price);
    expect(Math.max(...ratio)).toBeGreaterThanOrEqual(1.25);
    // Sustained: once the makers have moved wafers (a year in), DRAM stays dearer than in the calm world.
    for (let i = 12; i < ratio.length; i++) expect(ratio[i]).toBeGreaterThan(1.05);
    expect(shock.at(-1)!.markets.dram.price).toBeGreaterThan(shock[0].markets.dram.price);
    // less commodity DRAM is offered
    expect(shock.at(-1)!.markets.dram.lastSupply).toBeLessThan(control.at(-1)!.markets.dram.lastSupply);
  });
});
