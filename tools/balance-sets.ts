// npm run balance:sets -- [--sets K] [--matches N] [--seed S] [--json]
// The balance distance (cells, hard seats) and the difficulty ladder on K seed sets, with their
// mean and range: how to tell a change from the noise between runs (docs/design.md §11).
import { intArg, readArgs } from "./args";
import { seedSet, setSeeds, spread } from "./balance/seed-sets";

const args = readArgs(process.argv.slice(2));
const sets = intArg(args.get("sets"), 3, "sets");
const matches = intArg(args.get("matches"), 200, "matches");
const seed0 = intArg(args.get("seed"), 1, "seed");
if (sets < 1 || matches < 1) {
  console.error("usage: npm run balance:sets -- [--sets K ≥ 1] [--matches N ≥ 1] [--seed S] [--json]");
  process.exit(2);
}
const t0 = performance.now();
const results = setSeeds(seed0, sets).map((seed) => seedSet(seed, matches));
const cells = spread(results.map((r) => r.cellPoints));
const hard = spread(results.map((r) => r.hardPoints));
if (args.has("json")) {
  console.log(JSON.stringify({ matches, sets: results, cells, hard }));
  process.exit(0);
}
console.log(`TerraFab balance on ${sets} seed sets of ${matches} matches a row (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
console.log("  first seed   cells (cells off)   hard seats   ladder out of order");
for (const r of results) {
  console.log(`  ${String(r.seed).padStart(10)}   ${r.cellPoints.toFixed(0).padStart(5)} (${String(r.cellsOff).padStart(2)} of 36)   ${r.hardPoints.toFixed(0).padStart(10)}   ${r.ladderOff.join(", ") || "—"}`);
}
console.log(`  cells distance: mean ${cells.mean.toFixed(1)}, ${cells.min.toFixed(0)}–${cells.max.toFixed(0)}; hard seats: mean ${hard.mean.toFixed(1)}, ${hard.min.toFixed(0)}–${hard.max.toFixed(0)}`);
