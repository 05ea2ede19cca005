// Sends each client the match as its seat sees it (shared/view): the whole view when it joins,
// comes back or changes seat, then one patch a month. The month's shared part and its patch are
// worked out once for the room; each seat adds only its own advice.
import type { Client } from "@colyseus/core";
import { diffView, seatPatch, sharedView, viewForSeat, type FactionId, type GameState, type Order, type Plain, type PublicView, type SharedView, type ViewPatch } from "../../shared/index";
import { sendMatch } from "./send";

type Seat = FactionId | null;

/** What a client has: the shared view it was last sent and its seat's advice in it. */
interface Sent {
  seat: Seat;
  base: PublicView;
  attack: Order[] | null;
}

export class ViewSender {
  private shared: SharedView | null = null;
  private sent = new Map<string, Sent>();

  constructor(private readonly seatOf: (sessionId: string) => Seat) {}

  private sharedOf(state: GameState): SharedView {
    return (this.shared ??= sharedView(state));
  }

  /** The seat's advice this month (computed once per seat by viewForSeat's caller). */
  private adviceOf(view: PublicView, seat: Seat): Order[] | null {
    return seat === null ? null : view.factions[seat].attack;
  }

  /** The state changed (a month stepped, a match resumed): every client gets its patch. */
  changed(clients: Iterable<Client>, state: GameState): void {
    this.shared = null;
    const shared = this.sharedOf(state);
    const basePatches = new Map<PublicView, ViewPatch | undefined>();
    const seatViews = new Map<Seat, PublicView>();
    for (const client of clients) {
      const before = this.sent.get(client.sessionId);
      if (!before) continue;
      const seat = this.seatOf(client.sessionId);
      if (seat !== before.seat) {
        this.whole(client, state);
        continue;
      }
      let view = seatViews.get(seat);
      if (!view) seatViews.set(seat, (view = viewForSeat(shared, seat)));
      if (!basePatches.has(before.base)) basePatches.set(before.base, diffView(before.base as unknown as Plain, shared.base as unknown as Plain));
      const attack = this.adviceOf(view, seat);
      const patch = seatPatch(basePatches.get(before.base), seat, before.attack, attack);
      this.sent.set(client.sessionId, { seat, base: shared.base, attack });
      if (patch !== undefined) sendMatch(client, "view", { patch, month: view.month });
    }
  }

  /** A client joined, came back (it may have missed patches) or changed seat: the whole view. */
  whole(client: Client, state: GameState): void {
    const shared = this.sharedOf(state);
    const seat = this.seatOf(client.sessionId);
    const view = viewForSeat(shared, seat);
    this.sent.set(client.sessionId, { seat, base: shared.base, attack: this.adviceOf(view, seat) });
    sendMatch(client, "view", { view });
  }

  forget(sessionId: string): void {
    this.sent.delete(sessionId);
  }
}
