// Balance benchmark: win rates over seeded bot matches, and whether a hard bot
// beats a normal bot in the same seat. Prints figures; never fails.
// Targets: with four normal bots every faction wins 15–35 % of 400 matches;
// a hard bot wins more often than a normal bot in the same seat.
import { FACTION_IDS, runMatch, type FactionId } from "../../shared/index";

const MATCHES = Number(process.env.BENCH_MATCHES ?? 400);
const SEAT_MATCHES = Number(process.env.BENCH_SEAT_MATCHES ?? 200);

function winRates(n: number, hardSeat?: FactionId): Record<FactionId, number> {
  const wins = Object.fromEntries(FACTION_IDS.map((f) => [f, 0])) as Record<FactionId, number>;
  for (let seed = 1; seed <= n; seed++) {
    const { record } = runMatch({ seed, difficulty: "normal" }, hardSeat ? { seats: { [hardSeat]: "hard" } } : {});
    if (record.winner) wins[record.winner] += 1;
  }
  for (const f of FACTION_IDS) wins[f] /= n;
  return wins;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const t0 = performance.now();
const normal = winRates(MATCHES);
console.log(`balance: ${MATCHES} matches, four normal bots (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
for (const f of FACTION_IDS) console.log(`  ${f.padEnd(8)} wins ${pct(normal[f]).padStart(7)}  ${normal[f] >= 0.15 && normal[f] <= 0.35 ? "within 15–35 %" : "OUTSIDE 15–35 %"}`);

const baseline = SEAT_MATCHES === MATCHES ? normal : winRates(SEAT_MATCHES);
console.log(`hard bot in one seat, others normal (${SEAT_MATCHES} matches each):`);
for (const f of FACTION_IDS) {
  const hard = winRates(SEAT_MATCHES, f)[f];
  console.log(`  ${f.padEnd(8)} normal ${pct(baseline[f]).padStart(7)} → hard ${pct(hard).padStart(7)}  ${hard > baseline[f] ? "hard wins more" : "HARD DOES NOT WIN MORE"}`);
}
