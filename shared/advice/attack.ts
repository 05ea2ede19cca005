// "Attack it": for the factor that binds a faction now, the orders that relieve it, sized to
// the constraint (power to the accelerators waiting, wafers or HBM to the gap, tools to the
// fabs that lack them). The HUD proposes exactly these; bots and the scripted "follow the
// advice" player use the same function, so the advice is what the game's own players do.
import { DIES_PER_WAFER, GW_PER_KACCEL, STACKS_PER_ACCELERATOR } from "../data/chain";
import { TALENT_POOL } from "../data/construction";
import { creditLeft } from "../model/credit";
import { FACTIONS, FACTION_IDS, type FactionId } from "../data/factions";
import { blockedSale } from "../model/sanctions";
import { MARKETS } from "../data/markets";
import { milestoneTargets } from "../data/milestones";
import { GRID_COST_PER_GW, SOLAR_CAPACITY_FACTOR, TURBINES, TURBINE_MAKERS } from "../data/power";
import type { NodeId } from "../data/nodes";
import type { SiteId } from "../data/sites";
import { shellCostOf } from "../model/fab-plan";
import { standingPurchase } from "../model/standing-purchase";
import type { Fab, GameState, LimitingFactor } from "../model/types";
import { MAX_POWER_ORDER_GW, type Order } from "../protocol/order";
import { launchCost } from "../rules/launch-cost";
import { KACCEL_PER_LAUNCH, solarCostPerGW, turbineReadyMonth, warehouseCommitted } from "../rules/orders/power";
import { staffWanted } from "../rules/staff-posts";
import { add, fabsLackingTools, newPlan, type Plan } from "./plan";
import { ATTACK_MONTHS, BACKLOG_MONTHS, POWER_LEAD_MONTHS, diesGap, gridQueued, lacksOf, powerNeededGW, stacksGap, wafersFor } from "./sizing";
import { gridReleaseFor } from "../rules/orders/power";

export interface Attack {
  factor: LimitingFactor;
  orders: Order[];
  /** Money the orders commit now, $M. */
  spent: number;
  /** The plan it was worked out on (what it learnt of the state can be reused the same month). */
  plan: Plan;
}

/** Cash kept back from an attack: a quarter of salaries and running costs. tuned */
export const ATTACK_RESERVE = 3000;


function building(state: GameState, id: FactionId): Fab[] {
  return state.fabs.filter((f) => f.owner === id && (f.stage === "permitting" || f.stage === "shell" || f.stage === "install"));
}

/** Tool kits for the faction's fabs that still lack orders, soonest fab first. */
function orderTools(plan: Plan): boolean {
  let any = false;
  for (const fab of fabsLackingTools(plan)) {
    any = add(plan, { type: "orderToolKit", fabId: fab.id }, shellCostOf(fab.node, fab.capacity) * 0.5) || any;
  }
  return any;
}

