// npm run replay -- FILE : replays a saved match and prints its state hash.
// A replay recorded by another engine version is refused (exit 3) with the reason.
import { readFileSync } from "node:fs";
import { replayMatch, replayVersionProblem } from "../shared/index";
import { readArgs } from "./args";

const file = readArgs(process.argv.slice(2)).positional[0];
if (!file) {
  console.error("usage: npm run replay -- FILE");
  process.exit(2);
}
const input: unknown = JSON.parse(readFileSync(file, "utf8"));
const refused = replayVersionProblem(input);
if (refused) {
  console.error(`REFUSED: ${refused}`);
  process.exit(3);
}
const { stateHash, replay, state } = replayMatch(input);
console.log(`replayed ${replay.orders.length} orders over ${state.month + 1} months (engine version ${replay.engineVersion})`);
console.log(`stateHash ${stateHash}`);
if (replay.stateHash && replay.stateHash !== stateHash) {
  console.error(`MISMATCH: the replay recorded ${replay.stateHash}`);
  process.exit(1);
}
