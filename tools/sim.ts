// npm run sim -- --seed N [--months M] [--difficulty easy|normal|hard] [--json] [--save-replay FILE]
// Plays one match with four bots and prints the result.
import { writeFileSync } from "node:fs";
import { DIFFICULTIES, FACTION_IDS, monthLabel, runMatch, t, type Difficulty } from "../shared/index";
import { intArg, readArgs } from "./args";

const args = readArgs(process.argv.slice(2));
const seed = intArg(args.get("seed"), 1, "seed");
const months = intArg(args.get("months"), 120, "months");
const difficulty = (args.get("difficulty") ?? "normal") as Difficulty;
if (!DIFFICULTIES.includes(difficulty)) {
  console.error(`--difficulty must be one of ${DIFFICULTIES.join(", ")}`);
  process.exit(2);
}
if (![60, 120, 180].includes(months)) {
  console.error("--months must be 60, 120 or 180");
  process.exit(2);
}
const replayFile = args.get("save-replay");
const { record, replay } = runMatch({ seed, months: months as 60 | 120 | 180, difficulty }, { recordReplay: Boolean(replayFile) });
if (replayFile && replay) writeFileSync(replayFile, JSON.stringify(replay));

if (args.has("json")) {
  console.log(JSON.stringify(record));
} else {
  console.log(`TerraFab — seed ${seed}, ${difficulty} bots, ${months} months`);
  console.log(`Winner: ${record.winner ? t("en", `faction.${record.winner}`) : "none"} (ended ${record.endedMonth === null ? "-" : monthLabel(record.endedMonth)})`);
  for (const id of FACTION_IDS) {
    const f = record.factions[id];
    const ms = f.milestones.map((m) => `${m.id} ${m.month === null ? "—" : monthLabel(m.month)}`).join(", ");
    const ribbon: string[] = [];
    f.limitingFactor.forEach((lf, i) => {
      if (ribbon.length === 0 || !ribbon[ribbon.length - 1].startsWith(lf)) ribbon.push(`${lf}@${monthLabel(i)}`);
    });
    console.log(`\n${t("en", `faction.${id}`).padEnd(20)} score ${f.score}  compute ${f.computeGW.at(-1)?.toFixed(2)} GW  cash $${Math.round((f.cash.at(-1) ?? 0) / 1000)} B`);
    console.log(`  milestones: ${ms}`);
    console.log(`  limiting factor: ${ribbon.slice(0, 8).join(" → ")}${ribbon.length > 8 ? " …" : ""}`);
  }
  const dram = record.markets.dramPrice;
  console.log(`\nDRAM $/GB: start ${dram[0]?.toFixed(2)}, peak ${Math.max(...dram).toFixed(2)}, end ${dram.at(-1)?.toFixed(2)}`);
  console.log(`Events: ${record.events.map((e) => `${monthLabel(e.month)} ${e.id}`).join("; ") || "none"}`);
  console.log(`State hash: ${record.stateHash}`);
}