function attackPower(plan: Plan): void {
  const { state, id } = plan;
  const f = state.factions[id];
  let need = powerNeededGW(state, id);
  // Chips that cannot be switched on are money that cannot build power: stop buying more inputs while they pile up.
  if (f.warehouse > ATTACK_MONTHS * Math.max(f.flows.acceleratorsMade, 1)) {
    for (const good of ["wafer", "hbm"] as const) {
      const p = standingPurchase(f, good);
      if (p && p.perMonth >= 1) add(plan, { type: "setProcurement", good, perMonth: Math.round(p.perMonth * 0.5), maxPrice: p.maxPrice });
    }
  }
  // Tesla first uses what is immediate: cars and robots, then rockets (each carries its own power).
  if (f.edgeUnitsPerMonth > 0) {
    const units = Math.floor(Math.min(f.edgeUnitsPerMonth - f.edgePending, f.warehouse - warehouseCommitted(state, id)));
    if (units >= 1) add(plan, { type: "deployEdge", units });
  }
  if (f.launchCadence >= 1) {
    const edge = plan.orders.find((o) => o.type === "deployEdge");
    const stock = f.warehouse - warehouseCommitted(state, id) - (edge?.type === "deployEdge" ? edge.units : 0);
    const count = Math.min(Math.floor(f.launchCadence) - f.launchesThisMonth, Math.floor(stock / KACCEL_PER_LAUNCH));
    if (count >= 1 && add(plan, { type: "launch", count }, count * launchCost(f))) need = Math.max(0, need - count * KACCEL_PER_LAUNCH * GW_PER_KACCEL);
  }
  if (need < 0.05) return;
  const region = FACTIONS[id].homeRegion;
  // The grid for what its queue can deliver within a year; solar (built within about a year) for the rest.
  const gridRoom = gridReleaseFor(state, region) * POWER_LEAD_MONTHS - gridQueued(state, region);
  if (gridRoom >= 0.1) {
    // Sized to the cash at hand, like solar: an order the budget cannot take whole would otherwise be dropped whole.
    const gw = Math.floor(Math.min(need, gridRoom, MAX_POWER_ORDER_GW, Math.max(0, plan.budget) / GRID_COST_PER_GW) * 10) / 10;
    if (gw >= 0.1 && add(plan, { type: "buildPower", source: "grid", region, gw }, gw * GRID_COST_PER_GW)) need -= gw;
    if (need < 0.05) return;
  }
  const perGW = solarCostPerGW(state, region);
  const affordable = Math.max(0, plan.budget) / perGW;
  const nameplate = Number(Math.min(need / SOLAR_CAPACITY_FACTOR, affordable, MAX_POWER_ORDER_GW).toFixed(1));
  if (nameplate >= 0.1) add(plan, { type: "buildPower", source: "solar", region, gw: nameplate }, nameplate * perGW);
  // Turbines for the long run, from the maker with the shortest queue.
  const maker = [...TURBINE_MAKERS].sort((a, b) => turbineReadyMonth(state, a, 1) - turbineReadyMonth(state, b, 1))[0];
  const gw = Number(Math.min(need, 2).toFixed(1));
  if (gw >= 0.1) add(plan, { type: "orderTurbines", maker, gw }, gw * TURBINES[maker].cost);
}

/** The faction's own logic fab: found one when it has none, give it tools, expand a running one. */
function ownFab(plan: Plan, kind: "logic" | "dram"): void {
  const { state, id } = plan;
  const mine = state.fabs.filter((f) => f.owner === id && f.kind === kind);
  if (orderTools(plan)) return;
  // China builds 7 nm-class by DUV until its own EUV arrives, then 3 nm-class.
  const chinaNode: NodeId = state.factions.china.milestones["domestic-euv"] !== null ? "N3" : "N7";
  const node: NodeId = kind === "dram" ? "D1c" : id === "china" ? chinaNode : "N2";
  const site: SiteId = id === "china" ? "china" : id === "tesla" ? "texas" : id === "tsmc" ? (mine.length % 3 === 0 ? "arizona" : "taiwan") : kind === "dram" ? "korea" : "texas";
  const capacity = kind === "dram" ? 60 : id === "china" ? 20 : 40;
  // Keep two fabs of this kind in the five-year pipeline.
  if (mine.filter((f) => f.stage !== "ramp" && f.stage !== "volume").length < 2 && building(state, id).length < 3) {
    // Grow the node that matters most: the leading edge (N2 for TSMC), else the best-yielding fab.
    const running = mine.filter((f) => (f.stage === "ramp" || f.stage === "volume") && (kind === "dram" || id === "china" || f.node === node)).sort((a, b) => b.yield - a.yield)[0];
    if (running && add(plan, { type: "expandFab", fabId: running.id, capacity: Math.round(capacity * 0.75) }, shellCostOf(running.node, capacity) * 0.3)) return;
    add(plan, { type: "buildFab", site, node, capacity }, shellCostOf(node, capacity) * 0.4);
  }
}

