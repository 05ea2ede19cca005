// The one view of a match that leaves the engine: what the server sends, the offline mode
// shows and the client draws (boardgame.io's playerView is the model). Names are the engine's;
// nothing is renamed or filled with a default. The seat decides only what is advice for it.
import { FACTION_IDS, type FactionId } from "../data/factions";
import { GOODS, type Good } from "../data/markets";
import { RESEARCH_IDS, type ResearchId } from "../data/research";
import { TOOL_LINES } from "../data/tools";
import { attackOrders } from "../advice/attack";
import { computeGW } from "../model/compute";
import { creditLimitOf, loanRateOf } from "../model/credit";
import { deliveredShare } from "../model/fab-plan";
import { researchEstimate } from "../model/research-estimate";
import type { Contract, Evidence, Fab, FactionFlows, FactionState, GameState, LimitingFactor, PowerProject, Procurement, ToolOrder } from "../model/types";
import type { Order } from "../protocol/order";
import { lineOutput, queuesByLine } from "../rules/month/vendors";
import { scoreBreakdown } from "../rules/month/score";
import { nextUp, type NextUp, type NextUpByFaction } from "../sim/next-up";
import { plainCopy, rounded } from "./rounded";

export interface FactionPublic {
  id: FactionId;
  cash: number;
  debt: number;
  /** The most it may owe (tied to revenue and fabs), $M, and the yearly rate on its debt now. */
  creditLimit: number;
  loanRate: number;
  computeGW: number;
  limitingFactor: LimitingFactor;
  /** What proves it: an i18n key and the month's quantities. */
  evidence: Evidence;
  /** The engine's forecast of what binds next, and when; null when nothing else is in sight. */
  nextUp: NextUp | null;
  /** "Attack it": the engine's orders against the factor now, for the seat's own faction only (null for the others). */
  attack: Order[] | null;
  scoreParts: { milestones: Record<string, number>; deploy: number; logic: number; memory: number };
  score: number;
  milestones: Record<string, number | null>;
  limitingHistory: LimitingFactor[];
  computeHistory: number[];
  cashHistory: number[];
  warehouse: number;
  poweredAccelerators: number;
  orbitAccelerators: number;
  edgeAccelerators: number;
  gridGW: number;
  turbineGW: number;
  solarGW: number;
  launchCadence: number;
  launchesThisMonth: number;
  launchesTotal: number;
  launchFailures: number;
  edgeUnitsPerMonth: number;
  edgePending: number;
  engineers: number;
  phds: number;
  logicWafers: number;
  hbm: number;
  dram: number;
  hbmShare: number;
  /** Per programme: spent toward the next level, and the range its cost may lie in as far as the faction knows ($M). */
  research: Record<ResearchId, { spent: number; level: number; low: number; high: number }>;
  researchThisMonth: Record<ResearchId, number>;
  procurement: Procurement[];
  /** Hires arriving: [month, engineers, phds]. */
  hiring: Array<[number, number, number]>;
  flows: FactionFlows;
}

export type FabPublic = Pick<Fab, "id" | "owner" | "site" | "kind" | "node" | "capacity" | "stage" | "yield" | "blocker" | "overtime" | "multipatterning" | "startedMonth" | "volumeMonth" | "expansionOf" | "toolsNeeded" | "toolsDelivered"> & {
  /** Share of the current stage done, 0..1. */
  progress: number;
  /** Share of all tools delivered, 0..1. */
  tools: number;
};

export type ToolOrderPublic = Pick<ToolOrder, "id" | "line" | "faction" | "fabId" | "quantity" | "delivered" | "earliestMonth" | "unitPrice"> & {
  /** Place in the vendor's queue, 0 = served next. */
  position: number;
  prepaid: boolean;
};

export type PowerPublic = Pick<PowerProject, "id" | "owner" | "source" | "region" | "gw" | "readyMonth">;
export type ContractPublic = Pick<Contract, "id" | "seller" | "buyer" | "good" | "perMonth" | "price" | "months" | "status" | "offeredBy" | "delivered" | "breaches">;

export interface MarketPublic {
  price: number;
  history: number[];
}

export interface PublicView {
  month: number;
  months: number;
  sanctionLevel: number;
  winner: FactionId | null;
  factions: Record<FactionId, FactionPublic>;
  fabs: FabPublic[];
  toolOrders: ToolOrderPublic[];
  /** Tool line → tools a month available to players. */
  toolLines: Record<string, number>;
  power: PowerPublic[];
  markets: Record<Good, MarketPublic>;
  contracts: ContractPublic[];
}

/** The parts of a month's view every seat shares, worked out once (the forecast runs the engine forward). */
export interface SharedView {
  state: GameState;
  next: NextUpByFaction;
  base: PublicView;
}

