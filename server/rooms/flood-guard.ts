// Per-connection frame budget: a leaky bucket that every WebSocket frame fills by one,
// decodable or not, whatever room it is meant for, and that drains at FLOOD_RATE a second.
// Above the refuse level messages are refused; above the kick level the connection is
// closed (4290). One allowed message does not reset anything, so a flood is caught however
// it is paced: anything sustained above the rate fills the bucket in the end.
import { FRAME_KICK_LEVEL, FRAME_RATE, FRAME_REFUSE_LEVEL } from "../security/limits";

/** Messages a second a client may send, sustained. */
export const FLOOD_RATE = FRAME_RATE;
/** Backlog above which messages are refused (a burst of this many is fine). */
export const FLOOD_BURST = FRAME_REFUSE_LEVEL;
/** WebSocket close code for a client disconnected for flooding. */
export const CLOSE_FLOOD = 4290;

export class FloodGuard {
  private level = 0;
  private last: number;

  constructor(
    private readonly rate = FLOOD_RATE,
    private readonly now: () => number = () => performance.now(),
    private readonly refuseLevel = FRAME_REFUSE_LEVEL * Math.max(1, rate / FRAME_RATE),
    private readonly kickLevel = FRAME_KICK_LEVEL * Math.max(1, rate / FRAME_RATE),
  ) {
    this.last = now();
  }

  private drain(): void {
    const t = this.now();
    this.level = Math.max(0, this.level - ((t - this.last) / 1000) * this.rate);
    this.last = t;
  }

  /** One frame arrived: "ok", "refuse" (over the burst) or "kick" (a sustained flood). */
  take(): "ok" | "refuse" | "kick" {
    this.drain();
    this.level += 1;
    if (this.level > this.kickLevel) return "kick";
    return this.level > this.refuseLevel ? "refuse" : "ok";
  }

  /** Where the bucket stands now, without adding a frame (the room asks this per message). */
  peek(): "ok" | "refuse" | "kick" {
    this.drain();
    if (this.level > this.kickLevel) return "kick";
    return this.level > this.refuseLevel ? "refuse" : "ok";
  }
}