/** China's logic and tools have one root: EUV it cannot buy. Fund its own lithography and DUV multi-patterning. */
function chinaLithography(plan: Plan): void {
  const f = plan.state.factions[plan.id];
  if (plan.id !== "china") return;
  if (f.research["domestic-euv"].level < 1) add(plan, { type: "fundResearch", program: "domestic-euv", amount: 400 }, 400);
  if (f.research.multipatterning.level < 3) add(plan, { type: "fundResearch", program: "multipatterning", amount: 150 }, 150);
  // The chips it can make meanwhile: 7 nm-class by DUV (3 nm-class once its EUV works).
  const logicFabs = plan.state.fabs.filter((x) => x.owner === "china" && x.kind === "logic");
  const n7 = logicFabs.filter((x) => x.node === "N7").reduce((s, x) => s + x.capacity, 0);
  const euvReady = f.milestones["domestic-euv"] !== null;
  if (n7 < milestoneTargets(plan.state.options.months).chinaDuv7K || (euvReady && !logicFabs.some((x) => x.node === "N3" && !x.multipatterning))) ownFab(plan, "logic");
}

/** Samsung's HBM is held back by qualification: the big buyers reject much of it until then. */
function samsungQualification(plan: Plan): void {
  if (plan.id !== "samsung") return;
  const f = plan.state.factions.samsung;
  if (f.research["hbm-qualification"].level < 1) add(plan, { type: "fundResearch", program: "hbm-qualification", amount: 250 }, 250);
  // Qualified: its DRAM lines can win HBM share, a little more each month.
  else if (f.hbmShare < FACTIONS.samsung.hbmShareMax - 0.005) add(plan, { type: "setHbmShare", share: Number(Math.min(FACTIONS.samsung.hbmShareMax, f.hbmShare + 0.01).toFixed(3)) });
}

function attackLogic(plan: Plan): void {
  const { state, id } = plan;
  const f = state.factions[id];
  chinaLithography(plan);
  const gap = diesGap(state, id);
  const wafer = state.markets.wafer.price;
  // The standing spot purchase only: a supply deal runs to its end whatever is ordered here.
  const current = standingPurchase(f, "wafer")?.perMonth ?? 0;
  // Paid month by month: as much as the free cash buys in a month.
  const perMonth = Math.round(Math.min(current + wafersFor(gap), Math.max(0, plan.budget) / (wafer * MARKETS.wafer.moneyPerUnitPerPrice)));
  const ceiling = Math.round(MARKETS.wafer.basePrice * MARKETS.wafer.cap);
  if (perMonth > current) add(plan, { type: "setProcurement", good: "wafer", perMonth, maxPrice: ceiling });
  if (id === "tesla") {
    const open = state.contracts.some((c) => c.buyer === id && c.good === "wafer" && c.status === "offered");
    // A contract for the lasting gap only (not the backlog), and for two years.
    const lasting = Math.max(0, diesGap(state, id) - Math.max(0, f.hbm / STACKS_PER_ACCELERATOR - f.logicWafers * DIES_PER_WAFER * f.logicWaferYield) / BACKLOG_MONTHS);
    const maker = waferMakerToAsk(state, id);
    if (!open && lasting > 0 && maker) add(plan, { type: "offerContract", to: maker, side: "buy", good: "wafer", perMonth: Math.max(1, Math.round(wafersFor(lasting))), price: Math.round(wafer * 1.1), months: 24 });
  }
  trimProcurement(plan, "hbm");
  ownFab(plan, "logic");
}

/** The maker a buyer asks for a wafer contract: TSMC, unless it declined the buyer's offer or let it
 *  lapse (a year's contracts are kept), then Samsung on the same terms; nobody when both have. Asking
 *  TSMC over and over left a buyer whose TSMC never answers (a player away, or one that will not
 *  sell) without a contract all match. */
function waferMakerToAsk(state: GameState, buyer: FactionId): FactionId | null {
  const refused = (seller: FactionId) => state.contracts.some((c) => c.buyer === buyer && c.seller === seller && c.offeredBy === buyer && c.good === "wafer" && (c.status === "declined" || c.status === "expired"));
  return WAFER_MAKERS.find((m) => !refused(m)) ?? null;
}
const WAFER_MAKERS: FactionId[] = ["tsmc", "samsung"];

/** Stop buying an input that piles up unused: a quarter's worth in stock is enough. */
function trimProcurement(plan: Plan, good: "wafer" | "hbm"): void {
  const { state, id } = plan;
  const f = state.factions[id];
  const p = standingPurchase(f, good);
  if (!p) return;
  const inStockAccel = good === "wafer" ? f.logicWafers * DIES_PER_WAFER * f.logicWaferYield : f.hbm / STACKS_PER_ACCELERATOR;
  if (inStockAccel < ATTACK_MONTHS * Math.max(f.flows.acceleratorsMade, 1)) return;
  add(plan, { type: "setProcurement", good, perMonth: Math.round(p.perMonth * 0.5), maxPrice: p.maxPrice });
}

