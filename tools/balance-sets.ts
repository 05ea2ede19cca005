// npm run balance:sets -- [--sets K] [--matches N] [--seed S] [--ladder-months 60,120,180] [--draw-months 60,120,180]
//                         [--opening-months 60,120,180] [--json]
// The balance distance (cells, hard seats) and the difficulty ladder on K seed sets, with their
// mean and range: how to tell a change from the noise between runs (docs/design.md §11). Then each
// cell and each rung of the ladder over the sets, to tell a cell that misses on every set from one
// that misses by chance. The hard seat and the ladder are measured at 120 months unless
// --ladder-months names the lengths (a seat's rate at 60 months differs from its 120-month one by
// tens of points, and one run of 100 matches does not show it). The draw terciles (a faction's win
// rate by third of its hidden research-cost draw) are pooled over the sets' matches at the lengths
// --draw-months names (120 months unless asked): a third of one set's 200 is too few to tell 1.5× from 2×.
// The month-0 all-in is measured on every set at the lengths --opening-months names (none unless asked).
import { intArg, readArgs } from "./args";
import { FACTION_IDS, MATCH_LENGTHS, type MatchLength } from "../shared/index";
import { ALL_IN_MAX_GAIN, CELL_RANGE, HARD_SEAT_RANGE, outside } from "./balance/misses";
import { cellSpreads, drawSpreads, ladderSpreads, openingSpreads, seedSet, setSeeds, spread, type Spread } from "./balance/seed-sets";

const args = readArgs(process.argv.slice(2));
const sets = intArg(args.get("sets"), 3, "sets");
const matches = intArg(args.get("matches"), 200, "matches");
const seed0 = intArg(args.get("seed"), 1, "seed");
const ladderMonths = (args.get("ladder-months") ?? "120").split(",").map(Number) as MatchLength[];
const drawMonths = (args.get("draw-months") ?? "120").split(",").map(Number) as MatchLength[];
const openingMonths = (args.get("opening-months")?.split(",").map(Number) ?? []) as MatchLength[];
if (sets < 1 || matches < 1 || [...ladderMonths, ...drawMonths, ...openingMonths].some((m) => !MATCH_LENGTHS.includes(m))) {
  console.error("usage: npm run balance:sets -- [--sets K ≥ 1] [--matches N ≥ 1] [--seed S] [--ladder-months 60,120,180] [--draw-months 60,120,180] [--opening-months 60,120,180] [--json]");
  process.exit(2);
}
const t0 = performance.now();
const results = setSeeds(seed0, sets).map((seed) => seedSet(seed, matches, ladderMonths, drawMonths, openingMonths));
const cells = spread(results.map((r) => r.cellPoints));
const hard = spread(results.map((r) => r.hardPoints));
if (args.has("json")) {
  console.log(JSON.stringify({ matches, sets: results, cells, hard, cellSpreads: cellSpreads(results), ladders: ladderSpreads(results), draws: drawSpreads(results), openings: openingSpreads(results) }));
  process.exit(0);
}
console.log(`TerraFab balance on ${sets} seed sets of ${matches} matches a row (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
console.log("  first seed   cells (cells off)   hard seats   ladder out of order");
for (const r of results) {
  console.log(`  ${String(r.seed).padStart(10)}   ${r.cellPoints.toFixed(0).padStart(5)} (${String(r.cellsOff).padStart(2)} of 36)   ${r.hardPoints.toFixed(0).padStart(10)}   ${r.ladderOff.join(", ") || "—"}`);
}
console.log(`  cells distance: mean ${cells.mean.toFixed(1)}, ${cells.min.toFixed(0)}–${cells.max.toFixed(0)}; hard seats: mean ${hard.mean.toFixed(1)}, ${hard.min.toFixed(0)}–${hard.max.toFixed(0)}`);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const range = (s: Spread) => `${pct(s.mean)} [${(s.min * 100).toFixed(0)}–${(s.max * 100).toFixed(0)}]`.padEnd(15);
console.log("\nEach cell over the sets: win rate, mean [least–most]; ✗ where the mean is outside 15–35 %");
console.log(`  months diff     ${FACTION_IDS.map((f) => f.padEnd(15)).join(" ")}`);
for (const c of cellSpreads(results)) {
  const off = FACTION_IDS.some((f) => outside(c.winRate[f].mean, CELL_RANGE) > 0);
  console.log(`  ${String(c.months).padStart(6)} ${c.difficulty.padEnd(8)} ${FACTION_IDS.map((f) => range(c.winRate[f])).join(" ")}${off ? "  ✗" : ""}`);
}
for (const { months, seats } of ladderSpreads(results)) {
  console.log(`\nLadder over the sets (one easy / normal / hard bot against three normal, ${months} months): means; the hard seat's range (target 40–75 %)`);
  for (const f of FACTION_IDS) {
    const l = seats[f];
    const climbs = l.easy.mean < l.normal.mean && l.normal.mean < l.hard.mean;
    const hardOut = outside(l.hard.mean, HARD_SEAT_RANGE) > 0;
    console.log(`  ${f.padEnd(8)} ${pct(l.easy.mean)} ${pct(l.normal.mean)} ${pct(l.hard.mean)}   hard ${(l.hard.min * 100).toFixed(1)}–${(l.hard.max * 100).toFixed(1)}${climbs ? "" : "  ✗ ladder"}${hardOut ? "  ✗ hard seat" : ""}`);
  }
}
for (const { months, matches: pooledMatches, pooled, ratio } of drawSpreads(results)) {
  console.log(`\nHidden draws over the sets (${pooledMatches} normal-bot matches of ${months} months pooled): win rate in the cheapest / middle / dearest third; each set's own ratio (target < 2×)`);
  for (const t of pooled) {
    const r = ratio[`${t.faction}:${t.program}`];
    const x = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : "∞");
    console.log(`  ${t.faction.padEnd(8)} ${t.program.padEnd(18)} ${t.winRate.map(pct).join(" ")}  ratio ${x(t.ratio)}${t.ratio < 2 ? "" : "  ✗"}   one set: ${x(r.min)}–${x(r.max)}`);
  }
}
for (const { months, gain } of openingSpreads(results)) {
  console.log(`\nMonth-0 all-in over the sets (${months} months): the all-in seat's win rate less the normal bot's, in points, mean [least–most] (target ≤ +${Math.round(ALL_IN_MAX_GAIN * 100)})`);
  const pts = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}`;
  for (const f of FACTION_IDS) {
    const g = gain[f];
    console.log(`  ${f.padEnd(8)} ${pts(g.mean).padStart(6)} [${pts(g.min)}–${pts(g.max)}]${g.mean > ALL_IN_MAX_GAIN ? "  ✗" : ""}`);
  }
}
