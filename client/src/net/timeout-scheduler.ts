// The match host's time in the browser (offline mode): plain setTimeout, one timer at a time, so
// a month that runs long pushes the next one back instead of piling months up.
import type { Scheduler } from "../../../shared/index";

export const timeoutScheduler: Scheduler = {
  every(ms, fn) {
    let timer = setTimeout(function again() {
      // Set before the month runs, so a month that stops the clock cancels this one.
      timer = setTimeout(again, ms);
      fn();
    }, ms);
    return () => clearTimeout(timer);
  },
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};