/** Can this faction's stacking lines take more of its DRAM wafers (a memory attack's +5 % step)?
 *  The HUD's fallback form asks the same (client/src/tutorial/advice.ts). */
export function hbmShareHasRoom(share: number, id: FactionId): boolean {
  return share < FACTIONS[id].hbmShareMax - 0.01;
}

function attackMemory(plan: Plan): void {
  const { state, id } = plan;
  const f = state.factions[id];
  if (id === "samsung" && f.research["hbm-qualification"].level < 1) {
    add(plan, { type: "fundResearch", program: "hbm-qualification", amount: 250 }, 250);
  }
  if (id === "china" && f.hbmAcceptance < 1) add(plan, { type: "fundResearch", program: "hbm-qualification", amount: 150 }, 150);
  // China's DRAM has EUV layers too: without EUV it multi-patterns them, slowly and at poor yield.
  chinaLithography(plan);
  const hbm = state.markets.hbm.price;
  if (FACTIONS[id].deploys) {
    const gap = stacksGap(state, id);
    const current = standingPurchase(f, "hbm")?.perMonth ?? 0;
    const perMonth = Math.round(Math.min(current + gap, Math.max(0, plan.budget) / (hbm * MARKETS.hbm.moneyPerUnitPerPrice)));
    const ceiling = Math.round(MARKETS.hbm.basePrice * MARKETS.hbm.cap);
    if (perMonth > current) add(plan, { type: "setProcurement", good: "hbm", perMonth, maxPrice: ceiling });
    const open = state.contracts.some((c) => c.buyer === id && c.good === "hbm" && c.status === "offered");
    if (id === "tesla" && !open && gap > 0) add(plan, { type: "offerContract", to: "samsung", side: "buy", good: "hbm", perMonth: Math.round(gap), price: Math.round(hbm * 1.1), months: 36 });
    trimProcurement(plan, "wafer");
  }
  if (hbmShareHasRoom(f.hbmShare, id) && state.fabs.some((x) => x.owner === id && x.kind === "dram")) {
    add(plan, { type: "setHbmShare", share: Number(Math.min(FACTIONS[id].hbmShareMax, f.hbmShare + 0.05).toFixed(3)) });
  }
  ownFab(plan, "dram");
}

/**
 * The factor's own orders come first, since the HUD's button is labelled with the first; Samsung's
 * standing qualification step follows them (under "Tools" a button that read "Fund HBM qualification"
 * named the wrong thing).
 */
function attackTools(plan: Plan): void {
  relieveTools(plan);
  samsungQualification(plan);
}

function relieveTools(plan: Plan): void {
  const { state, id } = plan;
  if (orderTools(plan)) return;
  if (id === "china") {
    chinaLithography(plan);
    add(plan, { type: "fundVendor", vendor: "domestic", amount: 1000 }, 1000);
    return;
  }
  // Every tool is on order: jump the EUV queue (the Jensen move), else fund ASML's expansion.
  const order = state.toolOrders.filter((o) => o.faction === id && o.line.endsWith(":euv") && o.prepaidSeq === null).sort((a, b) => a.placedMonth - b.placedMonth)[0];
  if (order && add(plan, { type: "prepay", orderId: order.id }, (order.quantity - order.delivered) * order.unitPrice * 0.2)) return;
  add(plan, { type: "fundVendor", vendor: "asml", amount: 2000 }, 2000);
}

function attackConstruction(plan: Plan): void {
  relieveConstruction(plan);
  samsungQualification(plan);
}

function relieveConstruction(plan: Plan): void {
  const { state, id } = plan;
  const underway = building(state, id);
  if (orderTools(plan)) return;
  const kind: "logic" | "dram" = id === "samsung" ? "dram" : "logic";
  if (underway.length < 2) {
    ownFab(plan, kind);
    return;
  }
  for (const fab of underway) if (!fab.overtime && fab.stage === "shell") add(plan, { type: "setOvertime", fabId: fab.id, on: true }, shellCostOf(fab.node, fab.capacity) * 0.1);
}

