// The event deck's odds a player sees: checked against the engine itself, by counting what its
// seeded deck actually draws over many matches, and shown without giving away the deck's order.
import { describe, expect, it } from "vitest";
import { createMatch, EVENT_CHANCE_PER_MONTH, EVENT_IDS, eventOutlook, idlePlayer, publicView, runMatch, type GameState } from "../../shared/index";

const MATCHES = 800;
/** Nobody plays: the deck does not care, and the months run fast. */
const IDLE = { tesla: idlePlayer, tsmc: idlePlayer, samsung: idlePlayer, china: idlePlayer };

describe("event outlook", () => {
  it("at the start: every card is in the deck, and the odds match what the engine draws in the first year", () => {
    const outlook = eventOutlook(createMatch({ seed: 1, months: 60, difficulty: "normal" }));
    expect(outlook.left).toEqual([...EVENT_IDS]);
    // Months 4–11 can draw (none in the first four): 1 − 0.91⁸.
    expect(outlook.anyWithin).toBeCloseTo(1 - Math.pow(1 - EVENT_CHANCE_PER_MONTH, 8), 9);

    let any = 0;
    let quake = 0;
    for (let seed = 1; seed <= MATCHES; seed++) {
      let drew = false;
      let drewQuake = false;
      runMatch({ seed, months: 60, difficulty: "normal" }, {
        untilMonth: 12,
        players: IDLE,
        observe: (s: GameState) => {
          for (const e of s.eventLog) {
            if (!e.id.startsWith("event:")) continue;
            drew = true;
            if (e.id === "event:taiwan-earthquake") drewQuake = true;
          }
        },
      });
      if (drew) any++;
      if (drewQuake) quake++;
    }
    console.log(`first year: any event ${any}/${MATCHES} (outlook ${outlook.anyWithin.toFixed(3)}), Taiwan earthquake ${quake}/${MATCHES} (outlook ${outlook.eachWithin.toFixed(3)})`);
    // Binomial spread over 800 matches: about ±1.8 points for "any", ±0.9 for one card.
    expect(any / MATCHES).toBeGreaterThan(outlook.anyWithin - 0.05);
    expect(any / MATCHES).toBeLessThan(outlook.anyWithin + 0.05);
    expect(quake / MATCHES).toBeGreaterThan(outlook.eachWithin - 0.025);
    expect(quake / MATCHES).toBeLessThan(outlook.eachWithin + 0.025);
  });

  it("as cards come out, the rest grow likelier; the view lists them in a fixed order, never the shuffled one", () => {
    const s = createMatch({ seed: 5, months: 120, difficulty: "normal" });
    s.month = 30;
    const full = eventOutlook(s);
    s.deck = ["texas-power-cut", "ddr-shock"];
    const two = eventOutlook(s);
    expect(two.left).toEqual(["ddr-shock", "texas-power-cut"]);
    expect(two.anyWithin).toBeCloseTo(full.anyWithin, 12);
    expect(two.eachWithin).toBeGreaterThan(3 * full.eachWithin);
    // Two left: the first draw takes either with even odds, the second takes the other.
    const p = EVENT_CHANCE_PER_MONTH;
    const atLeastOne = 1 - Math.pow(1 - p, 12);
    const atLeastTwo = atLeastOne - 12 * p * Math.pow(1 - p, 11);
    expect(two.eachWithin).toBeCloseTo((atLeastOne + atLeastTwo) / 2, 9);
    expect(publicView(s, "tesla").events.left).toEqual(["ddr-shock", "texas-power-cut"]);
    s.deck = ["texas-power-cut", "ddr-shock"].reverse() as typeof s.deck;
    expect(publicView(s, "tesla").events.left).toEqual(["ddr-shock", "texas-power-cut"]);
  });

  it("no odds when events are off, and none past the match's end", () => {
    const off = createMatch({ seed: 1, months: 60, difficulty: "normal", events: false });
    expect(eventOutlook(off)).toMatchObject({ on: false, anyWithin: 0, eachWithin: 0 });
    const late = createMatch({ seed: 1, months: 60, difficulty: "normal" });
    late.month = 57; // months 57, 58 and 59 are left to play
    expect(eventOutlook(late).anyWithin).toBeCloseTo(1 - Math.pow(1 - EVENT_CHANCE_PER_MONTH, 3), 9);
  });
});
