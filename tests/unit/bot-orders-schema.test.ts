// The simulator applies its bots' typed orders without the zod parse (it guards untrusted input).
// That is only sound while every bot order is one the parse accepts unchanged: replays, the
// live room and the offline mode parse the same orders, and must reach the same state.
// (Late in long matches Tesla's advice once asked for more solar than one order may carry:
// the typed path took it, the parsed path refused it. The advice now sizes within the limit.)
import { describe, expect, it } from "vitest";
import { DIFFICULTIES, OrderSchema, replayMatch, runMatch } from "../../shared/index";

function schemaMisses(seed: number, months: 60 | 120 | 180, difficulty: (typeof DIFFICULTIES)[number]): string[] {
  const { replay } = runMatch({ seed, months, difficulty }, { recordReplay: true });
  const misses: string[] = [];
  for (const o of replay!.orders) {
    const parsed = OrderSchema.safeParse(o.order);
    if (!parsed.success || JSON.stringify(parsed.data) !== JSON.stringify(o.order)) misses.push(`${seed}/${months}/${difficulty} month ${o.month}: ${JSON.stringify(o.order)}`);
  }
  return misses;
}

describe("bot orders and the order schema", () => {
  it("every bot order parses to itself, at every difficulty and length (54 matches, and the seeds that once broke it)", () => {
    const misses: string[] = [];
    for (const difficulty of DIFFICULTIES) for (const months of [60, 120, 180] as const) for (let i = 1; i <= 6; i++) misses.push(...schemaMisses(i * 31 + months, months, difficulty));
    for (const seed of [7006, 7008, 7021]) misses.push(...schemaMisses(seed, 120, "normal"));
    expect(misses).toEqual([]);
  });

  for (const [difficulty, months, seed] of [["easy", 60, 501], ["normal", 120, 7006], ["hard", 180, 503]] as const) {
    it(`a ${difficulty} ${months}-month match replayed through the parse reaches the same hash`, () => {
      const { replay, record } = runMatch({ seed, months, difficulty }, { recordReplay: true });
      expect(replay!.orders.length).toBeGreaterThan(200);
      expect(replayMatch(replay!).stateHash).toBe(record.stateHash);
    });
  }
});
