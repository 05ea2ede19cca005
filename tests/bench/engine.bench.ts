// Engine benchmark: how long a 120-month match with four normal bots takes on
// one core. Prints figures; never fails. Target: ≤ 20 ms median for the match as
// played (issue 12: 1 000 balance matches in under a minute). A match ends early
// when a faction clears all three milestones (median month about 75), so the time
// per simulated month is reported too, scaled to 120 months, as a reference for a
// match nobody wins.
import { runMatch } from "../../shared/index";

const matches = Number(process.env.BENCH_MATCHES ?? 60);
// Warm the JIT as a balance run (1 000 matches) is after its first few: 20 matches first.
for (let i = 0; i < 20; i++) runMatch({ seed: 900 + i });
const times: number[] = [];
const perMonth: number[] = [];
for (let seed = 1; seed <= matches; seed++) {
  const t0 = performance.now();
  const { state } = runMatch({ seed, months: 120, difficulty: "normal" });
  const ms = performance.now() - t0;
  times.push(ms);
  perMonth.push(ms / (state.month + 1));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sorted = [...times].sort((a, b) => a - b);
console.log(`engine: ${matches} seeded matches of up to 120 months, four normal bots, one core`);
console.log(`  per match as played: median ${median(times).toFixed(1)} ms (target ≤ 20 ms), p90 ${sorted[Math.floor(0.9 * sorted.length)].toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
console.log(`  per full 120 months:  median ${(median(perMonth) * 120).toFixed(1)} ms (a match nobody wins, for reference)`);
console.log(`  → 1 000 balance matches ≈ ${((median(times) * 1000) / 1000).toFixed(1)} s`);