function factionView(state: GameState, f: FactionState, next: NextUp | null): FactionPublic {
  const parts = scoreBreakdown(state, f.id);
  const research = {} as FactionPublic["research"];
  for (const r of RESEARCH_IDS) {
    const e = researchEstimate(state, f.id, r);
    research[r] = { spent: e.spent, level: e.level, low: e.low, high: e.high };
  }
  return {
    id: f.id, cash: f.cash, debt: f.debt, creditLimit: creditLimitOf(state, f.id), loanRate: loanRateOf(state, f.id), computeGW: computeGW(f),
    limitingFactor: f.limitingFactor, evidence: f.limitingEvidence, nextUp: next, attack: null,
    scoreParts: { milestones: parts.milestones, deploy: parts.deploy, logic: parts.logic, memory: parts.memory },
    score: f.score, milestones: { ...f.milestones },
    limitingHistory: [...f.limitingHistory], computeHistory: [...f.computeHistory], cashHistory: [...f.cashHistory],
    warehouse: f.warehouse, poweredAccelerators: f.poweredAccelerators, orbitAccelerators: f.orbitAccelerators, edgeAccelerators: f.edgeAccelerators,
    gridGW: f.gridGW, turbineGW: f.turbineGW, solarGW: f.solarGW,
    launchCadence: f.launchCadence, launchesThisMonth: f.launchesThisMonth, launchesTotal: f.launchesTotal, launchFailures: f.launchFailures,
    edgeUnitsPerMonth: f.edgeUnitsPerMonth, edgePending: f.edgePending,
    engineers: f.engineers, phds: f.phds, logicWafers: f.logicWafers, hbm: f.hbm, dram: f.dram, hbmShare: f.hbmShare,
    research, researchThisMonth: { ...f.researchThisMonth },
    procurement: f.procurement.map((p) => ({ ...p })), hiring: f.hiring.map(([m, e, p]) => [m, e, p]), flows: { ...f.flows },
  };
}

function fabView(f: Fab): FabPublic {
  return {
    id: f.id, owner: f.owner, site: f.site, kind: f.kind, node: f.node, capacity: f.capacity, stage: f.stage,
    progress: f.stageMonths > 0 ? Math.min(1, f.progress / f.stageMonths) : 1,
    yield: f.yield, tools: deliveredShare(f), toolsNeeded: { ...f.toolsNeeded }, toolsDelivered: { ...f.toolsDelivered },
    blocker: f.blocker, overtime: f.overtime, multipatterning: f.multipatterning,
    startedMonth: f.startedMonth, volumeMonth: f.volumeMonth, expansionOf: f.expansionOf,
  };
}

/** Work out what every seat sees this month. */
export function sharedView(state: GameState): SharedView {
  const next = nextUp(state);
  const factions = {} as PublicView["factions"];
  for (const id of FACTION_IDS) factions[id] = factionView(state, state.factions[id], next[id]);
  const positions = new Map<string, number>();
  for (const queue of queuesByLine(state).values()) queue.forEach((o, i) => positions.set(o.id, i));
  const toolLines: Record<string, number> = {};
  for (const [id, line] of Object.entries(TOOL_LINES)) toolLines[id] = lineOutput(state, id) * (1 - line.npcShare);
  const markets = {} as PublicView["markets"];
  for (const g of GOODS) markets[g] = { price: state.markets[g].price, history: [...state.markets[g].history] };
  const base: PublicView = {
    month: state.month, months: state.options.months, sanctionLevel: state.sanctionLevel, winner: state.winner,
    factions,
    fabs: state.fabs.map(fabView),
    toolOrders: state.toolOrders.map((o) => ({
      id: o.id, line: o.line, faction: o.faction, fabId: o.fabId, quantity: o.quantity, delivered: o.delivered, earliestMonth: o.earliestMonth, unitPrice: o.unitPrice,
      position: positions.get(o.id) ?? 0, prepaid: o.prepaidSeq !== null,
    })),
    toolLines,
    power: state.power.map((p) => ({ id: p.id, owner: p.owner, source: p.source, region: p.region, gw: p.gw, readyMonth: p.readyMonth })),
    markets,
    contracts: state.contracts.map((c) => ({
      id: c.id, seller: c.seller, buyer: c.buyer, good: c.good, perMonth: c.perMonth, price: c.price, months: c.months, status: c.status,
      offeredBy: c.offeredBy, delivered: c.delivered, breaches: c.breaches,
    })),
  };
  return { state, next, base: rounded(base) };
}

/** What one seat sees: the shared view plus its own faction's advice (a spectator's seat is null). */
export function viewForSeat(shared: SharedView, seat: FactionId | null): PublicView {
  if (seat === null || shared.state.status !== "running") return shared.base;
  const own = shared.base.factions[seat];
  return { ...shared.base, factions: { ...shared.base.factions, [seat]: { ...own, attack: plainCopy(attackOrders(shared.state, seat).orders) } } };
}

/** The view of a match for a seat (null: a spectator, a replay, a debrief). */
export function publicView(state: GameState, seat: FactionId | null): PublicView {
  return viewForSeat(sharedView(state), seat);
}
