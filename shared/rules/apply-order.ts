// The one order pipeline: parse (zod) → check (rules) → commit. Humans, bots,
// teachers and replays all come through here; a refusal changes nothing.
import type { GameState } from "../model/types";
import { IssuerSchema, OrderSchema, type Issuer, type Order } from "../protocol/order";
import { refuse, type Refusal } from "../protocol/refusal";
import { contractHandlers } from "./orders/contracts";
import { counterControlHandlers } from "./orders/counter-controls";
import { fabHandlers } from "./orders/fabs";
import { financeHandlers } from "./orders/finance";
import { monthlyFundingHandlers } from "./orders/monthly-funding";
import { isPlan, type Handler, type HandlerTable, type Plan } from "./orders/handler";
import { powerHandlers } from "./orders/power";
import { teacherHandlers } from "./orders/teacher";
import { toolHandlers } from "./orders/tools";
import { tradeHandlers } from "./orders/trade";
import { whoMayRefusal } from "./orders/who-may";
import type { OrderPreview } from "../protocol/preview";

const HANDLERS: HandlerTable = { ...fabHandlers, ...toolHandlers, ...powerHandlers, ...financeHandlers, ...counterControlHandlers, ...monthlyFundingHandlers, ...tradeHandlers, ...contractHandlers, ...teacherHandlers };

export type ParseResult = { ok: true; issuer: Issuer; order: Order } | { ok: false; refusal: Refusal };

/** Validate the shape of an untrusted order (from a socket, a file, a fuzzer). */
export function parseOrder(issuer: unknown, order: unknown): ParseResult {
  const who = IssuerSchema.safeParse(issuer);
  if (!who.success) return { ok: false, refusal: refuse("not-your-faction", "refusal.unknownIssuer") };
  const parsed = OrderSchema.safeParse(order);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, refusal: refuse("malformed", "refusal.malformed", { field: issue?.path.join(".") || "type", detail: issue?.message ?? "" }) };
  }
  return { ok: true, issuer: who.data, order: parsed.data };
}

function plan(state: GameState, issuer: Issuer, order: Order): Refusal | Plan {
  if (state.status !== "running") return refuse("match-over", "refusal.matchOver");
  const handler = HANDLERS[order.type] as Handler<typeof order.type> | undefined;
  if (!handler) return refuse("malformed", "refusal.unknownOrder", { type: order.type });
  const notYours = whoMayRefusal(order.type, issuer);
  if (notYours) return notYours;
  return handler(state, issuer as never, order as never);
}

/** Would this order be accepted now? Never changes the state. */
export function checkOrder(state: GameState, issuer: unknown, order: unknown): Refusal | null {
  const parsed = parseOrder(issuer, order);
  if (!parsed.ok) return parsed.refusal;
  const result = plan(state, parsed.issuer, parsed.order);
  return isPlan(result) ? null : result;
}

/** The dry run of an untrusted order: what it would cost and do, or why it would be refused.
 *  The same parse and the same handler as applyOrder, without the commit. */
export function previewOrder(state: GameState, issuer: unknown, order: unknown): OrderPreview {
  const parsed = parseOrder(issuer, order);
  if (!parsed.ok) return { ok: false, refusal: parsed.refusal };
  const result = plan(state, parsed.issuer, parsed.order);
  return isPlan(result) ? { ok: true, cost: result.cost, effects: result.effects } : { ok: false, refusal: result };
}

/** For bots, whose orders are typed already: the rules without the zod parse. */
export function checkTypedOrder(state: GameState, issuer: Issuer, order: Order): Refusal | null {
  const result = plan(state, issuer, order);
  return isPlan(result) ? null : result;
}

/** Apply an order built by the engine's own typed code (the simulator's bots): the rules and the
 *  commit without the zod parse, which guards untrusted input. Tests hold every bot order to the schema. */
export function applyTypedOrder(state: GameState, issuer: Issuer, order: Order): Refusal | null {
  const result = plan(state, issuer, order);
  if (!isPlan(result)) return result;
  result.commit();
  return null;
}

/** Apply an order to a working state (inside step). Returns the refusal, or null when applied. */
export function applyOrder(state: GameState, issuer: unknown, order: unknown): Refusal | null {
  const parsed = parseOrder(issuer, order);
  if (!parsed.ok) return parsed.refusal;
  const result = plan(state, parsed.issuer, parsed.order);
  if (!isPlan(result)) return result;
  result.commit();
  return null;
}
