// A light projection of a faction's chain over the next three years, used to ask
// "which input, if relieved, would raise my objective most?" (DESIGN.md §3).
import { DIES_PER_WAFER, STACKS_PER_DRAM_WAFER } from "../../data/chain";
import { HORIZONS, RELIEF } from "../../data/limiting";
import type { FactionId } from "../../data/factions";
import { CHINA_QUOTA, TOOL_LINES, type ToolKind } from "../../data/tools";
import { deliveredShare } from "../../model/fab-plan";
import type { Fab, GameState, ToolOrder } from "../../model/types";
import { buildRate, learningRate, yieldAfter } from "../month/construction";
import { staffingOf, type Staffing } from "../month/talent";
import { lineOutput, queueOf } from "../month/vendors";

export const RELIEFS = ["power", "logic", "memory", "tools", "construction", "capital", "talent", "demand"] as const;
export type Relief = (typeof RELIEFS)[number] | "base";

export { HORIZONS, RELIEF };

/** Months until the fab's missing tools could all have arrived, from its place in each vendor queue. */
export type Queues = Map<string, ToolOrder[]>;

/** Every vendor line's order book in serving order, computed once per month. */
export function queuesOf(state: GameState): Queues {
  return new Map(Object.keys(TOOL_LINES).map((lineId) => [lineId, queueOf(state, lineId)]));
}

export function toolWaitMonths(state: GameState, fab: Pick<Fab, "id" | "owner" | "toolsNeeded" | "toolsDelivered">, queues: Queues = queuesOf(state)): number {
  let wait = 0;
  for (const [kind, need] of Object.entries(fab.toolsNeeded) as Array<[ToolKind, number]>) {
    const missing = need - (fab.toolsDelivered[kind] ?? 0);
    if (missing <= 0) continue;
    let ordered = 0;
    let fallback = Infinity;
    for (const [lineId, line] of Object.entries(TOOL_LINES)) {
      if (line.kind !== kind) continue;
      const quota = fab.owner === "china" && line.vendor !== "domestic" ? CHINA_QUOTA[state.sanctionLevel]?.[kind] ?? 0 : Infinity;
      const perMonth = Math.max(0.05, Math.min(quota, lineOutput(state, lineId) * (1 - line.npcShare)));
      let ahead = 0;
      for (const o of queues.get(lineId) ?? []) {
        ahead += o.quantity - o.delivered;
        if (o.fabId === fab.id) {
          ordered += o.quantity - o.delivered;
          wait = Math.max(wait, ahead / perMonth, o.earliestMonth - state.month);
        }
      }
      const usable = fab.owner === "china" ? !(line.kind === "euv" && line.vendor !== "domestic") : line.vendor !== "domestic";
      if (usable && quota > 0 && lineOutput(state, lineId) > 0) fallback = Math.min(fallback, ahead / perMonth + line.leadMonths);
    }
    // Tools not yet ordered wait behind the whole queue, after the lead time.
    if (missing > ordered) wait = Math.max(wait, fallback === Infinity ? 120 : fallback);
  }
  return wait;
}

export interface FabOutlook {
  fab: Fab;
  /** Months until it produces (0 if producing). */
  startsIn: number;
  /** Monthly wafers once producing, the learning it has and gains per month. */
  wafers: number;
  learning: number;
  learnPerMonth: number;
}

/** What a faction's projection needs that no relief changes: staffing and each fab's tool wait. */
export interface Basis {
  staffing: Staffing;
  toolWait: Map<string, number>;
  /** The faction's fabs, and each one's output at every sample month without relief, computed once. */
  fabs: Fab[];
  baseOutput: Map<string, number[]>;
}

export function basisOf(state: GameState, faction: FactionId, queues: Queues): Basis {
  const toolWait = new Map<string, number>();
  const fabs = state.fabs.filter((fab) => fab.owner === faction);
  for (const fab of fabs) {
    if (fab.stage !== "ramp" && fab.stage !== "volume" && deliveredShare(fab) < 1) toolWait.set(fab.id, toolWaitMonths(state, fab, queues));
  }
  return { staffing: staffingOf(state, faction), toolWait, fabs, baseOutput: new Map() };
}

