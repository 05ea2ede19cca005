// Engine benchmark: how long a full 120-month match with four normal bots takes
// on one core. Prints figures; never fails. Target: ≤ 20 ms median.
import { runMatch } from "../../shared/index";

const matches = Number(process.env.BENCH_MATCHES ?? 40);
for (let i = 0; i < 5; i++) runMatch({ seed: 900 + i }); // warm up the JIT
const times: number[] = [];
for (let seed = 1; seed <= matches; seed++) {
  const t0 = performance.now();
  runMatch({ seed, months: 120, difficulty: "normal" });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(`engine: ${matches} matches × 120 months, four normal bots`);
console.log(`  median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
console.log(`  → 1 000 balance matches ≈ ${((q(0.5) * 1000) / 1000).toFixed(1)} s on one core (target ≤ 20 ms median)`);
