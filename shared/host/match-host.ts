// One running match without any transport: the engine state, the orders waiting for the next
// month (with a cap per seat), which seats a bot plays, the replay log, and the clock. The
// server's room, the offline page and the classroom drive it through these methods and hear back
// through the listener; time comes from an injected Scheduler.
import { FACTION_IDS, type FactionId } from "../data";
import { botDecisions, type BotReason } from "../bots";
import type { EventId } from "../data/events";
import type { GameEvent, GameState } from "../model/types";
import type { Difficulty } from "../protocol/options";
import type { IssuedOrder, Replay } from "../protocol/order";
import { deckEventOf } from "../protocol/events";
import { refuse, type Refusal } from "../protocol/refusal";
import { checkOrder, parseOrder } from "../rules/apply-order";
import { stateHash } from "../rules/state-hash";
import { step, stepInPlace } from "../rules/step";
import { ENGINE_VERSION } from "../sim/engine-version";
import { recordOf, type MatchRecord } from "../sim/run-match";
import { MatchClock, type ClockChange, type ClockHand, type ClockSetting, type ClockStatus, type Speed } from "./match-clock";
import type { Scheduler } from "./scheduler";
import type { ClockBy } from "../protocol/messages";

/** Orders one seat may queue for a single month. */
export const MAX_QUEUED_PER_MONTH = 60;

export type ReplayOrder = Replay["orders"][number];
/** A deck card drawn, for the match record. */
export interface DeckDraw { month: number; id: string }
/** The state at the start of a month with the cards drawn so far (a journal snapshot). */
export interface HostSnapshot { state: GameState; deck: DeckDraw[] }
/** Who gave an order: a connection (refusals go back to it) and the name the replay keeps. */
export interface OrderSender { by?: string; name?: string }
/** An order waiting for the next month, with who gave it. */
export type QueuedOrder = IssuedOrder & OrderSender & { reason?: BotReason };
/** An order the engine refused during a month; `by` is the connection that sent it. */
export interface MonthRefusal { issuer: unknown; order: unknown; refusal: Refusal; by?: string }

export interface MonthStepped {
  /** The month just played. */
  month: number;
  events: GameEvent[];
  refusals: MonthRefusal[];
}

export interface HostListener {
  /** A month's orders are in the replay log and the engine is about to play it (every `snapshotEvery` months with its starting state). */
  recorded?(month: number, orders: ReplayOrder[], snapshot?: HostSnapshot): void;
  stepped?(month: MonthStepped): void;
  clock?(change: ClockChange): void;
  /** A month threw (a bug): the clock is held, paused by the server, until someone resumes it. */
  failed?(error: unknown): void;
}

export interface HostOptions {
  game: GameState;
  difficulty: Difficulty;
  scheduler: Scheduler;
  clock: ClockSetting;
  listener?: HostListener;
  /** Months between snapshots handed to `recorded` (0 or absent: none). */
  snapshotEvery?: number;
  /** Cards drawn before `game` (a snapshot's). */
  deck?: DeckDraw[];
}

export class MatchHost {
  private state: GameState;
  private queue: QueuedOrder[] = [];
  private readonly log: ReplayOrder[] = [];
  private readonly deck: DeckDraw[];
  private readonly bots = new Set<FactionId>(FACTION_IDS);
  private readonly clock: MatchClock;
  private readonly listener: HostListener;

  constructor(private readonly options: HostOptions) {
    this.state = options.game;
    this.deck = [...(options.deck ?? [])];
    this.listener = options.listener ?? {};
    this.clock = new MatchClock(options.scheduler, () => this.tick(), (change) => this.listener.clock?.(change), options.clock);
  }

  // ——— what it is ———

  get game(): GameState {
    return this.state;
  }
  get status(): ClockStatus {
    return this.clock.status;
  }
  get speed(): Speed {
    return this.clock.speed;
  }
  get pausesLeft(): number {
    return this.clock.pausesLeft;
  }
  get heldForClass(): boolean {
    return this.clock.heldForClass;
  }
  /** Is the next month due (the clock ticks)? */
  get ticking(): boolean {
    return this.clock.ticking;
  }
  clockSetting(): ClockSetting {
    return this.clock.saved();
  }

  /** Every order played so far, month by month, with who gave it. */
  get replayOrders(): readonly ReplayOrder[] {
    return this.log;
  }
  get deckDraws(): readonly DeckDraw[] {
    return this.deck;
  }
  /** Orders waiting for the next month. */
  get queued(): readonly QueuedOrder[] {
    return this.queue;
  }

  replay(): Replay {
    return { version: 1, engineVersion: ENGINE_VERSION, options: { ...this.state.options }, orders: this.log, stateHash: stateHash(this.state) };
  }
  record(): MatchRecord {
    return recordOf(this.state, this.deck);
  }

