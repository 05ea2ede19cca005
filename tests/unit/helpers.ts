// Shared set-up for the engine's unit tests: quiet seeded matches, stepping, small lookups.
import { createMatch, step, type Fab, type FactionId, type GameState, type Issuer } from "../../shared/index";

export type Orders = Array<{ issuer: Issuer | string; order: unknown }>;

/** A seeded match with the event deck and random disasters turned off, so a mechanic can be watched alone. */
export function quietMatch(seed = 1, months: 60 | 120 | 180 = 120): GameState {
  return createMatch({ seed, months, events: false });
}

/** One month; throws if any order was refused (a set-up mistake in a test, not a finding). */
export function tick(state: GameState, orders: Orders = []): GameState {
  const r = step(state, orders);
  if (r.refusals.length > 0) throw new Error(`refused in set-up: ${JSON.stringify(r.refusals)}`);
  return r.state;
}

/** n months with no orders. */
export function months(state: GameState, n: number): GameState {
  let s = state;
  for (let i = 0; i < n; i++) s = step(s, []).state;
  return s;
}

/** The newest fab a faction owns. */
export function newestFab(state: GameState, owner: FactionId): Fab {
  const fabs = state.fabs.filter((f) => f.owner === owner);
  const fab = fabs[fabs.length - 1];
  if (!fab) throw new Error(`${owner} has no fab`);
  return fab;
}

export function fabById(state: GameState, id: string): Fab {
  const fab = state.fabs.find((f) => f.id === id);
  if (!fab) throw new Error(`no fab ${id}`);
  return fab;
}

/** Founds a greenfield fab by order and returns the state after that month and the new fab's id. */
export function foundFab(state: GameState, owner: FactionId, site: string, node: string, capacity: number): { state: GameState; id: string } {
  const s = tick(state, [{ issuer: owner, order: { type: "buildFab", site, node, capacity } }]);
  return { state: s, id: newestFab(s, owner).id };
}

/** Every tool the fab needs, delivered (to isolate construction from the vendors). */
export function deliverAllTools(fab: Fab): void {
  fab.toolsDelivered = { ...fab.toolsNeeded };
}

/** Puts a fab straight into its ramp with the given months of learning. */
export function putInRamp(fab: Fab, learning: number, rampMonths: number): void {
  deliverAllTools(fab);
  fab.stage = "ramp";
  fab.progress = 0;
  fab.stageMonths = rampMonths;
  fab.learning = learning;
  fab.shellCostLeft = 0;
}

/** mulberry32: a tiny seeded generator for tests and the fuzzer (never Math.random). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The same quiet match twice, one with non-player AI accelerator demand multiplied by `boost`: states month by month. */
export function memoryShortage(seed: number, boost: number, months: number): { shock: GameState[]; control: GameState[] } {
  let shock = quietMatch(seed);
  let control = quietMatch(seed);
  // From a calm world (AI demand halved, HBM not yet short), so the shortage has room to show.
  control.npc.aiAcceleratorsPerMonth *= 0.5;
  shock.npc.aiAcceleratorsPerMonth *= 0.5 * boost;
  const a: GameState[] = [];
  const b: GameState[] = [];
  for (let i = 0; i < months; i++) {
    shock = tick(shock);
    control = tick(control);
    a.push(shock);
    b.push(control);
  }
  return { shock: a, control: b };
}
