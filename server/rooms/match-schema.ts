// The room as clients see it: its clock, its players and who holds each seat. The match itself
// (factions, fabs, markets…) goes to each client as the engine's public view (view-sender.ts).
import { MapSchema, Schema, type } from "@colyseus/schema";

export class PlayerView extends Schema {
  @type("string") name = "";
  @type("string") faction = "";
  @type("boolean") ready = false;
  @type("boolean") connected = true;
  @type("boolean") spectator = false;
  @type("boolean") host = false;
}

/** Who plays a faction. The faction itself is in the match's public view (shared/view), sent as messages. */
export class FactionSeat extends Schema {
  /** "human" or "bot" (a disconnected human's seat is played by a bot until they return). */
  @type("string") controller = "bot";
  @type("string") playerName = "";
}

export class MatchState extends Schema {
  @type("string") mode = "online";
  @type("string") status = "waiting";
  @type("string") code = "";
  @type("string") speed = "normal";
  @type("string") difficulty = "normal";
  @type("uint16") month = 0;
  @type("uint16") months = 120;
  @type("int8") pausesLeft = -1;
  @type("string") hostId = "";
  @type({ map: PlayerView }) players = new MapSchema<PlayerView>();
  @type({ map: FactionSeat }) factions = new MapSchema<FactionSeat>();
}
