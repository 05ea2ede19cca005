// An SDK client that behaves like the browser's (client/src/net/colyseus-backend.ts): the SDK's own
// reconnection from the first second; when the server says it restarted (4012) or the SDK gives up,
// a fresh reconnection with the key it kept, through the matchmaker (whichever process runs the room).
import { Client, type Room } from "@colyseus/sdk";

export const CLOSE_RESUMED = 4012;

/** Every room a test opened, and every seat: `closeAll` leaves them before the servers stop, so no
 *  SDK reconnection (and its console lines) outlives the test file. */
const openRooms = new Set<Room>();
const seats = new Set<Seat>();

/** Registers a room for `closeAll`. */
export function opened<T extends Room>(room: T): T {
  openRooms.add(room);
  return room;
}

/** Leaves every room a test opened, without reconnection, and stops every seat's fresh retries. */
export async function closeAll(): Promise<void> {
  for (const s of seats) s.closed = true;
  seats.clear();
  const rooms = [...openRooms];
  openRooms.clear();
  await Promise.all(rooms.map(async (room) => {
    room.reconnection.enabled = false;
    room.reconnection.maxRetries = 0;
    if (!room.connection?.isOpen) return;
    await Promise.race([room.leave(), new Promise((r) => setTimeout(r, 2000))]);
  }));
}

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
  /** Set by `closeAll`: no more fresh reconnections. */
  closed = false;
  private listeners: Array<(room: Room) => void> = [];

  /** `urls`: where to try a fresh reconnection (behind nginx: one address; in tests: each process). */
  constructor(room: Room, private urls: () => string[]) {
    seats.add(this);
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
    keepTrying(opened(room));
    this.room = room;
    room.onMessage("*", () => {});
    room.onMessage("ended", (m: { matchId: string; stateHash: string }) => (this.ended = m));
    room.onMessage("serverRestarting", () => (this.restarting += 1));
    room.onReconnect(() => (this.reconnected += 1));
    room.onLeave((code: number) => {
      if (this.room !== room) return;
      if (this.closed) return;
      if (code === CLOSE_RESUMED || code === 4003) void this.afresh(room.reconnectionToken);
      else this.left = code;
    });
    for (const fn of this.listeners) fn(room);
  }

  private async afresh(token: string): Promise<void> {
    // The old process may still be closing: give it a moment before asking the matchmaker.
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 120 && !this.closed; i++) {
      for (const url of this.urls()) {
        try {
          const room = await new Client(url).reconnect(token);
          if (this.closed) return void room.leave();
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
