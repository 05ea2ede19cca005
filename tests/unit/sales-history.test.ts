// A maker's output is what it sells (the HUD's headline, the interaction matrix's output), so the
// match keeps it month by month beside compute: the debrief charts the makers' sales where a compute
// chart showed TSMC and Samsung as flat lines at zero.
import { describe, expect, it } from "vitest";
import { FACTION_IDS, runMatch } from "../../shared/index";
import { withRecord } from "../../client/src/debrief/data";
import { blankDebrief } from "./debrief-fixture";

describe("sales history", () => {
  it("records each month's sales, the same $M the month's flows counted", () => {
    const seen: Record<string, number[]> = Object.fromEntries(FACTION_IDS.map((id) => [id, []]));
    const { record } = runMatch({ seed: 4, months: 60, difficulty: "normal" }, { observe: (s) => { for (const id of FACTION_IDS) seen[id].push(Math.round(s.factions[id].flows.salesValue)); } });
    for (const id of FACTION_IDS) expect(record.factions[id].sales).toEqual(seen[id]);
    // The makers sell every month, and more at the end than at the start (their new fabs).
    for (const id of ["tsmc", "samsung"] as const) {
      const sales = record.factions[id].sales;
      expect(Math.min(...sales)).toBeGreaterThan(0);
      expect(sales.at(-1)!).toBeGreaterThan(sales[0]);
    }
  });

  it("reaches the debrief from the stored record", () => {
    const { record } = runMatch({ seed: 4, months: 60, difficulty: "normal" });
    const d = withRecord(blankDebrief(), record);
    for (const id of FACTION_IDS) expect(d.factions[id].sales).toEqual(record.factions[id].sales);
  });
});
