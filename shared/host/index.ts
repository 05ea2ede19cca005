// A match without a transport: the host the server's room, the offline page and the tests drive.
export { MatchHost, MAX_QUEUED_PER_MONTH, type HostListener, type HostOptions, type HostSnapshot, type MonthStepped, type MonthRefusal, type QueuedOrder, type ReplayOrder, type DeckDraw, type OrderSender } from "./match-host";
export { SPEEDS, SPEED_MS, type ClockChange, type ClockHand, type ClockSetting, type ClockStatus, type Speed } from "./match-clock";
export { FakeScheduler } from "./fake-scheduler";
export type { Cancel, Scheduler } from "./scheduler";
