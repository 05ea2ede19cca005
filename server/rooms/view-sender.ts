// Sends each client the match as its seat sees it (shared/view): the whole view when it joins or
// comes back, then one patch a month. The month's shared part is worked out once; clients of one
// seat that had the same view get the same patch, worked out once.
import type { Client } from "@colyseus/core";
import { diffView, sharedView, viewForSeat, type FactionId, type GameState, type Plain, type PublicView, type SharedView, type ViewPatch } from "../../shared/index";
import { sendMatch } from "./send";

type Seat = FactionId | null;

export class ViewSender {
  private shared: SharedView | null = null;
  private bySeat = new Map<Seat, PublicView>();
  /** What each client has now. */
  private sent = new Map<string, PublicView>();

  constructor(private readonly seatOf: (sessionId: string) => Seat) {}

  private viewFor(seat: Seat, state: GameState): PublicView {
    this.shared ??= sharedView(state);
    let view = this.bySeat.get(seat);
    if (!view) {
      view = viewForSeat(this.shared, seat);
      this.bySeat.set(seat, view);
    }
    return view;
  }

  /** The state changed (a month stepped, a match resumed): every client gets its patch. */
  changed(clients: Iterable<Client>, state: GameState): void {
    this.shared = null;
    this.bySeat.clear();
    const patches = new Map<PublicView, ViewPatch | undefined>();
    for (const client of clients) {
      const before = this.sent.get(client.sessionId);
      if (!before) continue;
      const view = this.viewFor(this.seatOf(client.sessionId), state);
      let patch = patches.get(before);
      if (!patches.has(before)) {
        patch = diffView(before as unknown as Plain, view as unknown as Plain);
        patches.set(before, patch);
      }
      this.sent.set(client.sessionId, view);
      if (patch !== undefined) sendMatch(client, "view", { patch, month: view.month });
    }
  }

  /** A client joined or came back (it may have missed patches): the whole view. */
  whole(client: Client, state: GameState): void {
    const view = this.viewFor(this.seatOf(client.sessionId), state);
    this.sent.set(client.sessionId, view);
    sendMatch(client, "view", { view });
  }

  forget(sessionId: string): void {
    this.sent.delete(sessionId);
  }
}
