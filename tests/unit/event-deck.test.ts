// Events: a seeded deck drawn by the engine; the teacher can inject any card; every card has English and Chinese text (docs/design.md §10).
import { describe, expect, it } from "vitest";
import { checkOrder, createMatch, EVENT_GRACE_MONTHS, EVENT_IDS, MARKETS, step, t, type GameState } from "../../shared/index";
import { quietMatch, tick } from "./helpers";

function drawn(seed: number, months = 120): Array<{ month: number; id: string }> {
  let s: GameState = createMatch({ seed, months: months as 120 });
  const out: Array<{ month: number; id: string }> = [];
  while (s.status === "running") {
    const r = step(s, []);
    for (const e of r.events) if (e.id.startsWith("event:")) out.push({ month: e.month, id: e.id.slice(6) });
    s = r.state;
  }
  return out;
}

describe("event deck", () => {
  it("the deck is a seeded shuffle of every event", () => {
    const a = createMatch({ seed: 12 });
    expect([...a.deck].sort()).toEqual([...EVENT_IDS].sort());
    expect(createMatch({ seed: 12 }).deck).toEqual(a.deck);
    const decks = new Set([1, 2, 3, 4, 5].map((seed) => createMatch({ seed }).deck.join()));
    expect(decks.size).toBeGreaterThan(1);
  });

  it("the same seed draws the same events in the same months, in deck order, none in the grace months", () => {
    for (const seed of [3, 4]) {
      const a = drawn(seed);
      expect(drawn(seed)).toEqual(a);
      expect(a.length).toBeGreaterThan(0);
      const deck = createMatch({ seed }).deck;
      expect(a.slice(0, deck.length).map((e) => e.id)).toEqual(deck.slice(0, Math.min(a.length, deck.length)));
      for (const e of a) expect(e.month).toBeGreaterThanOrEqual(EVENT_GRACE_MONTHS);
    }
    expect(drawn(3)).not.toEqual(drawn(4));
  });

  it("with events off, nothing is drawn", () => {
    let s = quietMatch();
    for (let i = 0; i < 60; i++) {
      const r = step(s, []);
      expect(r.events.filter((e) => e.id.startsWith("event:") || e.id === "site-halted")).toHaveLength(0);
      s = r.state;
    }
  });
});

describe("teacher's events", () => {
  it("only the teacher may inject an event", () => {
    const s = quietMatch();
    for (const who of ["tesla", "tsmc", "samsung", "china"]) {
      expect(checkOrder(s, who, { type: "injectEvent", eventId: "ddr-shock" })?.code).toBe("not-allowed");
    }
    expect(checkOrder(s, "teacher", { type: "injectEvent", eventId: "ddr-shock" })).toBeNull();
    expect(checkOrder(s, "teacher", { type: "injectEvent", eventId: "alien-invasion" })?.code).toBe("malformed");
  });

  it("an injected event happens that month, marked as injected, with its effect", () => {
    const s0 = quietMatch();
    const r = step(s0, [{ issuer: "teacher", order: { type: "injectEvent", eventId: "ddr-shock" } }]);
    const e = r.events.find((x) => x.id === "event:ddr-shock")!;
    expect(e.month).toBe(0);
    expect(e.params?.injected).toBe(1);
    const control = step(s0, []).state;
    expect(r.state.markets.dram.price).toBeGreaterThan(control.markets.dram.price * 1.2);
    expect(r.state.markets.dram.price).toBeLessThanOrEqual(MARKETS.dram.basePrice * MARKETS.dram.cap);
  });

  it("export escalation tightens the sanction level, up to the embargo", () => {
    let s = quietMatch();
    const inject = { issuer: "teacher", order: { type: "injectEvent", eventId: "export-escalation" } };
    s = tick(s, [inject]);
    expect(s.sanctionLevel).toBe(2);
    s = tick(s, [inject]);
    s = tick(s, [inject]);
    expect(s.sanctionLevel).toBe(3);
  });

  it("the China lithography rumour moves the domestic EUV programme ahead", () => {
    const s0 = quietMatch();
    const s1 = tick(s0, [{ issuer: "teacher", order: { type: "injectEvent", eventId: "china-litho-rumour" } }]);
    expect(s1.factions.china.research["domestic-euv"].spent).toBeGreaterThan(s0.factions.china.research["domestic-euv"].spent);
  });

  it("the Texas power cut halts the Texas site", () => {
    const s1 = tick(quietMatch(), [{ issuer: "teacher", order: { type: "injectEvent", eventId: "texas-power-cut" } }]);
    expect(s1.siteHaltedUntil.texas).toBeGreaterThanOrEqual(1);
  });
});

describe("event texts", () => {
  it("every event has its own English and Traditional Chinese text", () => {
    for (const id of EVENT_IDS) {
      const key = `event.${id}`;
      const en = t("en", key);
      const zh = t("zh-TW", key);
      expect(en, key).not.toBe(key);
      expect(zh, key).not.toBe(key);
      expect(zh, key).not.toBe(en);
      expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
