// The world on 1 January 2026.
import { EVENT_IDS, type EventId } from "../data/events";
import { FACTION_IDS, FACTIONS, type FactionId, type StartingFab } from "../data/factions";
import { MARKETS, GOODS, NPC_AI_COMPUTE_START_GW, NPC_AI_ACCEL_BASE, NPC_DRAM_DEMAND_BASE, NPC_MEMORY_MAKERS, NPC_WAFER_DEMAND_BASE, type Good } from "../data/markets";
import { MILESTONE_IDS } from "../data/milestones";
import { NODES } from "../data/nodes";
import { RESEARCH, RESEARCH_IDS, uncertaintyOf } from "../data/research";
import { SITE_IDS } from "../data/sites";
import { TOOL_LINES } from "../data/tools";
import { STARTING_REVENUE_YEAR } from "../data/finance";
import { TURBINES, EDGE_UNITS_PER_MONTH, LAUNCH_CADENCE_START } from "../data/power";
import { SHELL_MONTHS, INSTALL_MONTHS, RAMP_START_YIELD } from "../data/construction";
import { MatchOptionsSchema, type MatchOptionsInput } from "../protocol/options";
import { runLimitingFactors } from "../rules/limiting/limiting-factor";
import { nextRandom, randomInt, shuffle } from "./rng";
import { newId } from "./ids";
import { computeGW } from "./compute";
import { shellCostOf, toolsNeededFor } from "./fab-plan";
import type { Fab, FactionFlows, FactionState, GameState, MarketState } from "./types";
import type { ToolKind } from "../data/tools";

export function emptyFlows(): FactionFlows {
  return {
    logicWafersMade: 0, leadingEdgeWafersMade: 0, goodDies: 0, dramWafers: 0, hbmMade: 0, dramMade: 0, acceleratorsMade: 0, newlyPowered: 0, wafersSold: 0, wafersResold: 0, wafersOffered: 0, hbmOffered: 0, hbmSold: 0, hbmSecured: 0, hbmUsed: 0,
    stacksAvailable: 0, cashShortWafers: 0, cashShortHbm: 0, salesValue: 0, salesVolume: 0, offeredVolume: 0, newLogicWafers: 0, newLeadingEdgeWafers: 0, newHbmMade: 0, revenue: 0, costs: 0,
  };
}

function startingFaction(id: FactionId): FactionState {
  const d = FACTIONS[id];
  const research = Object.fromEntries(RESEARCH_IDS.map((r) => [r, { spent: 0, level: 0, cost: RESEARCH[r].cost }])) as FactionState["research"];
  return {
    id, cash: d.cash, debt: 0, revenueYear: STARTING_REVENUE_YEAR[id], income: 0, spending: 0,
    engineers: d.engineers, phds: d.phds, hiring: [],
    logicWafers: 0, logicWaferYield: 0, logicWaferPremium: 1, logicWafersBought: 0, hbm: 0, hbmBought: 0, dram: 0,
    warehouse: d.warehouse, poweredAccelerators: d.poweredAccelerators, orbitAccelerators: 0, edgeAccelerators: 0, orbitTonnes: 0,
    gridGW: d.gridGW, turbineGW: 0, solarGW: 0,
    hbmShare: d.hbmShare, hbmAcceptance: d.hbmAcceptance,
    research,
    launchCadence: id === "tesla" ? LAUNCH_CADENCE_START : 0, launchCadencePipeline: [], launchesThisMonth: 0, launchesTotal: 0, launchFailures: 0,
    edgeUnitsPerMonth: id === "tesla" ? EDGE_UNITS_PER_MONTH : 0, edgePending: 0,
    lobbySpent: { tighten: 0, loosen: 0 }, loosenThisMonth: 0, researchThisMonth: Object.fromEntries(RESEARCH_IDS.map((r) => [r, 0])) as FactionState["researchThisMonth"], monthlyFunding: [], procurement: [],
    milestones: Object.fromEntries(MILESTONE_IDS[id].map((m) => [m, null])),
    streaks: {},
    limitingFactor: "none", limitingEvidence: { key: "evidence.none", params: {} }, bindingNow: "none", limitingHistory: [], computeHistory: [], cashHistory: [], salesHistory: [],
    enabled: 0, enabledBy: { deploy: 0, logic: 0, memory: 0 }, startComputeGW: 0, milestonePoints: 0, milestoneScores: {}, score: 0, flows: emptyFlows(),
  };
}

