// The match host's time in the server: the room's own Colyseus clock (its timers stop with the
// room, and a month that throws reaches onUncaughtException as "setInterval").
import type { Scheduler } from "../../shared/index";

interface RoomClock {
  setInterval(fn: () => void, ms: number): { clear(): void };
  setTimeout(fn: () => void, ms: number): { clear(): void };
}

export function clockScheduler(clock: RoomClock): Scheduler {
  return {
    // Looked up at each call: Colyseus wraps the clock's methods after the room is made.
    every: (ms, fn) => {
      const timer = clock.setInterval(fn, ms);
      return () => timer.clear();
    },
    after: (ms, fn) => {
      const timer = clock.setTimeout(fn, ms);
      return () => timer.clear();
    },
  };
}
