// The whole game state. Plain JSON data: cloneable, hashable, sendable.
import type { EventId } from "../data/events";
import type { FactionId } from "../data/factions";
import type { Good } from "../data/markets";
import type { NodeId, FabKind } from "../data/nodes";
import type { ResearchId } from "../data/research";
import type { RegionId, SiteId } from "../data/sites";
import type { ToolKind, VendorId } from "../data/tools";
import type { TurbineMaker } from "../data/power";
import type { MatchOptions } from "../protocol/options";
import type { GameEventId } from "../protocol/events";
import type { FundedPipeline } from "./funded-pipeline";

export const LIMITING_FACTORS = ["power", "logic", "memory", "tools", "construction", "capital", "talent", "demand", "none"] as const;
export type LimitingFactor = (typeof LIMITING_FACTORS)[number];

export type FabStage = "permitting" | "shell" | "install" | "ramp" | "volume";
/** Why a fab did not progress at full speed this month (for the limiting factor and the UI). */
export type FabBlocker = "tools" | "capital" | "talent" | "halted" | "site" | null;

export interface Fab {
  id: string;
  owner: FactionId;
  site: SiteId;
  kind: FabKind;
  node: NodeId;
  capacity: number;
  stage: FabStage;
  /** Months of work done in the current stage (fractional). */
  progress: number;
  /** Months the current stage needs. */
  stageMonths: number;
  /** Months drawn for later stages at founding. */
  shellMonths: number;
  installMonths: number;
  /** Tools needed and delivered, by kind. */
  toolsNeeded: Partial<Record<ToolKind, number>>;
  toolsDelivered: Partial<Record<ToolKind, number>>;
  /** Built without EUV (DUV multi-patterning): yield capped. */
  multipatterning: boolean;
  yield: number;
  /** Ramp months of learning accumulated. */
  learning: number;
  /** Shell cost still to pay, $M. */
  shellCostLeft: number;
  overtime: boolean;
  expansionOf: string | null;
  startedMonth: number | null;
  volumeMonth: number | null;
  blocker: FabBlocker;
  /** Wafers started last month (k) and good-wafer equivalent. */
  output: number;
  /** Built, expanded or finished during the match: its output earns score (starting fabs' does not). */
  credited: boolean;
}

export interface ToolOrder {
  id: string;
  line: string;
  faction: FactionId;
  fabId: string;
  quantity: number;
  delivered: number;
  placedMonth: number;
  earliestMonth: number;
  /** Prepaid orders go first, among themselves in the order they were prepaid. */
  prepaidSeq: number | null;
  unitPrice: number;
}

export interface ToolLine {
  id: string;
  outputPerMonth: number;
  /** Fractional tools carried to next month. */
  carry: number;
  /** Funded expansion arriving later: [month, extra output]. */
  fundedPipeline: FundedPipeline;
  fundedExtra: number;
  delivered: number;
}

export interface PowerProject {
  id: string;
  owner: FactionId;
  source: "grid" | "turbine" | "solar";
  region: RegionId;
  /** GW delivered when done (solar: effective, after capacity factor). */
  gw: number;
  readyMonth: number | null;
  /** Grid requests wait in the region's interconnect queue; turbines in the maker's backlog. */
  maker: TurbineMaker | null;
  /** Turbines still in the maker's queue: GW of earlier orders the maker must finish first (less
   *  what it has made since); null once they have left the factory and are being built. */
  gwAhead?: number | null;
  /** Months events have added to this order (a turbine delay). */
  delayMonths?: number;
}

export interface Contract {
  id: string;
  seller: FactionId;
  buyer: FactionId;
  good: Good;
  perMonth: number;
  price: number;
  months: number;
  status: "offered" | "active" | "declined" | "completed" | "cancelled" | "expired" | "broken";
  offeredBy: FactionId;
  offeredMonth: number;
  startMonth: number | null;
  /** The month it was declined, withdrawn, expired, completed or broken; null while open or running. */
  endedMonth: number | null;
  /** Who broke it (status "broken"); null otherwise. */
  endedBy: FactionId | null;
  delivered: number;
  shortfall: number;
  breaches: number;
  /** The side that fell short in each of the last `breachRun` deliveries (null after a full one): after
   *  TERMINATION_BREACHES of them the other side may end the contract without paying. */
  breachedBy: FactionId | null;
  breachRun: number;
  /** Made at this site: each delivery is at most what the seller's leading-edge fabs there turned out
   *  that month (AI5's Arizona share). Absent: from anything the seller has. */
  site?: SiteId;
}

