// Every action a player (human or bot), a teacher or a replay can take: one zod union, one pipeline.
import { z } from "zod";
import { EVENT_IDS } from "../data/events";
import { FACTION_IDS } from "../data/factions";
import { GOODS, SUPPLY_DEAL_GOODS, SUPPLY_DEAL_MAX_MONTHS, SUPPLY_DEAL_MIN_MONTHS } from "../data/markets";
import { NODE_IDS } from "../data/nodes";
import { RESEARCH_IDS } from "../data/research";
import { REGION_IDS, SITE_IDS } from "../data/sites";
import { TOOL_LINE_IDS, VENDOR_IDS } from "../data/tools";
import { TURBINE_MAKERS } from "../data/power";

// The bounds of each order, named so the order panels' inputs use the schema's own numbers.
/** The most money one order may move, $M. */
export const MAX_ORDER_MONEY = 1_000_000;
/** The largest quantity of a good (or price) one order may name. */
export const MAX_ORDER_GOODS = 1_000_000;
/** A new fab's capacity, k wafers a month. */
export const FAB_CAPACITY = { min: 5, max: 150 } as const;
/** An expansion's capacity, k wafers a month. */
export const EXPANSION_CAPACITY = { min: 5, max: 100 } as const;
export const MAX_TOOLS_PER_ORDER = 500;
/** The largest power project one order may ask for, GW (the advice sizes its orders within it). */
export const MAX_POWER_ORDER_GW = 100;
export const MAX_TURBINE_ORDER_GW = 50;
export const MAX_LAUNCHES_PER_ORDER = 1000;
/** Edge units, thousands. */
export const MAX_EDGE_UNITS_PER_ORDER = 100_000;
/** Engineers (thousands) or PhDs (hundreds) one order may hire. */
export const MAX_HIRE_PER_ORDER = 50;
export const MAX_CONTRACT_MONTHS = 120;

const id = z.string().min(1).max(40);
const money = z.number().finite().positive().max(MAX_ORDER_MONEY);
const qty = (max: number) => z.number().finite().positive().max(max);
const price = z.number().finite().positive().max(MAX_ORDER_GOODS);