function attackCapital(plan: Plan): void {
  const { state, id } = plan;
  const room = creditLeft(state, id);
  const amount = Math.round(Math.min(room, 10000));
  if (amount >= 100) add(plan, { type: "borrow", amount });
}

export function hireOrder(state: GameState, id: FactionId): Order | null {
  const wanted = staffWanted(state, id);
  const pool = TALENT_POOL[FACTIONS[id].homeRegion];
  const e = Math.min(pool.engineers, wanted.engineers);
  const p = Math.min(pool.phds, wanted.phds);
  if (e < 0.05 && p < 0.05) return null;
  return { type: "hire", engineers: Number(e.toFixed(2)), phds: Number(p.toFixed(2)) };
}

function attackTalent(plan: Plan): void {
  const order = hireOrder(plan.state, plan.id);
  if (order) add(plan, order, 60);
}

/** The deployer that lacks most of a good this faction has left unsold, and how much it lacks. */
function buyerFor(state: GameState, seller: FactionId, good: "wafer" | "hbm"): { buyer: FactionId; need: number } | null {
  let best: { buyer: FactionId; need: number } | null = null;
  for (const buyer of FACTION_IDS) {
    if (buyer === seller || !FACTIONS[buyer].deploys || blockedSale(seller, buyer, good)) continue;
    const need = lacksOf(state, buyer, good);
    if (need > (best?.need ?? 0)) best = { buyer, need };
  }
  return best;
}

function attackDemand(plan: Plan): void {
  const { state, id } = plan;
  const f = state.factions[id];
  // Unqualified HBM is what buyers turn down first.
  samsungQualification(plan);
  // What is left unsold goes to the deployer short of it, as a contract sized to what it lacks
  // (an offer bigger than the buyer can use is one it declines).
  const open = (good: string) => state.contracts.some((c) => c.seller === id && c.good === good && c.status === "offered");
  const unsoldWafers = f.flows.wafersOffered - f.flows.wafersSold - f.flows.wafersResold;
  const waferBuyer = unsoldWafers > 0.5 && !open("wafer") ? buyerFor(state, id, "wafer") : null;
  if (waferBuyer) {
    const perMonth = Math.round(Math.min(unsoldWafers, waferBuyer.need));
    if (perMonth >= 1) add(plan, { type: "offerContract", to: waferBuyer.buyer, side: "sell", good: "wafer", perMonth, price: Math.round(state.markets.wafer.price * 0.95), months: 24 });
  }
  const unsoldHbm = f.flows.hbmOffered - f.flows.hbmSold;
  const hbmBuyer = unsoldHbm > 1 && !open("hbm") ? buyerFor(state, id, "hbm") : null;
  if (hbmBuyer) {
    const perMonth = Math.round(Math.min(unsoldHbm, hbmBuyer.need));
    if (perMonth >= 1) add(plan, { type: "offerContract", to: hbmBuyer.buyer, side: "sell", good: "hbm", perMonth, price: Math.round(state.markets.hbm.price * 0.95), months: 18 });
  }
  if (unsoldHbm > 1 && f.hbmShare > 0.06) add(plan, { type: "setHbmShare", share: Number(Math.max(0.05, f.hbmShare - 0.05).toFixed(3)) });
}

const ATTACKS: Partial<Record<LimitingFactor, (plan: Plan) => void>> = {
  power: attackPower, logic: attackLogic, memory: attackMemory, tools: attackTools,
  construction: attackConstruction, capital: attackCapital, talent: attackTalent, demand: attackDemand,
};

/** The orders that attack the faction's limiting factor now (empty when nothing binds or nothing is affordable). */
export function attackOrders(state: GameState, id: FactionId, factor: LimitingFactor = state.factions[id].limitingFactor, reserve = ATTACK_RESERVE): Attack {
  const plan = newPlan(state, id, reserve);
  const start = plan.budget;
  ATTACKS[factor]?.(plan);
  return { factor, orders: plan.orders, spent: start - plan.budget, plan };
}
