// Time for a match host, from outside: the server's room clock, the browser's setTimeout, or a
// fake clock in tests. The host never reads the time itself, so a test can drive its months.

/** Stops a timer; calling it twice does nothing. */
export type Cancel = () => void;

export interface Scheduler {
  /** Calls `fn` every `ms` until cancelled. */
  every(ms: number, fn: () => void): Cancel;
  /** Calls `fn` once after `ms`, unless cancelled first. */
  after(ms: number, fn: () => void): Cancel;
}
