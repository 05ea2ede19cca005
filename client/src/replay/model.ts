// A stored match replayed in the browser: the engine steps from the options and seed through
// every recorded order, keeping the state of each month to scrub through.
import { FACTION_IDS, MatchOptionsSchema, createMatch, publicView, stateHash, step, type FactionId, type GameState, type Order } from "../../../shared/index";
import { apiBase } from "../net/endpoint";
import type { RoomView, WorldView } from "../net/view";

/** Why a bot gave an order, when the replay carries it: a text, or an i18n key with its numbers. */
export type Reason = string | { key: string; params?: Record<string, string | number> };

export interface ReplayOrder {
  /** The month it was given in (it takes effect as that month is played). */
  month: number;
  issuer: FactionId | "teacher";
  order: Order;
  /** In a class, the student who gave it. */
  by?: string;
  reason?: Reason;
  /** Given by a bot, when the replay says so. */
  bot?: boolean;
  /** The engine refused it when it was played: the refusal's i18n key and numbers. */
  refused?: { reason: string; params?: Record<string, string | number> };
}

export interface ReplayData {
  matchId: string;
  /** The last month there is a state for (the month the match ended in). */
  lastMonth: number;
  /** The last state's index: states[i] is the start of month i, and a match that ran its course
   *  has one more, the world after its last month was played (index lastMonth + 1). */
  lastIndex: number;
  months: number;
  winner: FactionId | null;
  /** states[m]: the world at the start of month m (before that month's orders are played). */
  states: GameState[];
  orders: ReplayOrder[];
  /** Orders by the month they were given in. */
  byMonth: ReplayOrder[][];
  /** Did the replay end on the state hash the server recorded? (null: none recorded) */
  hashMatches: boolean | null;
  /** Stopped before its last month (a teacher ended the class): the month it stopped in. */
  endedEarly: number | null;
  /** How long the engine took, ms. */
  computeMs: number;
}

/** A recorded entry, read defensively (fields added later may be missing). */
interface RawEntry { month?: unknown; issuer?: unknown; order?: { type?: unknown; reason?: unknown } | null; by?: unknown; reason?: unknown; why?: unknown; bot?: unknown; controller?: unknown }

function reasonOf(input: unknown): Reason | undefined {
  if (typeof input === "string" && input.trim() !== "") return input;
  const x = input as { key?: unknown; params?: unknown } | null | undefined;
  if (x && typeof x === "object" && typeof x.key === "string") return { key: x.key, params: x.params && typeof x.params === "object" ? (x.params as Record<string, string | number>) : undefined };
  return undefined;
}

/** The recorded orders, tolerant of fields added later (reasons, bots). */
function ordersOf(raw: unknown): ReplayOrder[] {
  const recorded = (raw as { orders?: unknown } | null | undefined)?.orders;
  const list: Array<RawEntry | null> = Array.isArray(recorded) ? recorded : [];
  const out: ReplayOrder[] = [];
  for (const e of list) {
    if (!e || typeof e !== "object" || typeof e.month !== "number" || e.month < 0) continue;
    if (!(FACTION_IDS as readonly unknown[]).includes(e.issuer) && e.issuer !== "teacher") continue;
    if (!e.order || typeof e.order !== "object" || typeof e.order.type !== "string") continue;
    const reason = reasonOf(e.reason ?? e.order.reason ?? e.why);
    out.push({
      month: Math.floor(e.month), issuer: e.issuer as ReplayOrder["issuer"], order: e.order as unknown as Order,
      ...(typeof e.by === "string" && e.by ? { by: e.by } : {}),
      ...(reason ? { reason } : {}),
      ...(e.bot === true || e.controller === "bot" ? { bot: true } : {}),
    });
  }
  // Stable: orders of one month keep the order they were recorded in (the engine applies them so).
  return out.map((o, i) => [o, i] as const).sort((a, b) => a[0].month - b[0].month || a[1] - b[1]).map(([o]) => o);
}

