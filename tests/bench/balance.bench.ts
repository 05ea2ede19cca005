// Balance benchmark: the measures of issue 12 over seeded bot matches. Prints figures; never fails.
// Targets: every cell of the length × difficulty table 15–35 %; a hard bot against three normal
// ones 40–75 % in every seat; each faction's change moves another's output by ≥ 10 %; a month-0
// all-in ≤ +10 points; draw terciles < 2×. BENCH_MATCHES sets the matches per row (default 100).
import { spawnSync } from "node:child_process";

const matches = process.env.BENCH_MATCHES ?? "100";
// The balance tool prints the same tables a designer reads: one implementation of the measures.
const run = spawnSync("npx", ["tsx", "tools/balance.ts", "--matches", matches], { stdio: "inherit" });
process.exit(run.status ?? 1);
