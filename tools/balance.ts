// npm run balance -- --matches N --seed S [--difficulty easy|normal|hard] [--json] [--hard-seat FACTION]
// Plays N seeded bot matches and reports per faction: win rate, mean score,
// median month of each milestone, median first month of each limiting factor.
import { DIFFICULTIES, FACTION_IDS, LIMITING_FACTORS, MILESTONE_IDS, runMatch, type Difficulty, type FactionId } from "../shared/index";
import { intArg, readArgs } from "./args";

const args = readArgs(process.argv.slice(2));
const matches = intArg(args.get("matches"), 100, "matches");
const seed0 = intArg(args.get("seed"), 1, "seed");
const difficulty = (args.get("difficulty") ?? "normal") as Difficulty;
const hardSeat = args.get("hard-seat") as FactionId | undefined;
if (!DIFFICULTIES.includes(difficulty) || (hardSeat && !FACTION_IDS.includes(hardSeat))) {
  console.error("usage: npm run balance -- --matches N --seed S [--difficulty easy|normal|hard] [--hard-seat tesla|tsmc|samsung|china] [--json]");
  process.exit(2);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const wins: Record<string, number> = {};
const scores: Record<string, number[]> = {};
const milestoneMonths: Record<string, Record<string, number[]>> = {};
const firstFactor: Record<string, Record<string, number[]>> = {};
for (const id of FACTION_IDS) {
  wins[id] = 0;
  scores[id] = [];
  milestoneMonths[id] = Object.fromEntries(MILESTONE_IDS[id].map((m) => [m, []]));
  firstFactor[id] = Object.fromEntries(LIMITING_FACTORS.map((f) => [f, []]));
}

const t0 = performance.now();
for (let i = 0; i < matches; i++) {
  const seats = hardSeat ? { [hardSeat]: "hard" as const } : undefined;
  const { record } = runMatch({ seed: seed0 + i, difficulty }, { seats });
  if (record.winner) wins[record.winner] += 1;
  for (const id of FACTION_IDS) {
    const f = record.factions[id];
    scores[id].push(f.score);
    for (const m of f.milestones) if (m.month !== null) milestoneMonths[id][m.id].push(m.month);
    const seen = new Set<string>();
    f.limitingFactor.forEach((lf, month) => {
      if (!seen.has(lf)) {
        seen.add(lf);
        firstFactor[id][lf].push(month);
      }
    });
  }
}
const seconds = (performance.now() - t0) / 1000;

const result = {
  matches,
  factions: Object.fromEntries(
    FACTION_IDS.map((id) => [id, {
      winRate: wins[id] / matches,
      meanScore: scores[id].reduce((a, b) => a + b, 0) / matches,
      milestoneMonths: Object.fromEntries(MILESTONE_IDS[id].map((m) => [m, median(milestoneMonths[id][m])])),
      firstLimitingMonth: Object.fromEntries(LIMITING_FACTORS.map((f) => [f, median(firstFactor[id][f])])),
    }]),
  ),
};

if (args.has("json")) {
  console.log(JSON.stringify(result));
} else {
  console.log(`TerraFab balance: ${matches} matches from seed ${seed0}, ${difficulty} bots${hardSeat ? `, hard bot as ${hardSeat}` : ""} (${seconds.toFixed(1)} s)`);
  for (const id of FACTION_IDS) {
    const r = result.factions[id];
    const ms = Object.entries(r.milestoneMonths).map(([m, v]) => `${m} ${v ?? "—"}`).join(", ");
    const lf = Object.entries(r.firstLimitingMonth).filter(([, v]) => v !== null).map(([f, v]) => `${f} ${v}`).join(", ");
    console.log(`${id.padEnd(8)} win ${(r.winRate * 100).toFixed(1).padStart(5)} %  mean score ${r.meanScore.toFixed(0).padStart(4)}  milestones: ${ms}`);
    console.log(`         first month of each limiting factor: ${lf}`);
  }
}
