// The offline mode's clock: months every `ms` on setTimeout, one timer at a time, and a month that
// stops the clock stops it for good.
import { afterEach, describe, expect, it, vi } from "vitest";
import { timeoutScheduler } from "../../client/src/net/timeout-scheduler";

describe("timeoutScheduler", () => {
  afterEach(() => vi.useRealTimers());

  it("repeats every ms until cancelled, even from inside the callback", () => {
    vi.useFakeTimers();
    let runs = 0;
    const cancel = timeoutScheduler.every(100, () => {
      runs += 1;
      if (runs === 3) cancel();
    });
    vi.advanceTimersByTime(99);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("runs once after ms unless cancelled", () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    timeoutScheduler.after(50, () => ran.push("a"));
    const cancel = timeoutScheduler.after(60, () => ran.push("b"));
    cancel();
    vi.advanceTimersByTime(500);
    expect(ran).toEqual(["a"]);
  });
});
