// A match's clock, one state machine for every place that runs a match (the server's room, the
// offline page, the classroom's controls): waiting → running ⇄ paused → ended. A class hold is a
// pause of its own (the match ran ahead of the class), so a player cannot lift it; the teacher can.
import type { ClockBy } from "../protocol/messages";
import { refuse, type Refusal } from "../protocol/refusal";
import type { Cancel, Scheduler } from "./scheduler";

export type ClockStatus = "waiting" | "running" | "paused" | "ended";

export const SPEEDS = ["fast", "normal", "slow"] as const;
export type Speed = (typeof SPEEDS)[number];
/** Real milliseconds per game month. src: docs/design.md §2 (fast 2 s, normal 6 s, slow 10 s). */
export const SPEED_MS: Record<Speed, number> = { fast: 2000, normal: 6000, slow: 10000 };

/** Who asks: a seated player (their pauses may be counted), the teacher, or the server itself. */
export type ClockHand = "player" | "teacher" | "server";

export type ClockChange =
  | { kind: "started" }
  | { kind: "paused"; by: ClockBy }
  | { kind: "resumed"; by?: ClockBy }
  | { kind: "speed"; speed: Speed }
  | { kind: "ended" };

/** What a clock is, to keep and restore (the journal). */
export interface ClockSetting {
  status: ClockStatus;
  speed: Speed;
  /** Pauses players may still take (-1: no limit). */
  pausesLeft: number;
  /** Paused by the classroom because this match ran ahead ("keep matches in step"). */
  heldForClass: boolean;
  /** Ms a month from the server's configuration, until a speed command. */
  tickMs?: number;
}

export class MatchClock {
  private setting: ClockSetting;
  private ticker: Cancel | null = null;
  /** The ticker may not run (a restart waiting for its players, a parked or detached match), whatever the status. */
  private suspended = false;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly month: () => void,
    private readonly changed: (change: ClockChange) => void,
    setting: ClockSetting,
  ) {
    this.setting = { ...setting };
  }

  get status(): ClockStatus {
    return this.setting.status;
  }
  get speed(): Speed {
    return this.setting.speed;
  }
  get pausesLeft(): number {
    return this.setting.pausesLeft;
  }
  get heldForClass(): boolean {
    return this.setting.heldForClass;
  }
  get tickMs(): number | undefined {
    return this.setting.tickMs;
  }
  /** Is a month due at some point (the ticker runs)? */
  get ticking(): boolean {
    return this.ticker !== null;
  }

  /** The setting as it is now (for the journal). */
  saved(): ClockSetting {
    return { ...this.setting };
  }

  start(): boolean {
    if (this.status !== "waiting") return false;
    this.setting.status = "running";
    this.changed({ kind: "started" });
    this.schedule();
    return true;
  }

  pause(hand: ClockHand, by: ClockBy): Refusal | null {
    const s = this.setting;
    // A match held for the class to catch up becomes the teacher's pause.
    if (hand === "teacher" && s.status === "paused" && s.heldForClass) {
      s.heldForClass = false;
      this.changed({ kind: "paused", by });
      return null;
    }
    if (s.status !== "running") return refuse("wrong-stage", "refusal.notRunning");
    if (hand === "player") {
      if (s.pausesLeft === 0) return refuse("limit-reached", "refusal.noPausesLeft");
      if (s.pausesLeft > 0) s.pausesLeft -= 1;
    }
    this.stop("paused");
    this.changed({ kind: "paused", by });
    return null;
  }

  resume(hand: ClockHand, by?: ClockBy): Refusal | null {
    const s = this.setting;
    if (s.status !== "paused") return refuse("wrong-stage", "refusal.notPaused");
    // Only the teacher (or the class letting it go, release()) lifts a class hold.
    if (s.heldForClass && hand !== "teacher") return refuse("not-allowed", "refusal.heldForClass");
    s.heldForClass = false;
    s.status = "running";
    this.schedule();
    this.changed(by === undefined ? { kind: "resumed" } : { kind: "resumed", by });
    return null;
  }

  /** "Keep matches in step": this match is ahead of the class; it waits, orders still queue. */
  hold(): boolean {
    if (this.status !== "running") return false;
    this.stop("paused");
    this.setting.heldForClass = true;
    this.changed({ kind: "paused", by: "class" });
    return true;
  }

  release(): boolean {
    if (this.status !== "paused" || !this.heldForClass) return false;
    this.setting.heldForClass = false;
    this.setting.status = "running";
    this.schedule();
    this.changed({ kind: "resumed", by: "class" });
    return true;
  }

  /** A chosen speed replaces the server's test speed; a running clock takes it at once. */
  setSpeed(speed: Speed): void {
    this.setting.speed = speed;
    this.setting.tickMs = undefined;
    if (this.status === "running") this.schedule();
    this.changed({ kind: "speed", speed });
  }

  /** The ticker stops without a status change (nobody is told): until wake(). */
  suspend(): void {
    this.suspended = true;
    this.cancel();
  }

  /** Lifts suspend(); a running clock ticks again. (A restored clock ticks only once woken.) */
  wake(): void {
    this.suspended = false;
    if (this.status === "running") this.schedule();
  }

  end(): boolean {
    if (this.status === "ended") return false;
    this.stop("ended");
    this.changed({ kind: "ended" });
    return true;
  }

  private stop(status: "paused" | "ended"): void {
    this.setting.status = status;
    this.cancel();
  }

  private schedule(): void {
    this.cancel();
    if (this.suspended) return;
    const ms = this.setting.tickMs ?? SPEED_MS[this.setting.speed];
    this.ticker = this.scheduler.every(ms, () => this.month());
  }

  private cancel(): void {
    this.ticker?.();
    this.ticker = null;
  }
}