  // ——— seats ———

  /** The seats a bot plays from now on (nobody connected there); the others are the players'. */
  seatBots(factions: Iterable<FactionId>): void {
    this.bots.clear();
    for (const f of factions) this.bots.add(f);
  }
  isBot(faction: FactionId): boolean {
    return this.bots.has(faction);
  }

  // ——— orders ———

  /** Queues a player's order for the next month, or says why not (the validated order is queued, not the raw message). */
  submit(issuer: FactionId, message: unknown, from: OrderSender = {}): Refusal | null {
    if (this.status === "waiting") return refuse("not-allowed", "refusal.notStarted");
    if (this.status === "ended") return refuse("match-over", "refusal.matchOver");
    if (this.queue.filter((q) => q.issuer === issuer).length >= MAX_QUEUED_PER_MONTH) return refuse("limit-reached", "refusal.tooManyOrders", { max: MAX_QUEUED_PER_MONTH });
    const refusal = checkOrder(this.state, issuer, message);
    if (refusal) return refusal;
    const parsed = parseOrder(issuer, message);
    if (!parsed.ok) return parsed.refusal;
    this.queue.push({ issuer, order: parsed.order, ...from });
    return null;
  }

  /** The teacher's event travels the same pipeline as everyone's orders (played at the next month). */
  inject(eventId: EventId): boolean {
    if (this.status === "ended") return false;
    this.queue.push({ issuer: "teacher", order: { type: "injectEvent", eventId }, name: "teacher" });
    return true;
  }

  // ——— the clock ———

  start(): boolean {
    return this.clock.start();
  }
  pause(hand: ClockHand, by: ClockBy): Refusal | null {
    return this.clock.pause(hand, by);
  }
  resume(hand: ClockHand, by?: ClockBy): Refusal | null {
    return this.clock.resume(hand, by);
  }
  hold(): boolean {
    return this.clock.hold();
  }
  release(): boolean {
    return this.clock.release();
  }
  setSpeed(speed: Speed): void {
    this.clock.setSpeed(speed);
  }
  /** The clock stops without a word (a parked or detached match, a restart waiting for its players). */
  suspend(): void {
    this.clock.suspend();
  }
  wake(): void {
    this.clock.wake();
  }
  end(): boolean {
    return this.clock.end();
  }

  /** The clock's month: a month that throws would throw again at the next tick, so the clock holds instead. */
  private tick(): void {
    try {
      this.stepMonth();
    } catch (error) {
      this.listener.failed?.(error);
      this.clock.pause("server", "server");
    }
  }

  /** One month: the players' queued orders plus the bots', through the engine's one pipeline. */
  stepMonth(): void {
    if (this.status !== "running") return;
    const orders = this.queue;
    this.queue = [];
    for (const f of FACTION_IDS) {
      if (this.bots.has(f)) for (const d of botDecisions(this.state, f, this.options.difficulty)) orders.push({ issuer: f, order: d.order, reason: d.reason });
    }
    const month = this.state.month;
    const first = this.log.length;
    for (const o of orders) {
      const entry: ReplayOrder = { month, issuer: o.issuer, order: o.order };
      if (o.name) entry.by = o.name;
      if (o.reason) entry.reason = o.reason;
      this.log.push(entry);
    }
    // A snapshot is the state at the start of the month: step() leaves it unchanged (it copies).
    const every = this.options.snapshotEvery ?? 0;
    const snapshot = every > 0 && month > 0 && month % every === 0 ? { state: this.state, deck: [...this.deck] } : undefined;
    this.listener.recorded?.(month, this.log.slice(first), snapshot);
    // The month steps in place (no copy of the whole state) unless a snapshot keeps its starting state.
    const result = snapshot ? step(this.state, orders) : stepInPlace(this.state, orders);
    this.state = result.state;
    this.draw(result.events);
    this.listener.stepped?.({ month, events: result.events, refusals: result.refusals as MonthRefusal[] });
    if (this.state.status === "ended") this.clock.end();
  }

  /** Replays journaled months onto the state (those before a snapshot go to the replay log only). */
  catchUp(months: ReadonlyArray<{ month: number; orders: ReplayOrder[] }>): void {
    for (const row of months) {
      for (const o of row.orders) this.log.push(o);
      if (row.month < this.state.month) continue;
      if (row.month !== this.state.month) throw new Error(`the journal has month ${row.month} where the engine is at ${this.state.month}`);
      const result = stepInPlace(this.state, row.orders.map((o) => ({ issuer: o.issuer, order: o.order })));
      this.state = result.state;
      this.draw(result.events);
    }
  }

  private draw(events: GameEvent[]): void {
    for (const e of events) {
      const card = deckEventOf(e.id);
      if (card) this.deck.push({ month: e.month, id: card });
    }
  }
}
