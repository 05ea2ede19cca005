// The limiting factor's targets (issue #9), measured from outside the HUD. Prints figures; never fails.
//   probe agreement ≥ 80 % per faction (40 seeds × months 6, 18, 30, 42, 54)
//   follow the advice ≥ 80 % of the normal bot's mean score in every seat (100 seeds)
//   sustained power → logic → memory (each ≥ 6 months) in ≥ 60 % of seeds
//   DRAM at month 12 ≥ 1.5 × its January price in ≥ 60 % of seeds
//   doing nothing ≤ 15 % of the normal bot's score in every seat
//   a month's step with "next up" ≤ 5 ms p99 (four factions), a 120-month match ≤ 20 ms median
import { FACTION_IDS, MARKETS, createMatch, nextUp, runMatch, step, type FactionId } from "../../shared/index";
import { probeSeeds } from "../../shared/sim/probe";
import { advicePlayer, idlePlayer } from "../../shared/sim/players";
import { sustainedSequence } from "../../shared/sim/spans";
import { botOrders } from "../../shared/bots";
import { stepInPlace } from "../../shared/rules/step";
import { SNAPSHOT_MONTHS } from "../../server/storage/journal";

const SEEDS = Number(process.env.BENCH_SEEDS ?? 100);
const PROBE_SEEDS = Number(process.env.BENCH_PROBE_SEEDS ?? 40);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const seeds = Array.from({ length: SEEDS }, (_, i) => 7000 + i);

let t0 = performance.now();
const probes = probeSeeds(Array.from({ length: PROBE_SEEDS }, (_, i) => 8000 + i), [6, 18, 30, 42, 54]);
console.log(`relief probe: ${PROBE_SEEDS} seeds × months 6, 18, 30, 42, 54, 12 months forward (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
for (const id of FACTION_IDS) {
  const mine = probes.filter((p) => p.faction === id);
  const agree = mine.filter((p) => p.agrees).length;
  const nothing = mine.filter((p) => p.nothingHelps).length;
  console.log(`  ${id.padEnd(8)} named factor best or within 10 %: ${agree}/${mine.length} = ${pct(agree / mine.length)}${nothing ? ` (of which ${nothing} where no relief helps within 12 months)` : ""}  ${agree / mine.length >= 0.8 ? "≥ 80 %" : "BELOW 80 %"}`);
}

t0 = performance.now();
const bot: Record<FactionId, number[]> = { tesla: [], tsmc: [], samsung: [], china: [] };
let sustained = 0;
let dram12 = 0;
for (const seed of seeds) {
  const { record } = runMatch({ seed, months: 120, difficulty: "normal" });
  for (const id of FACTION_IDS) bot[id].push(record.factions[id].score);
  if (sustainedSequence(record.factions.tesla.limitingFactor, ["power", "logic", "memory"])) sustained++;
  if ((record.markets.dramPrice[11] ?? 0) >= 1.5 * MARKETS.dram.basePrice) dram12++;
}
console.log(`lessons over ${SEEDS} seeds, four normal bots, 120 months (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
console.log(`  Tesla power → logic → memory, each ≥ 6 months in a row: ${sustained}/${SEEDS} = ${pct(sustained / SEEDS)}  ${sustained / SEEDS >= 0.6 ? "≥ 60 %" : "BELOW 60 %"}`);
console.log(`  DRAM at month 12 ≥ 1.5 × January ($${MARKETS.dram.basePrice}/GB): ${dram12}/${SEEDS} = ${pct(dram12 / SEEDS)}  ${dram12 / SEEDS >= 0.6 ? "≥ 60 %" : "BELOW 60 %"}`);

t0 = performance.now();
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`scripted seats against three normal bots, ${SEEDS} seeds each`);
for (const id of FACTION_IDS) {
  const advice = seeds.map((seed) => runMatch({ seed, months: 120, difficulty: "normal" }, { players: { [id]: advicePlayer } }).record.factions[id].score);
  const idle = seeds.map((seed) => runMatch({ seed, months: 120, difficulty: "normal" }, { players: { [id]: idlePlayer } }).record.factions[id].score);
  const b = mean(bot[id]);
  console.log(`  ${id.padEnd(8)} normal bot ${b.toFixed(0).padStart(4)} | follows the advice ${mean(advice).toFixed(0).padStart(4)} = ${pct(mean(advice) / b)} ${mean(advice) / b >= 0.8 ? "(≥ 80 %)" : "(BELOW 80 %)"} | does nothing ${mean(idle).toFixed(0).padStart(4)} = ${pct(mean(idle) / b)} ${mean(idle) / b <= 0.15 ? "(≤ 15 %)" : "(ABOVE 15 %)"}`);
}
console.log(`  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

// A live room's month: step + "next up" for the four factions, as a server that has been up a
// while runs it (one whole match first warms the order parse and the forecast), then measured over
// every month of four more matches. The room steps in place, copying only on snapshot months.
const monthMs: number[] = [];
const stepMs: number[] = [];
const LIVE_SEEDS = [4241, 4242, 4243, 4244, 4245];
for (const seed of LIVE_SEEDS) {
  const measured = seed !== LIVE_SEEDS[0];
  let s = createMatch({ seed, months: 120, difficulty: "normal" });
  while (s.status === "running") {
    const orders = FACTION_IDS.flatMap((id) => botOrders(s, id, "normal").map((order) => ({ issuer: id, order })));
    const a = performance.now();
    s = (s.month > 0 && s.month % SNAPSHOT_MONTHS === 0 ? step(s, orders) : stepInPlace(s, orders)).state;
    const b = performance.now();
    nextUp(s);
    const c = performance.now();
    if (!measured) continue;
    stepMs.push(b - a);
    monthMs.push(c - a);
  }
}
const q = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
console.log(`a live room's month over ${monthMs.length} months of ${LIVE_SEEDS.length - 1} matches (after one to warm up): step ${q(stepMs, 0.5).toFixed(2)} ms p50 / ${q(stepMs, 0.99).toFixed(2)} ms p99; step + next up ${q(monthMs, 0.5).toFixed(2)} ms p50 / ${q(monthMs, 0.99).toFixed(2)} ms p99, max ${Math.max(...monthMs).toFixed(2)} ms (target ≤ 5 ms p99)`);
