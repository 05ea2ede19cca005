// The one view of a match that leaves the engine: what the server sends, the offline mode
// shows and the client draws (boardgame.io's playerView is the model). Names are the engine's;
// nothing is renamed or filled with a default. The seat decides only what is advice for it.
import { FACTION_IDS, type FactionId } from "../data/factions";
import { GOODS, type Good } from "../data/markets";
import { breakFeeNow } from "../rules/orders/contracts";
import { eventOutlook, type EventOutlook } from "../model/event-outlook";
import { exportControls, type ExportControls } from "../model/export-controls";
import { RESEARCH_IDS, type ResearchId } from "../data/research";
import { TOOL_LINES } from "../data/tools";
import { attackOrders } from "../advice/attack";
import { notFundedMonthly } from "../model/monthly-funding";
import { computeGW } from "../model/compute";
import { creditLimitOf, loanRateOf } from "../model/credit";
import { deliveredShare } from "../model/fab-plan";
import { researchEstimate } from "../model/research-estimate";
import type { Contract, Evidence, Fab, FactionState, GameState, PowerProject, ToolOrder } from "../model/types";
import type { Order } from "../protocol/order";
import { lineOutput, queuesByLine } from "../rules/month/vendors";
import { scoreBreakdown } from "../rules/month/score";
import { milestoneMeasures, type MilestoneMeasure } from "../rules/month/milestone-measures";
import { nextUp, type NextUp, type NextUpByFaction } from "../sim/next-up";
import { plainCopy, rounded } from "./rounded";

/** What a faction's view copies as the engine has it (same names, same meaning). */
const COPIED = [
  "id", "cash", "debt", "limitingFactor", "score", "milestones", "limitingHistory", "computeHistory", "cashHistory", "salesHistory",
  "warehouse", "poweredAccelerators", "orbitAccelerators", "edgeAccelerators", "gridGW", "turbineGW", "solarGW",
  "launchCadence", "launchesThisMonth", "launchesTotal", "launchFailures", "edgeUnitsPerMonth", "edgePending",
  "engineers", "phds", "logicWafers", "hbm", "dram", "hbmShare", "researchThisMonth", "monthlyFunding", "procurement", "hiring", "flows",
] as const satisfies ReadonlyArray<keyof FactionState>;

export type FactionPublic = Pick<FactionState, (typeof COPIED)[number]> & {
  /** The most it may owe (tied to revenue and fabs), $M, and the yearly rate on its debt now. */
  creditLimit: number;
  loanRate: number;
  computeGW: number;
  /** What proves the limiting factor: an i18n key and the month's quantities. */
  evidence: Evidence;
  /** The engine's forecast of what binds next, and when; null when nothing else is in sight. */
  nextUp: NextUp | null;
  /** "Attack it": the engine's orders against the factor now, for the seat's own faction only (null for the others). */
  attack: Order[] | null;
  /** ownWafersUncounted: a deployer's own new wafers this month (k) beyond what its memory could use, which earn no points. */
  scoreParts: { milestones: Record<string, number>; deploy: number; logic: number; memory: number; ownWafersUncounted: number };
  /** Each milestone's measure now against its target (and, for a streak, the months held): public, rivals' too. */
  milestoneProgress: Record<string, MilestoneMeasure>;
  /** Per programme: spent toward the next level, and the range its cost may lie in as far as the faction knows ($M). */
  research: Record<ResearchId, { spent: number; level: number; low: number; high: number }>;
};

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
export type ContractPublic = Pick<Contract, "id" | "seller" | "buyer" | "good" | "perMonth" | "price" | "months" | "status" | "offeredBy" | "endedMonth" | "endedBy" | "delivered" | "shortfall" | "breaches" | "breachedBy" | "breachRun" | "site"> & {
  /** What each side would pay to break it now ($M), for a contract in force. */
  breakFee: { buyer: number; seller: number } | null;
};

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
  /** The event deck's odds (cards left, chances over the next months), never its order. */
  events: EventOutlook;
  /** Export controls on China: the level, what it allows, and the lobbying tug-of-war over it. */
  exportControls: ExportControls;
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
  const copied = {} as Pick<FactionState, (typeof COPIED)[number]>;
  for (const key of COPIED) (copied as Record<string, unknown>)[key] = f[key];
  return {
    ...copied,
    creditLimit: creditLimitOf(state, f.id), loanRate: loanRateOf(state, f.id), computeGW: computeGW(f),
    evidence: f.limitingEvidence, nextUp: next, attack: null,
    scoreParts: { milestones: parts.milestones, deploy: parts.deploy, logic: parts.logic, memory: parts.memory, ownWafersUncounted: parts.ownWafersUncounted },
    milestoneProgress: milestoneMeasures(state, f.id),
    research,
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
      offeredBy: c.offeredBy, endedMonth: c.endedMonth, endedBy: c.endedBy, delivered: c.delivered, shortfall: c.shortfall, breaches: c.breaches, breachedBy: c.breachedBy, breachRun: c.breachRun,
      ...(c.site ? { site: c.site } : {}),
      breakFee: c.status === "active" ? { buyer: breakFeeNow(state, c, c.buyer), seller: breakFeeNow(state, c, c.seller) } : null,
    })),
    events: eventOutlook(state),
    exportControls: exportControls(state),
  };
  return { state, next, base: rounded(base) };
}

/** What one seat sees: the shared view plus its own faction's advice (a spectator's seat is null). */
export function viewForSeat(shared: SharedView, seat: FactionId | null): PublicView {
  if (seat === null || shared.state.status !== "running") return shared.base;
  const own = shared.base.factions[seat];
  return { ...shared.base, factions: { ...shared.base.factions, [seat]: { ...own, attack: plainCopy(notFundedMonthly(shared.state.factions[seat], attackOrders(shared.state, seat).orders)) } } };
}

/** The view of a match for a seat (null: a spectator, a replay, a debrief). */
export function publicView(state: GameState, seat: FactionId | null): PublicView {
  return viewForSeat(sharedView(state), seat);
}
