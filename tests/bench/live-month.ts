// A live room's month: the step and "next up" for the four factions, timed in a process of its
// own, as a game server runs them (the limiting benchmark's own thousands of probe matches would
// otherwise fill the heap the live room is measured in). The first match of the fresh process is
// timed on its own: the engine's code is still being compiled then (a server's first minutes).
// Then six more matches warm it, as a server that has been up a while is, and every month of
// eight more is timed. The room steps in place, copying the state only on snapshot months.
// Prints one JSON line.
import { FACTION_IDS, createMatch, nextUp, step } from "../../shared/index";
import { botOrders } from "../../shared/bots";
import { stepInPlace } from "../../shared/rules/step";
import { SNAPSHOT_MONTHS } from "../../server/storage/journal";

const FIRST = 4230;
const WARM = [4231, 4232, 4233, 4234, 4235, 4236];
const MEASURED = [4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248];
const stepMs: number[] = [];
const monthMs: number[] = [];
const firstMs: number[] = [];
for (const seed of [FIRST, ...WARM, ...MEASURED]) {
  let s = createMatch({ seed, months: 120, difficulty: "normal" });
  while (s.status === "running") {
    const orders = FACTION_IDS.flatMap((id) => botOrders(s, id, "normal").map((order) => ({ issuer: id, order })));
    const a = performance.now();
    s = (s.month > 0 && s.month % SNAPSHOT_MONTHS === 0 ? step(s, orders) : stepInPlace(s, orders)).state;
    const b = performance.now();
    nextUp(s);
    const c = performance.now();
    if (seed === FIRST) firstMs.push(c - a);
    if (!MEASURED.includes(seed)) continue;
    stepMs.push(b - a);
    monthMs.push(c - a);
  }
}
const q = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
console.log(JSON.stringify({ months: monthMs.length, matches: MEASURED.length, warm: WARM.length + 1, firstP99: q(firstMs, 0.99), firstMax: Math.max(...firstMs), stepP50: q(stepMs, 0.5), stepP99: q(stepMs, 0.99), monthP50: q(monthMs, 0.5), monthP99: q(monthMs, 0.99), monthMax: Math.max(...monthMs) }));
