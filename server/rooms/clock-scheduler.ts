// The match host's time in the server: the room's own Colyseus clock (its timers stop with the room).
import type { Scheduler } from "../../shared/index";

interface RoomClock {
  setInterval(fn: () => void, ms: number): { clear(): void };
  setTimeout(fn: () => void, ms: number): { clear(): void };
}

export function clockScheduler(clock: RoomClock): Scheduler {
  return {
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
