// npm run replay -- FILE : replays a saved match and prints its state hash.
import { readFileSync } from "node:fs";
import { replayMatch } from "../shared/index";
import { readArgs } from "./args";

const file = readArgs(process.argv.slice(2)).positional[0];
if (!file) {
  console.error("usage: npm run replay -- FILE");
  process.exit(2);
}
const { stateHash, replay, state } = replayMatch(JSON.parse(readFileSync(file, "utf8")));
console.log(`replayed ${replay.orders.length} orders over ${state.month + 1} months`);
console.log(`stateHash ${stateHash}`);
if (replay.stateHash && replay.stateHash !== stateHash) {
  console.error(`MISMATCH: the replay recorded ${replay.stateHash}`);
  process.exit(1);
}
