// The HUD's headline figure: a deployer's compute, a maker's sales this month. Before, TSMC and
// Samsung players (and every rival card) read "Compute 0.00 GW" all match: a maker runs no compute.
import { describe, expect, it, vi } from "vitest";
import { publicView } from "../../shared/index";
import { botMatchAt } from "../../shared/sim/probe";

const lang = vi.hoisted(() => ({ locale: "en" as "en" | "zh-TW" }));
vi.mock("../../client/src/app/settings", () => ({ settings: () => ({ locale: lang.locale }) }));
const { headline } = await import("../../client/src/hud/headline");

describe("the HUD's headline figure", () => {
  const state = botMatchAt(4, 12);
  const view = publicView(state, "tsmc");

  it("shows a maker what it sold this month, in money a month", () => {
    lang.locale = "en";
    for (const id of ["tsmc", "samsung"] as const) {
      const sold = state.factions[id].flows.salesValue;
      expect(sold).toBeGreaterThan(1000);
      const h = headline(id, view.factions[id]);
      expect(h.label).toBe("Sales");
      expect(h.value).toBe(`$${(Math.round(sold / 100) / 10).toFixed(1)} B/mo`);
      expect(h.why).toMatch(/^What you sold this month/);
    }
  });

  it("shows a deployer its compute", () => {
    lang.locale = "en";
    for (const id of ["tesla", "china"] as const) {
      const h = headline(id, view.factions[id]);
      expect(h.label).toBe("Compute");
      expect(h.value).toMatch(/^\d+(\.\d+)? GW$/);
      expect(Number.parseFloat(h.value)).toBeGreaterThan(0);
    }
  });

  it("reads in Traditional Chinese", () => {
    lang.locale = "zh-TW";
    const h = headline("samsung", view.factions.samsung);
    expect(h.label).toBe("銷售額");
    expect(h.value).toMatch(/^[\d,.]+ 億美元\/月$/);
    expect(headline("china", view.factions.china).label).toBe("算力");
  });
});
