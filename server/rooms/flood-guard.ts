// Per-client message budget: a token bucket refilled at 20 messages a second.
// Over budget → refused; far over (a sustained flood) → disconnected.

/** Messages a second a client may send, sustained, and the burst allowed. */
export const FLOOD_RATE = 20;
export const FLOOD_BURST = 40;
/** Refusals in a row after which the client is disconnected. */
export const FLOOD_STRIKES = 60;
/** WebSocket close code for a client disconnected for flooding. */
export const CLOSE_FLOOD = 4290;

export class FloodGuard {
  private tokens = FLOOD_BURST;
  private last: number;
  private strikes = 0;

  constructor(
    private readonly rate = FLOOD_RATE,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.last = now();
  }

  /** "ok" to handle the message, "refuse" to refuse it, "kick" to disconnect the sender. */
  take(): "ok" | "refuse" | "kick" {
    const t = this.now();
    this.tokens = Math.min(Math.max(FLOOD_BURST, this.rate * 2), this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.strikes = 0;
      return "ok";
    }
    this.strikes += 1;
    return this.strikes >= FLOOD_STRIKES ? "kick" : "refuse";
  }
}