export const OrderSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("buildFab"), site: z.enum(SITE_IDS), node: z.enum(NODE_IDS), capacity: z.number().int().min(FAB_CAPACITY.min).max(FAB_CAPACITY.max), multipatterning: z.boolean().optional() }),
  z.object({ type: z.literal("expandFab"), fabId: id, capacity: z.number().int().min(EXPANSION_CAPACITY.min).max(EXPANSION_CAPACITY.max) }),
  z.object({ type: z.literal("setOvertime"), fabId: id, on: z.boolean() }),
  z.object({ type: z.literal("orderTools"), fabId: id, line: z.enum(TOOL_LINE_IDS as [string, ...string[]]), quantity: z.number().int().min(1).max(MAX_TOOLS_PER_ORDER) }),
  z.object({ type: z.literal("orderToolKit"), fabId: id }),
  z.object({ type: z.literal("prepay"), orderId: id }),
  // everyMonth (here, on fundCasting, fundLaunches, fundResearch and lobby): the same funding again
  // each month until stopped (stopFunding), or until its target can take no more.
  z.object({ type: z.literal("fundVendor"), vendor: z.enum(VENDOR_IDS), amount: money, everyMonth: z.boolean().optional() }),
  z.object({ type: z.literal("buildPower"), source: z.enum(["grid", "solar"]), region: z.enum(REGION_IDS), gw: qty(MAX_POWER_ORDER_GW) }),
  z.object({ type: z.literal("orderTurbines"), maker: z.enum(TURBINE_MAKERS), gw: qty(MAX_TURBINE_ORDER_GW) }),
  z.object({ type: z.literal("fundCasting"), maker: z.enum(TURBINE_MAKERS), amount: money, everyMonth: z.boolean().optional() }),
  z.object({ type: z.literal("launch"), count: z.number().int().min(1).max(MAX_LAUNCHES_PER_ORDER) }),
  z.object({ type: z.literal("fundLaunches"), amount: money, everyMonth: z.boolean().optional() }),
  z.object({ type: z.literal("deployEdge"), units: qty(MAX_EDGE_UNITS_PER_ORDER) }),
  z.object({ type: z.literal("fundResearch"), program: z.enum(RESEARCH_IDS), amount: money, everyMonth: z.boolean().optional() }),
  z.object({ type: z.literal("poach"), from: z.enum(FACTION_IDS), engineers: z.number().finite().min(0).max(MAX_HIRE_PER_ORDER), phds: z.number().finite().min(0).max(MAX_HIRE_PER_ORDER) }),
  z.object({ type: z.literal("hire"), engineers: z.number().finite().min(0).max(MAX_HIRE_PER_ORDER), phds: z.number().finite().min(0).max(MAX_HIRE_PER_ORDER) }),
  z.object({ type: z.literal("borrow"), amount: money }),
  z.object({ type: z.literal("repay"), amount: money }),
  z.object({ type: z.literal("spotTrade"), good: z.enum(GOODS), side: z.enum(["buy", "sell"]), quantity: qty(MAX_ORDER_GOODS), limitPrice: price.optional() }),
  z.object({ type: z.literal("supplyDeal"), good: z.enum(SUPPLY_DEAL_GOODS), perMonth: qty(MAX_ORDER_GOODS), months: z.number().int().min(SUPPLY_DEAL_MIN_MONTHS).max(SUPPLY_DEAL_MAX_MONTHS) }),
  z.object({ type: z.literal("setProcurement"), good: z.enum(GOODS), perMonth: z.number().finite().min(0).max(MAX_ORDER_GOODS), maxPrice: price }),
  z.object({ type: z.literal("setHbmShare"), share: z.number().finite().min(0).max(1) }),
  z.object({ type: z.literal("offerContract"), to: z.enum(FACTION_IDS), side: z.enum(["sell", "buy"]), good: z.enum(GOODS), perMonth: qty(MAX_ORDER_GOODS), price, months: z.number().int().min(1).max(MAX_CONTRACT_MONTHS) }),
  z.object({ type: z.literal("acceptContract"), contractId: id }),
  z.object({ type: z.literal("declineContract"), contractId: id }),
  z.object({ type: z.literal("cancelContract"), contractId: id }),
  z.object({ type: z.literal("breakContract"), contractId: id }),
  // China's counter-control: on curbs its solar exports (data/counter-controls.ts), off lifts the curb.
  z.object({ type: z.literal("curbSolarExports"), on: z.boolean() }),
  z.object({ type: z.literal("lobby"), direction: z.enum(["tighten", "loosen"]), amount: money, everyMonth: z.boolean().optional() }),
  // Ends a monthly funding: a programme's (program), the lobbying, a tool maker's (vendor), a
  // caster's (maker), or the launches'.
  z.object({ type: z.literal("stopFunding"), of: z.enum(["fundResearch", "lobby", "fundVendor", "fundCasting", "fundLaunches"]), program: z.enum(RESEARCH_IDS).optional(), vendor: z.enum(VENDOR_IDS).optional(), maker: z.enum(TURBINE_MAKERS).optional() }),
  z.object({ type: z.literal("injectEvent"), eventId: z.enum(EVENT_IDS) }),
]);
export type Order = z.infer<typeof OrderSchema>;
export type OrderType = Order["type"];
export const ORDER_TYPES = OrderSchema.options.map((o) => o.shape.type.value) as OrderType[];

/** Who gave an order: a faction's seat, or the teacher (classroom commands). */
export const IssuerSchema = z.union([z.enum(FACTION_IDS), z.literal("teacher")]);
export type Issuer = z.infer<typeof IssuerSchema>;

export interface IssuedOrder {
  issuer: Issuer;
  order: Order;
}

/** A replay: options and every accepted-for-processing order with the month it was applied in.
 *  `version` is the format; `engineVersion` the rules that recorded it (shared/sim/engine-version.ts). */
export const ReplaySchema = z.object({
  version: z.literal(1),
  engineVersion: z.number().int().min(1),
  options: z.object({ seed: z.number().int(), months: z.number().int(), events: z.boolean(), difficulty: z.string() }),
  /** `by`: in a class, the student who gave the order (seats can be shared). */
  orders: z.array(z.object({
    month: z.number().int().min(0), issuer: IssuerSchema, order: z.unknown(), by: z.string().max(40).optional(),
    /** A bot's order: why it gave it (an i18n key and its parameters). */
    reason: z.object({ key: z.string().max(80), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }).optional(),
  })),
  stateHash: z.string().optional(),
});
export type Replay = z.infer<typeof ReplaySchema>;
