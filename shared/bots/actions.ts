// Moves a bot makes to relieve each limiting factor. The same orders a human gives.
import { FACTIONS } from "../data/factions";
import { LAUNCH_CADENCE_MAX, TURBINE_MAKERS } from "../data/power";
import { RESEARCH } from "../data/research";
import { shellCostOf } from "../model/fab-plan";
import { allowed, fabsLackingTools, type Plan } from "../advice/plan";
import type { Order } from "../protocol/order";
import { KACCEL_PER_LAUNCH, warehouseCommitted } from "../rules/orders/power";
import { launchCost } from "../rules/launch-cost";
import { PROMISABLE_SHARE, spareOutput } from "../model/spare-output";
import { give, myFabs, type BotContext } from "./context";
import { lacksOf } from "../advice/sizing";
import type { NodeId } from "../data/nodes";
import type { SiteId } from "../data/sites";

/** Tool kits for every fab under way that lacks them, whatever binds (the attack's plan already knows which). */
export function orderMissingTools(ctx: BotContext, attack: Plan): void {
  for (const fab of fabsLackingTools(attack)) {
    const order: Order = { type: "orderToolKit", fabId: fab.id };
    give(ctx, order, shellCostOf(fab.node, fab.capacity) * 2.3, () => allowed(attack, order));
  }
}

export function buildPower(ctx: BotContext, scale: number): void {
  const region = FACTIONS[ctx.id].homeRegion;
  const queued = ctx.state.power.filter((p) => p.owner === ctx.id && p.source === "grid").reduce((s, p) => s + p.gw, 0);
  if (queued < 1.5 * scale) give(ctx, { type: "buildPower", source: "grid", region, gw: 0.5 * scale }, 1300 * scale);
  give(ctx, { type: "buildPower", source: "solar", region, gw: 1.5 * scale }, 2200 * scale);
  const maker = TURBINE_MAKERS[ctx.state.month % 3];
  if (ctx.state.month % 4 === 0) give(ctx, { type: "orderTurbines", maker, gw: 1 * scale }, 2300 * scale);
}

export function useOrbitAndEdge(ctx: BotContext): void {
  const me = ctx.me;
  if (me.edgeUnitsPerMonth > 0) {
    const free = Math.min(me.edgeUnitsPerMonth - me.edgePending, me.warehouse - warehouseCommitted(ctx.state, ctx.id));
    if (free >= 1) give(ctx, { type: "deployEdge", units: Math.floor(free) });
  }
  if (me.launchCadence >= 1) {
    const stock = me.warehouse - warehouseCommitted(ctx.state, ctx.id) - me.edgeUnitsPerMonth;
    const count = Math.min(Math.floor(me.launchCadence) - me.launchesThisMonth, Math.floor(stock / KACCEL_PER_LAUNCH));
    if (count >= 1) give(ctx, { type: "launch", count }, count * launchCost(me));
  }
}

export function growLaunchCadence(ctx: BotContext, amount: number): void {
  if (ctx.me.launchCadence < LAUNCH_CADENCE_MAX) give(ctx, { type: "fundLaunches", amount }, amount);
}

export function fundResearch(ctx: BotContext, program: keyof typeof RESEARCH, share = 1): void {
  const r = RESEARCH[program];
  const amount = Math.round(r.maxPerMonth * share);
  if (amount > 0) give(ctx, { type: "fundResearch", program, amount }, amount);
}

export function startFab(ctx: BotContext, site: SiteId, node: NodeId, capacity: number): boolean {
  const cost = shellCostOf(node, capacity) * 0.1;
  // Keep enough for the shell and the tools that follow (~3x the deposit a year).
  return give(ctx, { type: "buildFab", site, node, capacity }, cost + shellCostOf(node, capacity) * 0.3);
}

export function expandBest(ctx: BotContext, kind: "logic" | "dram", capacity: number): boolean {
  const fab = myFabs(ctx).filter((f) => f.kind === kind && (f.stage === "ramp" || f.stage === "volume")).sort((a, b) => b.yield - a.yield)[0];
  if (!fab) return false;
  return give(ctx, { type: "expandFab", fabId: fab.id, capacity }, shellCostOf(fab.node, capacity) * 0.4);
}

export function prepayEuv(ctx: BotContext): void {
  const order = ctx.state.toolOrders.find((o) => o.faction === ctx.id && o.line.endsWith(":euv") && o.prepaidSeq === null);
  if (order) give(ctx, { type: "prepay", orderId: order.id }, (order.quantity - order.delivered) * order.unitPrice * 0.2);
}

/** Cash ($M) above which the hard bot pays for overtime on its shells. tuned */
const OVERTIME_CASH = 20_000;

/** With cash to spare (more than `above`), overtime on every shell under way: a quarter faster for
 *  half as much again, paid as the shell is built (so nothing is set aside now). */
export function overtimeShells(ctx: BotContext, above = OVERTIME_CASH): void {
  if (ctx.budget <= above) return;
  for (const fab of myFabs(ctx)) if (fab.stage === "shell" && !fab.overtime) give(ctx, { type: "setOvertime", fabId: fab.id, on: true });
}

function needOf(ctx: BotContext, good: string): number {
  return lacksOf(ctx.state, ctx.id, good) * 1.2;
}

export function acceptGoodOffers(ctx: BotContext): void {
  for (const c of ctx.state.contracts) {
    if (c.status !== "offered" || c.offeredBy === ctx.id || (c.buyer !== ctx.id && c.seller !== ctx.id)) continue;
    const market = ctx.state.markets[c.good].price;
    const selling = c.seller === ctx.id;
    // A seller promises only what it can make: a contract it would breach costs it penalties.
    // A buyer takes only what it can use: wafers or HBM it lacks.
    const fair = selling ? c.price >= market * 0.95 && c.perMonth <= PROMISABLE_SHARE * spareOutput(ctx.state, ctx.id, c.good) : c.price <= market * 1.05 && c.perMonth <= needOf(ctx, c.good);
    const order = fair ? { type: "acceptContract" as const, contractId: c.id } : { type: "declineContract" as const, contractId: c.id };
    give(ctx, order);
  }
}
