// npm run golden:update [-- --keep-version] : regenerates the golden replays in tests/golden/ under
// this build's rules.
//
// Each golden replay is a seeded match (bots, some seats played by the HUD's advice) recorded
// with its final state hash; tests/unit/golden.test.ts replays every one and checks the hash.
// When a rule change alters them on purpose: bump ENGINE_VERSION in shared/sim/engine-version.ts,
// then run this, then commit the new files with the change. If the hashes changed and
// ENGINE_VERSION did not, nothing is written (exit 1): stored replays from the old rules would
// otherwise be replayed into other endings instead of refused. `--keep-version` writes anyway
// (for a change to the golden list itself, not to the rules).
import { mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { ENGINE_VERSION, advicePlayer, runMatch, type Difficulty, type FactionId, type MatchOptionsInput, type Replay } from "../shared/index";

interface Golden {
  name: string;
  options: MatchOptionsInput & { difficulty: Difficulty };
  /** Seats played by the HUD's "Attack it" advice instead of a bot. */
  advice?: FactionId[];
  /** Seats whose bot plays at another difficulty than the match's. */
  seats?: Partial<Record<FactionId, Difficulty>>;
}

export const GOLDENS: Golden[] = [
  { name: "tesla-advice-normal-60", options: { seed: 101, months: 60, difficulty: "normal" }, advice: ["tesla"] },
  { name: "tsmc-hard-120", options: { seed: 202, months: 120, difficulty: "normal" }, seats: { tsmc: "hard" } },
  { name: "samsung-easy-60-no-events", options: { seed: 303, months: 60, difficulty: "easy", events: false }, seats: { samsung: "normal" } },
  { name: "china-advice-hard-60", options: { seed: 404, months: 60, difficulty: "hard" }, advice: ["china"] },
];

/** The replay as JSON with one order a line, so a regenerated golden reads as a diff. */
function formatReplay(replay: Replay): string {
  const { orders, ...head } = replay;
  const top = JSON.stringify(head).slice(1, -1);
  return `{${top},\n"orders":[\n${orders.map((o) => JSON.stringify(o)).join(",\n")}\n]}\n`;
}

const DIR = resolve(import.meta.dirname, "..", "tests", "golden");

function main(): void {
  mkdirSync(DIR, { recursive: true });
  const keepVersion = process.argv.includes("--keep-version");
  const changed: string[] = [];
  let olderVersion = false;
  const outputs: Array<{ file: string; text: string }> = [];
  for (const g of GOLDENS) {
    const players = Object.fromEntries((g.advice ?? []).map((id) => [id, advicePlayer]));
    const { replay } = runMatch(g.options, { recordReplay: true, players, seats: g.seats });
    if (!replay) throw new Error("runMatch returned no replay");
    const file = join(DIR, `${g.name}.json`);
    const before = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { engineVersion?: number; stateHash?: string }) : null;
    if (before && before.stateHash !== replay.stateHash) {
      changed.push(`${g.name}: ${before.stateHash} → ${replay.stateHash}`);
      if (before.engineVersion === ENGINE_VERSION) olderVersion = true;
    }
    outputs.push({ file, text: formatReplay(replay) });
    console.log(`${g.name.padEnd(28)} ${String(replay.orders.length).padStart(5)} orders  stateHash ${replay.stateHash}`);
  }
  if (olderVersion && !keepVersion) {
    console.error(
      `\nNOT WRITTEN: these golden replays end differently, but ENGINE_VERSION is still ${ENGINE_VERSION}:\n  ${changed.join("\n  ")}` +
        `\nIf the rules changed on purpose: bump ENGINE_VERSION in shared/sim/engine-version.ts (stored replays` +
        `\nfrom the old rules are then refused, not replayed into other endings) and run \`npm run golden:update\` again.` +
        `\nIf you did not mean to change the rules, determinism broke: find why instead.` +
        `\n(A change to the golden list itself, not the rules: \`npm run golden:update -- --keep-version\`.)`,
    );
    process.exit(1);
  }
  for (const o of outputs) writeFileSync(o.file, o.text);
  // Files no longer in the list go.
  const names = new Set(GOLDENS.map((g) => `${g.name}.json`));
  for (const f of readdirSync(DIR)) if (f.endsWith(".json") && !names.has(f)) unlinkSync(join(DIR, f));

  console.log(`\nengine version ${ENGINE_VERSION}; ${GOLDENS.length} golden replays written to tests/golden/`);
  if (changed.length > 0) {
    console.log(`\nChanged hashes:\n  ${changed.join("\n  ")}`);
    if (olderVersion) console.log(`\n--keep-version: written under engine version ${ENGINE_VERSION} all the same.`);
    else console.log(`\nRemember to commit shared/sim/engine-version.ts (now ${ENGINE_VERSION}) with them.`);
  }
}

main();
