// AI5's Arizona half: a contract made at a site delivers each month at most what the seller's
// leading-edge fabs there turned out (docs/design.md §7). A TSMC that orders nothing leaves its
// Arizona N3 fab installing tools, so that half of AI5 falls short (TSMC is in breach for every
// wafer missed) while the Taiwan half and Arizona's running N5 fab go on; with the normal bot, the N3 fab
// runs by the time AI5 ships and the half arrives in full.
import { describe, expect, it } from "vitest";
import { publicView, runMatch } from "../../shared/index";
import { breachSiteNote } from "../../client/src/hud/breach-site";
import { effectOf } from "../../client/src/net/effects";
import { quietMatch, tick } from "./helpers";

describe("a contract made at a site", () => {
  it("starts as AI5's Arizona half: 2 k of the 4 k wafers a month", () => {
    const s = quietMatch();
    const ai5 = s.contracts.filter((c) => c.seller === "tsmc" && c.buyer === "tesla" && c.good === "wafer");
    expect(ai5.map((c) => [c.perMonth, c.site ?? null])).toEqual([[2, null], [2, "arizona"]]);
  });

  it("falls short while the site's leading-edge fabs make nothing, and TSMC is in breach", () => {
    let s = quietMatch();
    const arizonaN5 = s.fabs.find((f) => f.owner === "tsmc" && f.site === "arizona" && f.node === "N5")!;
    for (let i = 0; i < 16; i++) s = tick(s);
    const [taiwan, arizona] = s.contracts.filter((c) => c.seller === "tsmc" && c.buyer === "tesla" && c.good === "wafer");
    // Months 13–15 delivered: the Taiwan half in full, the Arizona half not at all.
    expect(taiwan.delivered).toBeCloseTo(6, 9);
    expect(arizona.delivered).toBe(0);
    expect(arizona.shortfall).toBeCloseTo(6, 9);
    expect(arizona.breachedBy).toBe("tsmc");
    expect(arizona.breachRun).toBe(3);
    // Arizona's N5 fab ran all along: a 5 nm-class wafer is not AI5's.
    expect(s.fabs.find((f) => f.id === arizonaN5.id)!.output).toBeGreaterThan(0);
    expect(s.fabs.find((f) => f.owner === "tsmc" && f.site === "arizona" && f.node === "N3")!.output).toBe(0);
    expect(s.eventLog.some((e) => e.id === "contract-breach" && e.faction === "tsmc")).toBe(true);
  });

  it("arrives in full once the site's N3 fab runs (the normal bot's TSMC)", () => {
    const { state } = runMatch({ seed: 1, months: 120, difficulty: "normal" }, { untilMonth: 24 });
    const arizona = state.contracts.find((c) => c.site === "arizona")!;
    expect(arizona.breaches).toBe(0);
    expect(arizona.delivered).toBeCloseTo(2 * (state.month - 13), 9);
  });
});

describe("the seller hears where a contract is made", () => {
  it("TSMC's breach of AI5's Arizona half says only its Arizona fabs can deliver it; Tesla's notice and other breaches do not", () => {
    let s = quietMatch();
    for (let i = 0; i < 14; i++) s = tick(s);
    const contracts = publicView(s, "tsmc").contracts;
    const breach = s.eventLog.find((e) => e.id === "contract-breach" && e.faction === "tsmc")!;
    const missed = s.eventLog.find((e) => e.id === "contract-missed" && e.faction === "tesla")!;
    expect(breachSiteNote(effectOf(breach)!, contracts)).toBe("It is made in Arizona: only your leading-edge fabs there can deliver it.");
    expect(breachSiteNote(effectOf(missed)!, contracts)).toBe("");
    const taiwan = contracts.find((c) => c.seller === "tsmc" && !c.site)!;
    expect(breachSiteNote(effectOf({ ...breach, params: { ...breach.params, contract: taiwan.id } })!, contracts)).toBe("");
  });
});
