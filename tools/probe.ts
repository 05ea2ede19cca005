// npm run probe -- --seed N --month M [--faction F] [--difficulty D] [--json]
// From a seeded four-bot match at month M, relieve each factor on copies, run the real engine
// 12 months and print each factor's objective gain beside the factor the game named.
import { DIFFICULTIES, FACTION_IDS, monthLabel, type Difficulty, type FactionId } from "../shared/index";
import { botMatchAt, probe } from "../shared/sim/probe";
import { intArg, readArgs } from "./args";

const args = readArgs(process.argv.slice(2));
const seed = intArg(args.get("seed"), 1, "seed");
const month = intArg(args.get("month"), 24, "month");
const difficulty = (args.get("difficulty") ?? "normal") as Difficulty;
const faction = args.get("faction") as FactionId | undefined;
if (!DIFFICULTIES.includes(difficulty)) {
  console.error(`--difficulty must be one of ${DIFFICULTIES.join(", ")}`);
  process.exit(2);
}
if (faction !== undefined && !FACTION_IDS.includes(faction)) {
  console.error(`--faction must be one of ${FACTION_IDS.join(", ")}`);
  process.exit(2);
}
if (month > 118) {
  console.error("--month must be below 119 (the probe runs 12 months of a 120-month match)");
  process.exit(2);
}
const state = botMatchAt(seed, month, difficulty);
if (state.status !== "running") {
  console.error(`the match ended at month ${state.endedMonth} (${monthLabel(state.endedMonth ?? 0)}), before month ${month}`);
  process.exit(1);
}
const results = probe(state, faction);
if (args.has("json")) {
  console.log(JSON.stringify({ seed, month, difficulty, results }));
} else {
  console.log(`Relief probe — seed ${seed}, ${difficulty} bots, after ${monthLabel(month)} (12 months forward)`);
  for (const r of results) {
    console.log(`\n${r.faction}: named ${r.named}, best ${r.best} → ${r.nothingHelps ? "nothing relieved helps within 12 months" : r.agrees ? "agrees" : "DISAGREES"}`);
    const unit = r.faction === "tesla" || r.faction === "china" ? "GW-months of compute" : "$M of sales";
    console.log(`  objective without relief: ${r.base.toFixed(1)} ${unit}`);
    const sorted = Object.entries(r.gains).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
    for (const [f, g] of sorted) console.log(`  ${f.padEnd(13)} ${(g ?? 0) >= 0 ? "+" : ""}${(g ?? 0).toFixed(1)}${f === r.named ? "   ← named" : ""}`);
  }
}