function startingFab(state: GameState, owner: FactionId, f: StartingFab): Fab {
  const node = NODES[f.node];
  const faction = FACTIONS[owner];
  // China's starting fabs are DUV-only: SMIC's 7 nm-class logic and CXMT's DRAM.
  const multipatterning = owner === "china";
  const toolsNeeded = toolsNeededFor(f.node, f.capacity, multipatterning);
  const stage = f.stage ?? "volume";
  const built = stage === "ramp" || stage === "volume";
  const share = built ? 1 : f.toolsDelivered ?? 0;
  const toolsDelivered: Partial<Record<ToolKind, number>> = {};
  for (const [k, n] of Object.entries(toolsNeeded) as Array<[ToolKind, number]>) toolsDelivered[k] = Math.floor(n * share);
  const shellMonths = randomInt(state, SHELL_MONTHS.min, SHELL_MONTHS.max);
  const installMonths = randomInt(state, INSTALL_MONTHS.min, INSTALL_MONTHS.max);
  const stageMonths = stage === "shell" ? shellMonths : stage === "install" ? installMonths : stage === "ramp" ? faction.rampMonths : 0;
  return {
    id: newId(state, "fab"), owner, site: f.site, kind: node.kind, node: f.node, capacity: f.capacity,
    stage, progress: f.progress ?? 0, stageMonths, shellMonths, installMonths,
    toolsNeeded, toolsDelivered, multipatterning,
    yield: f.yield ?? (stage === "volume" ? faction.matureYield : stage === "ramp" ? RAMP_START_YIELD : 0),
    learning: stage === "volume" ? faction.rampMonths : f.progress ?? 0,
    shellCostLeft: stage === "shell" ? shellCostOf(f.node, f.capacity) * 0.5 : 0,
    overtime: false, expansionOf: null, startedMonth: null,
    volumeMonth: stage === "volume" ? 0 : null, blocker: null, output: 0,
    // A fab still being built at the start must be finished by the player: its output earns score.
    credited: !built,
  };
}

function market(good: Good): MarketState {
  const p = MARKETS[good].basePrice;
  return { price: p, history: [], lastDemand: 0, lastSupply: 0 };
}

export function createMatch(input: MatchOptionsInput): GameState {
  const options = MatchOptionsSchema.parse(input);
  const state: GameState = {
    version: 1, options, month: 0, rng: (options.seed ^ 0x9e3779b9) >>> 0, nextId: 0,
    status: "running", winner: null, endedMonth: null, sanctionLevel: 1, lobby: { tighten: 0, loosen: 0 }, solarCurbSince: null,
    factions: Object.fromEntries(FACTION_IDS.map((f) => [f, startingFaction(f)])) as GameState["factions"],
    fabs: [],
    toolLines: Object.fromEntries(Object.entries(TOOL_LINES).map(([lineId, l]) => [lineId, { id: lineId, outputPerMonth: l.vendor === "domestic" && l.kind === "euv" ? 0 : l.outputPerMonth, carry: 0, fundedPipeline: [], fundedExtra: 0, delivered: 0 }])),
    toolOrders: [], prepaidSeq: 0,
    turbines: Object.fromEntries(Object.entries(TURBINES).map(([m, t]) => [m, { backlogGW: t.backlogGW, outputPerMonth: t.outputPerMonth }])) as GameState["turbines"],
    power: [],
    markets: Object.fromEntries(GOODS.map((g) => [g, market(g)])) as GameState["markets"],
    spotOrders: [], contracts: [],
    npc: {
      aiAcceleratorsPerMonth: NPC_AI_ACCEL_BASE, waferDemand: NPC_WAFER_DEMAND_BASE, dramDemand: NPC_DRAM_DEMAND_BASE,
      memory: Object.fromEntries(Object.entries(NPC_MEMORY_MAKERS).map(([k, m]) => [k, { capacity: m.capacity, hbmShare: m.hbmShare }])),
      aiComputeGW: NPC_AI_COMPUTE_START_GW, aiDemandFactor: 1,
    },
    siteHaltedUntil: Object.fromEntries(SITE_IDS.map((s) => [s, -1])) as GameState["siteHaltedUntil"],
    modifiers: [],
    deck: [],
    eventLog: [],
    world: { leadingEdgeDemand: 0, hbmSoldTotal: 0, newComputeGW: 0, enabledTotal: 0, computeGW: 0, logicSoldAI: 0 },
  };
  state.deck = shuffle(state, [...EVENT_IDS] as EventId[]);
  for (const f of FACTION_IDS) for (const fab of FACTIONS[f].fabs) state.fabs.push(startingFab(state, f, fab));
  // Nobody knows in advance exactly what a breakthrough will cost.
  for (const f of FACTION_IDS) {
    for (const r of RESEARCH_IDS) {
      if (RESEARCH[r].levels !== 1) continue;
      const range = uncertaintyOf(r);
      const u = range.min + nextRandom(state) * (range.max - range.min);
      state.factions[f].research[r].cost = Math.round(RESEARCH[r].cost * u);
    }
  }
  for (const f of FACTION_IDS) {
    for (const c of FACTIONS[f].contracts) {
      if (c.seller === "npc") {
        state.factions[f].procurement.push({ good: c.good, perMonth: c.perMonth, maxPrice: c.price, untilMonth: c.months - 1, fixedPrice: c.price });
        continue;
      }
      state.contracts.push({
        id: newId(state, "c"), seller: c.seller, buyer: f, good: c.good, perMonth: c.perMonth, price: c.price, months: c.months,
        status: "active", offeredBy: f, offeredMonth: 0, startMonth: c.startMonth ?? 0, endedMonth: null, endedBy: null, delivered: 0, shortfall: 0, breaches: 0, breachedBy: null, breachRun: 0,
        ...(c.site ? { site: c.site } : {}),
      });
    }
  }
  for (const f of FACTION_IDS) state.factions[f].startComputeGW = computeGW(state.factions[f]);
  // So the very first screen already names each faction's limiting factor.
  runLimitingFactors(state);
  return state;
}
