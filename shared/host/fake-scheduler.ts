// Virtual time for tests: nothing happens until advance() says time passed, then the timers that
// fall due run in time order (ties in the order they were set), deterministically.
import type { Cancel, Scheduler } from "./scheduler";

interface Timer {
  id: number;
  due: number;
  /** Repeats every `period` ms (0: runs once). */
  period: number;
  fn: () => void;
}

export class FakeScheduler implements Scheduler {
  private timers: Timer[] = [];
  private nextId = 1;
  private time = 0;

  /** Virtual milliseconds since this clock was made. */
  get now(): number {
    return this.time;
  }

  /** Timers still waiting (a test can see that a stopped clock really stopped). */
  get pending(): number {
    return this.timers.length;
  }

  every(ms: number, fn: () => void): Cancel {
    return this.add(ms, Math.max(1, ms), fn);
  }

  after(ms: number, fn: () => void): Cancel {
    return this.add(ms, 0, fn);
  }

  /** Lets `ms` of virtual time pass, running every timer due on the way (timers set meanwhile too). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = this.earliest();
      if (!next || next.due > end) break;
      this.time = next.due;
      if (next.period > 0) next.due += next.period;
      else this.timers = this.timers.filter((t) => t !== next);
      next.fn();
    }
    this.time = end;
  }

  private add(ms: number, period: number, fn: () => void): Cancel {
    const timer: Timer = { id: this.nextId++, due: this.time + Math.max(0, ms), period, fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  private earliest(): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.timers) if (!best || t.due < best.due || (t.due === best.due && t.id < best.id)) best = t;
    return best;
  }
}
