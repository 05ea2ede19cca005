// An SDK client that behaves like the browser's (client/src/net/colyseus-backend.ts): the SDK's own
// reconnection from the first second; when the server says it restarted (4012) or the SDK gives up,
// a fresh reconnection with the key it kept, through the matchmaker (whichever process runs the room).
import { Client, type Room } from "@colyseus/sdk";

export const CLOSE_RESUMED = 4012;

export function keepTrying(room: Room): Room {
  room.reconnection.minUptime = 0;
  room.reconnection.maxRetries = 4;
  room.reconnection.maxDelay = 1000;
  return room;
}

export class Seat {
  room!: Room;
  /** Fresh reconnections (after a restart) and the SDK's own ones. */
  rejoined = 0;
  reconnected = 0;
  restarting = 0;
  ended: { matchId: string; stateHash: string } | null = null;
  left: number | null = null;
  private listeners: Array<(room: Room) => void> = [];

  /** `urls`: where to try a fresh reconnection (behind nginx: one address; in tests: each process). */
  constructor(room: Room, private urls: () => string[]) {
    this.attach(room);
  }

  /** Registers handlers on this room and on every room that replaces it. */
  on(fn: (room: Room) => void): this {
    this.listeners.push(fn);
    fn(this.room);
    return this;
  }

  /** The room's state as the SDK gives it (untyped: the room's schema is not imported here). */
  get state() {
    return this.room.state;
  }

  month(): number {
    return Number(this.state?.month ?? -1);
  }

  status(): string {
    return String(this.state?.status ?? "");
  }

  private attach(room: Room): void {
    keepTrying(room);
    this.room = room;
    room.onMessage("*", () => {});
    room.onMessage("ended", (m: { matchId: string; stateHash: string }) => (this.ended = m));
    room.onMessage("serverRestarting", () => (this.restarting += 1));
    room.onReconnect(() => (this.reconnected += 1));
    room.onLeave((code: number) => {
      if (this.room !== room) return;
      if (code === CLOSE_RESUMED || code === 4003) void this.afresh(room.reconnectionToken);
      else this.left = code;
    });
    for (const fn of this.listeners) fn(room);
  }

  private async afresh(token: string): Promise<void> {
    // The old process may still be closing: give it a moment before asking the matchmaker.
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 120; i++) {
      for (const url of this.urls()) {
        try {
          const room = await new Client(url).reconnect(token);
          this.rejoined += 1;
          this.attach(room);
          return;
        } catch (err) {
          /* not there (yet) */
          if (process.env.TERRAFAB_DEBUG_SEAT) console.log("DBG", url, (err as Error)?.message);
        }
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    this.left = CLOSE_RESUMED;
  }
}
