// The seats as the clients see them (who controls each faction, the players' views), and after a
// restart the seats and views as the journal kept them, every player disconnected until they
// return with the reconnection key their browser kept.
import type { MapSchema } from "@colyseus/schema";
import { FACTION_IDS } from "../../shared/index";
import type { MatchJournalMeta } from "./match-journal";
import { PlayerView, type MatchState } from "./match-schema";
import { botPlays, type Seats } from "./seats";

export function mirrorSeats(state: MatchState, seats: Seats): void {
  for (const f of FACTION_IDS) {
    const view = state.factions.get(f);
    if (!view) continue;
    const seat = seats[f];
    view.controller = botPlays(seat) ? "bot" : "human";
    view.playerName = seat.occupants.map((o) => o.name).join(", ");
    for (const o of seat.occupants) {
      const player = state.players.get(o.sessionId);
      if (player) player.ready = o.ready;
    }
  }
}

/** Fills the seats, the views and the spectators' keys; returns the sessions to hold open, with their keys. */
export function restoreSeats(meta: MatchJournalMeta, seats: Seats, players: MapSchema<PlayerView>, spectatorTokens: Map<string, string>): Array<[string, string]> {
  const held: Array<[string, string]> = [];
  for (const f of FACTION_IDS) {
    for (const o of meta.seats[f] ?? []) {
      seats[f].occupants.push({ sessionId: o.sessionId, name: o.name, connected: false, ready: o.ready, student: o.student, token: o.token });
      const view = new PlayerView();
      view.assign({ name: o.name, connected: false, faction: f, ready: o.ready, host: o.sessionId === meta.hostId });
      players.set(o.sessionId, view);
      if (o.token) held.push([o.sessionId, o.token]);
    }
  }
  for (const o of meta.spectators) {
    const view = new PlayerView();
    view.assign({ name: o.name, connected: false, spectator: true });
    players.set(o.sessionId, view);
    if (o.token) {
      spectatorTokens.set(o.sessionId, o.token);
      held.push([o.sessionId, o.token]);
    }
  }
  return held;
}
