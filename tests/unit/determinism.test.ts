// Determinism: the same seed and orders give the same state hash; a replay reproduces a match (docs/design.md §12).
import { afterEach, describe, expect, it, vi } from "vitest";
import { botOrders, createMatch, replayMatch, runMatch, stateHash, step, FACTION_IDS } from "../../shared/index";

describe("determinism", () => {
  afterEach(() => vi.restoreAllMocks());

  it("the same seed gives the same state hash for a full 120-month bot match", () => {
    const a = runMatch({ seed: 31, months: 120 });
    const b = runMatch({ seed: 31, months: 120 });
    expect(a.record.stateHash).toBe(b.record.stateHash);
    expect(a.record).toEqual(b.record);
  });

  it("different seeds give different matches", () => {
    const hashes = new Set([31, 32, 33].map((seed) => runMatch({ seed, months: 60 }).record.stateHash));
    expect(hashes.size).toBe(3);
  });

  it("a recorded replay, through JSON, reproduces the final state hash", () => {
    const { record, replay } = runMatch({ seed: 34, months: 120 }, { recordReplay: true });
    expect(replay).not.toBeNull();
    expect(replay!.orders.length).toBeGreaterThan(100);
    const again = replayMatch(JSON.parse(JSON.stringify(replay)));
    expect(again.stateHash).toBe(record.stateHash);
  });

  it("a tampered replay does not reproduce the hash", () => {
    const { record, replay } = runMatch({ seed: 34, months: 60 }, { recordReplay: true });
    const tampered = JSON.parse(JSON.stringify(replay));
    tampered.orders = tampered.orders.filter((_: unknown, i: number) => i % 2 === 0);
    expect(replayMatch(tampered).stateHash).not.toBe(record.stateHash);
  });

  it("the engine and the bots never call Math.random or the clock", () => {
    const boom = () => {
      throw new Error("non-deterministic call");
    };
    vi.spyOn(Math, "random").mockImplementation(boom);
    vi.spyOn(Date, "now").mockImplementation(boom);
    vi.spyOn(performance, "now").mockImplementation(boom);
    expect(() => runMatch({ seed: 35, months: 60 })).not.toThrow();
  });

  it("step is pure: it never changes the state it is given, and repeats exactly", () => {
    let s = createMatch({ seed: 36 });
    for (let m = 0; m < 24; m++) {
      const orders = FACTION_IDS.flatMap((id) => botOrders(s, id, "normal").map((order) => ({ issuer: id, order })));
      const before = stateHash(s);
      const a = step(s, orders);
      const b = step(s, orders);
      expect(stateHash(s)).toBe(before);
      expect(stateHash(a.state)).toBe(stateHash(b.state));
      s = a.state;
    }
  });

  it("a state survives JSON: stepping a JSON copy gives the same next state", () => {
    let s = createMatch({ seed: 37 });
    for (let m = 0; m < 12; m++) s = step(s, []).state;
    const copy = JSON.parse(JSON.stringify(s));
    expect(stateHash(copy)).toBe(stateHash(s));
    expect(stateHash(step(copy, []).state)).toBe(stateHash(step(s, []).state));
  });
});
