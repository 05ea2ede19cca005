// Markets: when AI demand lands on HBM, memory makers move wafers to HBM (3x the area per GB) and DRAM prices spike (DESIGN §1.4, §7).
import { describe, expect, it } from "vitest";
import { NPC_MEMORY_MAKERS } from "../../shared/index";
import { memoryShortage } from "./helpers";

describe("memory shortage", () => {
  const { shock, control } = memoryShortage(1, 4, 24);

  it("HBM demand quadruples: the HBM price climbs", () => {
    expect(shock.at(-1)!.markets.hbm.price).toBeGreaterThan(control.at(-1)!.markets.hbm.price * 2);
  });

  it("SK hynix and Micron shift DRAM wafers to HBM, up to their limits", () => {
    const end = shock.at(-1)!.npc.memory;
    for (const [name, m] of Object.entries(end)) {
      expect(m.hbmShare).toBeGreaterThan(control.at(-1)!.npc.memory[name].hbmShare);
      expect(m.hbmShare).toBeCloseTo(NPC_MEMORY_MAKERS[name as keyof typeof NPC_MEMORY_MAKERS].hbmShareMax, 6);
    }
  });

  it("DRAM prices spike over the following months: ≥ 20 % above the no-shortage world, and above the start", () => {
    const ratio = shock.map((s, i) => s.markets.dram.price / control[i].markets.dram.price);
    expect(Math.max(...ratio)).toBeGreaterThanOrEqual(1.2);
    for (let i = 6; i < ratio.length; i++) expect(ratio[i]).toBeGreaterThan(1.05);
    expect(shock.at(-1)!.markets.dram.price).toBeGreaterThan(shock[0].markets.dram.price);
    // less commodity DRAM is offered
    expect(shock.at(-1)!.markets.dram.lastSupply).toBeLessThan(control.at(-1)!.markets.dram.lastSupply);
  });
});