export interface Procurement {
  good: Good;
  perMonth: number;
  maxPrice: number;
  /** Last month it runs (a deal of fixed length), or null for a standing order. */
  untilMonth?: number | null;
  /** A supply deal with the non-player makers: served from their output first, at this price. */
  fixedPrice?: number | null;
  /** First month a supply deal delivers (its allocation lead time); absent: at once. */
  fromMonth?: number;
}

/** A funding order the engine gives again each month for its faction: research and lobbying are
 *  paced a month at a time, and a maker's capacity (tool lines, castings, launch cadence) is built up
 *  over years, so either would otherwise need an order every month. */
export interface MonthlyFunding {
  order:
    | { type: "fundResearch"; program: ResearchId; amount: number }
    | { type: "lobby"; direction: "tighten" | "loosen"; amount: number }
    | { type: "fundVendor"; vendor: VendorId; amount: number }
    | { type: "fundCasting"; maker: TurbineMaker; amount: number }
    | { type: "fundLaunches"; amount: number };
  /** The month it was set in (that month's funding was the order itself). */
  sinceMonth: number;
  /** Last month it could not be paid for want of cash. */
  short: boolean;
}

/** Why a factor binds, in the month's own numbers: an i18n key and its parameters. */
export interface Evidence {
  key: string;
  params: Record<string, number | string>;
}

export interface SpotOrder {
  faction: FactionId;
  good: Good;
  side: "buy" | "sell";
  quantity: number;
  limitPrice: number | null;
}

export interface FactionState {
  id: FactionId;
  cash: number;
  debt: number;
  /** Trailing revenue a year, $M (smoothed): what lenders look at. */
  revenueYear: number;
  /** Cumulative money in and out (for the cash-accounted invariant). */
  income: number;
  spending: number;
  engineers: number;
  phds: number;
  /** Staff lured away by rivals this month: [month, engineers, phds]. Absent until first poached. */
  poachedLoss?: [number, number, number];
  /** Hires arriving: [month, engineers, phds], marked "poached" when lured from a rival (not from the labour market). */
  hiring: Array<[number, number, number, "poached"?]>;
  /** Stocks. */
  logicWafers: number;
  logicWaferYield: number;
  /** Price of these wafers relative to the market's N3-class reference (N2 sells dearer, N7 cheaper): a weighted mean. */
  logicWaferPremium: number;
  /** The part of `logicWafers` this faction bought rather than made: selling it is a resale, which
   *  counts in no one's wafers sold (TSMC's leading-edge share, the score's logic). */
  logicWafersBought: number;
  hbm: number;
  /** The part of `hbm` this faction bought (contracts, spot, supply deals) rather than made: selling it
   *  is a resale, which counts in no one's HBM sales (it was counted when first sold). */
  hbmBought: number;
  dram: number;
  warehouse: number;
  poweredAccelerators: number;
  orbitAccelerators: number;
  edgeAccelerators: number;
  orbitTonnes: number;
  /** Power capacity by source, GW (ground only; orbit and edge carry their own). */
  gridGW: number;
  turbineGW: number;
  solarGW: number;
  hbmShare: number;
  hbmAcceptance: number;
  /** Spent so far, level reached, and the cost of each level (breakthroughs are uncertain: drawn per match). */
  research: Record<ResearchId, { spent: number; level: number; cost: number }>;
  launchCadence: number;
  /** Cadence bought and not yet flying: [month it flies from, launches a month]. */
  launchCadencePipeline: FundedPipeline;
  launchesThisMonth: number;
  launchesTotal: number;
  launchFailures: number;
  edgeUnitsPerMonth: number;
  edgePending: number;
  /** Lobbying on export controls so far, each way ($M): public, shown to every player. */
  lobbySpent: { tighten: number; loosen: number };
  /** Lobbying to loosen this month ($M), against LOOSEN_MAX_PER_MONTH. */
  loosenThisMonth: number;
  researchThisMonth: Record<ResearchId, number>;
  /** Funding repeated each month until stopped: a research programme or a lobbying push. */
  monthlyFunding: MonthlyFunding[];
  procurement: Procurement[];
  milestones: Record<string, number | null>;
  /** Counters for milestones needing months in a row. */
  streaks: Record<string, number>;
  limitingFactor: LimitingFactor;
  /** What proves it: an i18n key and the month's quantities ("7.8 GW of accelerators wait for 3.9 GW of power"). */
  limitingEvidence: Evidence;
  /** What bound in the chain this month, before the one-month confirmation the HUD waits for. */
  bindingNow: LimitingFactor;
  limitingHistory: LimitingFactor[];
  computeHistory: number[];
  cashHistory: number[];
  /** $M sold each month: a maker's output (its debrief chart; a deployer's compute is computeHistory). */
  salesHistory: number[];
  /** Credit toward world compute enabled (deployer + suppliers), GW-months. */
  enabled: number;
  /** The share-months behind the compute points, by role (the score breakdown). */
  enabledBy: { deploy: number; logic: number; memory: number };
  /** Powered compute at the start: only what is added during the match scores. */
  startComputeGW: number;
  milestonePoints: number;
  /** Points earned by each milestone reached (the score breakdown). */
  milestoneScores: Record<string, number>;
  score: number;
  /** Last month's flows, for the HUD and the limiting factor. */
  flows: FactionFlows;
}

