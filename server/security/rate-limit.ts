// A token bucket per key (an address): `burst` at once, refilled at `perSecond`.
// Idle keys are forgotten, so a scan from many addresses cannot grow memory without bound.
import type { RateRule } from "./limits";

export interface Verdict {
  ok: boolean;
  /** Seconds until one more request would be allowed (for Retry-After). */
  retryAfter: number;
}

const MAX_KEYS = 100_000;

export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rule: RateRule,
    private readonly now: () => number = () => performance.now(),
  ) {}

  private bucket(key: string) {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= MAX_KEYS) this.sweep(t);
      b = { tokens: this.rule.burst, at: t };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.rule.burst, b.tokens + ((t - b.at) / 1000) * this.rule.perSecond);
    b.at = t;
    return b;
  }

  /** Spend one token: ok, or refused with the wait. */
  take(key: string): Verdict {
    const b = this.bucket(key);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true, retryAfter: 0 };
    }
    return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - b.tokens) / this.rule.perSecond)) };
  }

  /** Would a request be allowed now (spends nothing)? For counters that only charge failures. */
  peek(key: string): Verdict {
    const b = this.bucket(key);
    return b.tokens >= 1 ? { ok: true, retryAfter: 0 } : { ok: false, retryAfter: Math.max(1, Math.ceil((1 - b.tokens) / this.rule.perSecond)) };
  }

  private sweep(t: number): void {
    for (const [key, b] of this.buckets) {
      const full = b.tokens + ((t - b.at) / 1000) * this.rule.perSecond >= this.rule.burst;
      if (full) this.buckets.delete(key);
    }
    // Still full of live keys: drop the oldest half rather than grow.
    if (this.buckets.size >= MAX_KEYS) {
      let n = 0;
      for (const key of this.buckets.keys()) {
        if (n++ > MAX_KEYS / 2) break;
        this.buckets.delete(key);
      }
    }
  }
}
