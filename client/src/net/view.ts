// What the client draws: the world as the server shows it, normalised. Names follow the
// engine's GameState (shared/model/types.ts) so the same words mean the same things.
import type {
  FactionId, Good, ResearchId, FabKind, NodeId, SiteId, RegionId, Order, FabBlocker, FabStage, FactionFlows, LimitingFactor,
} from "../../../shared/index";

export type MatchStatus = "waiting" | "running" | "paused" | "ended";
export type Speed = "fast" | "normal" | "slow";

export interface FactionView {
  id: FactionId;
  name: string;
  controller: "human" | "bot";
  /** Name of the human in the seat, if any. */
  player: string;
  ready: boolean;
  connected: boolean;
  cash: number;
  debt: number;
  /** The most it may owe (tied to revenue and fabs), $M, and the yearly rate on its debt now. */
  creditLimit: number;
  loanRate: number;
  computeGW: number;
  limitingFactor: LimitingFactor;
  /** What proves it: an i18n key and the month's quantities. */
  evidence: { key: string; params: Record<string, number | string> };
  /** The engine's forecast of what binds next, and when; null when nothing else is in sight. */
  nextUp: { factor: LimitingFactor; month: number } | null;
  /** "Attack it": the engine's orders against the limiting factor now (empty when none is affordable). */
  attack: Order[];
  /** The score part by part. */
  scoreParts: { milestones: Record<string, number>; deploy: number; logic: number; memory: number };
  limitingHistory: LimitingFactor[];
  computeHistory: number[];
  cashHistory: number[];
  score: number;
  milestones: Record<string, number | null>;
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
  procurement: Array<{ good: Good; perMonth: number; maxPrice: number }>;
  hiring: Array<[number, number, number]>;
  flows: FactionFlows;
}

/** A fab as the server mirrors it: stage progress and tools delivered as shares 0..1. */
export interface FabView {
  id: string;
  owner: FactionId;
  site: SiteId;
  kind: FabKind;
  node: NodeId;
  capacity: number;
  stage: FabStage;
  /** Share of the current stage done, 0..1. */
  progress: number;
  yield: number;
  /** Share of all tools delivered, 0..1. */
  tools: number;
  blocker: FabBlocker;
  overtime: boolean;
  multipatterning: boolean;
  startedMonth: number | null;
  volumeMonth: number | null;
  expansionOf: string | null;
}

export interface ToolOrderView {
  id: string;
  line: string;
  faction: FactionId;
  fabId: string;
  quantity: number;
  delivered: number;
  /** Place in the vendor's queue, 0 = served next. */
  position: number;
  prepaid: boolean;
  earliestMonth: number;
  /** $M a tool, agreed when ordered. */
  unitPrice: number;
}

export interface PowerView {
  id: string;
  owner: FactionId;
  source: "grid" | "turbine" | "solar";
  region: RegionId;
  gw: number;
  readyMonth: number | null;
}

export interface ContractView {
  id: string;
  seller: FactionId;
  buyer: FactionId;
  good: Good;
  perMonth: number;
  price: number;
  months: number;
  status: "offered" | "active" | "declined" | "completed" | "cancelled" | "expired";
  offeredBy: FactionId;
  delivered: number;
  breaches: number;
}

export interface MarketView {
  price: number;
  history: number[];
}

export interface PlayerView {
  id: string;
  name: string;
  faction: FactionId | null;
  spectator: boolean;
  ready: boolean;
  connected: boolean;
  host: boolean;
}

export interface WorldView {
  month: number;
  months: number;
  status: MatchStatus;
  speed: Speed;
  mode: "solo" | "online" | "classroom";
  code: string;
  isPrivate: boolean;
  difficulty: string;
  seed: number;
  winner: FactionId | null;
  pausesLeft: number | null;
  sanctionLevel: number;
  factions: Record<FactionId, FactionView>;
  fabs: FabView[];
  toolOrders: ToolOrderView[];
  /** Tool line → tools a month available to players. */
  toolLines: Record<string, number>;
  power: PowerView[];
  markets: Record<Good, MarketView>;
  contracts: ContractView[];
  players: PlayerView[];
  hostId: string;
  matchId: string;
}

/** A one-off message from the server: events, milestones, fabs done, launches. */
export interface Effect {
  kind: string;
  month: number;
  /** i18n key for a toast, or null for sound only. */
  key: string | null;
  params: Record<string, string | number>;
  faction?: FactionId;
  sound?: "alert" | "milestone" | "launch" | "fab-complete" | "confirm" | "refused";
}

export interface RefusalView {
  code: string;
  reason: string;
  params?: Record<string, string | number>;
}