export interface FactionFlows {
  logicWafersMade: number;
  /** Of those, wafers from leading-edge nodes (N3, N2): what TSMC's demand share counts. */
  leadingEdgeWafersMade: number;
  goodDies: number;
  dramWafers: number;
  hbmMade: number;
  dramMade: number;
  acceleratorsMade: number;
  newlyPowered: number;
  /** Wafers of its own making sold (contracts and spot); wafers it bought and sold on are `wafersResold`. */
  wafersSold: number;
  wafersResold: number;
  /** Put on the spot market this month (sold or not). */
  wafersOffered: number;
  hbmOffered: number;
  hbmSold: number;
  hbmSecured: number;
  hbmUsed: number;
  /** HBM stacks on hand when assembly ran (before it used any). */
  stacksAvailable: number;
  /** Wanted but not bought for want of cash (k wafers, k stacks). */
  cashShortWafers: number;
  cashShortHbm: number;
  /** Value of goods sold this month (spot and contracts), $M. */
  salesValue: number;
  /** The same goods at the markets' reference prices, $M: a maker's real output sold (its objective), free of price swings. */
  salesVolume: number;
  /** Goods put up for sale (spot and contracts) at reference prices, $M: what could have been sold. */
  offeredVolume: number;
  /** Output of fabs built or finished during the match (what the score credits). */
  newLogicWafers: number;
  /** …of which from leading-edge nodes (N3, N2): the wafers the AI chain buys, so the only ones sold that the score credits. */
  newLeadingEdgeWafers: number;
  newHbmMade: number;
  revenue: number;
  costs: number;
}

export interface MarketState {
  price: number;
  history: number[];
  lastDemand: number;
  lastSupply: number;
}

export interface GameEvent {
  month: number;
  /** A deck card ("event:<id>") or news (shared/protocol/events.ts). */
  id: GameEventId;
  /** Faction concerned, if any. */
  faction?: FactionId;
  /** i18n parameters. */
  params?: Record<string, string | number>;
}

export interface Modifier {
  id: EventId;
  untilMonth: number;
}

export interface TurbineMakerState {
  backlogGW: number;
  outputPerMonth: number;
  /** Casting lines being built with factions' money: [month it adds, GW a month]. Absent until first funded. */
  castingPipeline?: FundedPipeline;
}

export interface GameState {
  version: 1;
  options: MatchOptions;
  month: number;
  rng: number;
  nextId: number;
  status: "running" | "ended";
  winner: FactionId | null;
  endedMonth: number | null;
  sanctionLevel: number;
  /** Lobbying money pushing the sanction level each way, not yet spent on a step. */
  lobby: { tighten: number; loosen: number };
  /** The month China began curbing its solar exports (data/counter-controls.ts), or null. */
  solarCurbSince: number | null;
  factions: Record<FactionId, FactionState>;
  fabs: Fab[];
  toolLines: Record<string, ToolLine>;
  toolOrders: ToolOrder[];
  prepaidSeq: number;
  turbines: Record<TurbineMaker, TurbineMakerState>;
  power: PowerProject[];
  markets: Record<Good, MarketState>;
  spotOrders: SpotOrder[];
  contracts: Contract[];
  npc: {
    aiAcceleratorsPerMonth: number;
    waferDemand: number;
    dramDemand: number;
    memory: Record<string, { capacity: number; hbmShare: number }>;
    aiComputeGW: number;
    aiDemandFactor: number;
  };
  siteHaltedUntil: Record<SiteId, number>;
  modifiers: Modifier[];
  deck: EventId[];
  eventLog: GameEvent[];
  /** World totals for the month (leading-edge demand and service, HBM sales). */
  world: {
    leadingEdgeDemand: number;
    hbmSoldTotal: number;
    newComputeGW: number;
    enabledTotal: number;
    computeGW: number;
    logicSoldAI: number;
  };
}