/** Play the whole match, keeping each month's state. Pure: same replay → same states. */
export function computeReplay(matchId: string, raw: unknown): ReplayData {
  const t0 = performance.now();
  const r = raw as { options?: unknown; orders?: unknown; stateHash?: unknown } | null | undefined;
  const options = MatchOptionsSchema.parse(r?.options ?? {});
  const orders = ordersOf(r);
  const states: GameState[] = [createMatch(options)];
  const byMonth: ReplayOrder[][] = [];
  const recorded = typeof r?.stateHash === "string" ? r.stateHash : null;
  const lastOrder = orders.length ? orders[orders.length - 1].month : 0;
  let hashMatches: boolean | null = recorded === null ? null : false;
  let endedEarly: number | null = null;
  let i = 0;
  // A match ends within its length; the bound only guards against a broken replay.
  for (let guard = 0; guard < 1000 && states[states.length - 1].status === "running"; guard++) {
    const state = states[states.length - 1];
    const m = state.month;
    // A match ended by its teacher stops where the recorded state is (after its last order).
    if (recorded !== null && m >= lastOrder && stateHash(state) === recorded) {
      hashMatches = true;
      endedEarly = m;
      break;
    }
    const batch: ReplayOrder[] = [];
    while (i < orders.length && orders[i].month <= m) {
      if (orders[i].month === m) batch.push(orders[i]);
      i++;
    }
    byMonth[m] = batch;
    const result = step(state, batch);
    // Refusals come back as copies of the entries; their order objects are the same.
    const refused = new Map(result.refusals.map((x) => [x.order, x.refusal]));
    for (const o of batch) {
      const why = refused.get(o.order);
      if (why) o.refused = { reason: why.reason, ...(why.params ? { params: why.params as Record<string, string | number> } : {}) };
    }
    states.push(result.state);
  }
  const last = states[states.length - 1];
  const lastMonth = last.month;
  for (let m = 0; m <= lastMonth; m++) byMonth[m] ??= [];
  if (endedEarly === null && recorded !== null) hashMatches = recorded === stateHash(last);
  return {
    matchId,
    lastMonth,
    lastIndex: states.length - 1,
    months: options.months,
    winner: last.winner,
    states,
    orders,
    byMonth,
    hashMatches,
    endedEarly,
    computeMs: performance.now() - t0,
  };
}

const views = new WeakMap<GameState, WorldView>();

/** The room around a replayed match: stopped on a month, every seat as the recorded orders show it. */
function replayRoom(data: ReplayData, state: GameState): RoomView {
  const seats = {} as RoomView["seats"];
  for (const id of FACTION_IDS) {
    const human = data.orders.find((o) => o.issuer === id && !o.bot);
    seats[id] = human ? { controller: "human", player: human.by ?? "" } : { controller: "bot", player: "" };
  }
  return {
    status: state.status === "ended" ? "ended" : "paused", speed: "normal", mode: "solo", code: "", difficulty: state.options.difficulty,
    pausesLeft: null, players: [], hostId: "", seats,
  };
}

/** The world as the map and HUD draw it, at the start of month m. */
export function viewAt(data: ReplayData, m: number): WorldView {
  const state = data.states[Math.max(0, Math.min(data.states.length - 1, m))];
  let v = views.get(state);
  if (!v) {
    v = { ...publicView(state, null), ...replayRoom(data, state) };
    views.set(state, v);
  }
  return v;
}

export type LoadError = "notFound" | "network" | "broken" | "version";

/** GET /api/matches/:id/replay, played in the page. */
export async function loadReplay(matchId: string): Promise<ReplayData | LoadError> {
  let raw: unknown;
  try {
    const res = await fetch(`${apiBase()}/api/matches/${encodeURIComponent(matchId)}/replay`);
    if (res.status === 404) return "notFound";
    // Recorded under other rules (the server refuses to hand out what this build cannot replay).
    if (res.status === 409) return "version";
    if (!res.ok) return "network";
    raw = await res.json();
  } catch {
    return "network";
  }
  try {
    return computeReplay(matchId, raw);
  } catch (err) {
    console.warn("replay failed", err);
    return "broken";
  }
}
