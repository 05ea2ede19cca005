// The simulator applies its bots' typed orders without the zod parse (it guards untrusted input).
// That is only sound while every bot order is one the parse accepts unchanged: replays, the
// live room and the offline mode parse the same orders, and must reach the same state.
import { describe, expect, it } from "vitest";
import { OrderSchema, replayMatch, runMatch } from "../../shared/index";

describe("bot orders and the order schema", () => {
  for (const [difficulty, months, seed] of [["easy", 60, 501], ["normal", 120, 502], ["hard", 180, 503], ["normal", 60, 504]] as const) {
    it(`every ${difficulty} bot order of a ${months}-month match parses to itself`, () => {
      const { replay, record } = runMatch({ seed, months, difficulty }, { recordReplay: true });
      expect(replay!.orders.length).toBeGreaterThan(200);
      for (const o of replay!.orders) {
        const parsed = OrderSchema.safeParse(o.order);
        expect(parsed.success, JSON.stringify(o.order)).toBe(true);
        expect(parsed.data).toEqual(o.order);
      }
      // …and the parsed path reaches the state the typed path reached.
      expect(replayMatch(replay!).stateHash).toBe(record.stateHash);
    });
  }
});