/** Months sampled by the projection: now and each horizon. */
export const SAMPLES = [0, ...HORIZONS];

/** Does this relief change what this fab will make? (Most reliefs touch few fabs: reuse the base.) */
function touches(fab: Fab, basis: Basis, relief: Relief): boolean {
  const building = fab.stage !== "ramp" && fab.stage !== "volume";
  switch (relief) {
    case "tools": return building && (basis.toolWait.get(fab.id) ?? 0) > 0;
    case "construction": return building;
    case "capital": return fab.blocker === "capital";
    case "talent": return basis.staffing.ops < 1 || basis.staffing.build < 1 || basis.staffing.phd < 1;
    case "memory": return fab.kind === "dram";
    default: return false;
  }
}

/** Own output summed by kind at each sample month: logic → good dies, DRAM → accepted HBM stacks. */
export function sampledOutput(state: GameState, faction: FactionId, basis: Basis, relief: Relief): { logic: number[]; dram: number[] } {
  const logic = new Array<number>(SAMPLES.length).fill(0);
  const dram = new Array<number>(SAMPLES.length).fill(0);
  for (const fab of basis.fabs) {
    const r: Relief = relief !== "base" && touches(fab, basis, relief) ? relief : "base";
    let out = r === "base" ? basis.baseOutput.get(fab.id) : undefined;
    if (!out) {
      const o = fabOutlook(state, fab, basis, r);
      out = SAMPLES.map((h) => outputAt(state, o, h, r));
      if (r === "base") basis.baseOutput.set(fab.id, out);
    }
    const into = fab.kind === "logic" ? logic : dram;
    for (let i = 0; i < SAMPLES.length; i++) into[i] += out[i];
  }
  return { logic, dram };
}

export function fabOutlook(state: GameState, fab: Fab, basis: Basis, relief: Relief): FabOutlook {
  const staffing = basis.staffing;
  const s: Staffing = relief === "talent" ? { ops: 1, build: 1, phd: 1 } : staffing;
  const learnPerMonth = learningRate(state, fab, s);
  if (fab.stage === "ramp" || fab.stage === "volume") {
    return { fab, startsIn: 0, wafers: fab.capacity * s.ops, learning: fab.learning, learnPerMonth };
  }
  const rate = buildRate(fab, s);
  let time = 0;
  if (fab.stage === "permitting") time = fab.stageMonths - fab.progress + (fab.shellMonths + fab.installMonths) / rate;
  else if (fab.stage === "shell") time = (fab.stageMonths - fab.progress + fab.installMonths) / rate;
  else time = (fab.stageMonths - fab.progress) / rate;
  if (relief === "construction") time *= 1 - RELIEF;
  if (fab.blocker === "capital" && relief !== "capital") time += 12;
  const toolWait = relief === "tools" ? 0 : basis.toolWait.get(fab.id) ?? 0;
  return { fab, startsIn: Math.max(time, toolWait + 1), wafers: fab.capacity * s.ops, learning: 0, learnPerMonth };
}

/** Good output of a fab h months from now: logic → good dies (k), DRAM → accepted HBM stacks (k). */
export function outputAt(state: GameState, o: FabOutlook, h: number, relief: Relief): number {
  if (h < o.startsIn) return 0;
  const y = yieldAfter(state, o.fab, o.learning + (h - o.startsIn) * o.learnPerMonth);
  if (o.fab.kind === "logic") return o.wafers * y * DIES_PER_WAFER;
  const f = state.factions[o.fab.owner];
  const acceptance = relief === "memory" ? f.hbmAcceptance + RELIEF * (1 - f.hbmAcceptance) : f.hbmAcceptance;
  return o.wafers * f.hbmShare * STACKS_PER_DRAM_WAFER * y * acceptance;
}


