// Boots the authoritative game server: Colyseus rooms over WebSocket, HTTP routes, storage.
import { LobbyRoom, Server, matchMaker } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mountRoutes } from "./http-routes";
import type { WebSocketServer } from "ws";
import { watchOversize } from "./rooms/close-codes";
import { FLOOD_RATE } from "./rooms/flood-guard";
import { ClassroomRoom } from "./rooms/classroom-room";
import { MatchRoom } from "./rooms/match-room";
import type { MatchStore } from "./storage/match-store";
import { SqliteMatchStore } from "./storage/sqlite-match-store";

export interface GameServerOptions {
  port: number;
  /** SQLite file for results and replays. */
  dbPath: string;
  host?: string;
  /** Messages a second a client may send (default 20); a load or fuzz test may raise it. */
  floodRate?: number;
}

export interface GameServer {
  port: number;
  colyseus: Server;
  http: HttpServer;
  store: MatchStore;
  /** Ends every room cleanly, closes the store; does not exit the process. */
  close(): Promise<void>;
}

export async function startGameServer(options: GameServerOptions): Promise<GameServer> {
  const store = new SqliteMatchStore(options.dbPath);
  MatchRoom.store = store;
  ClassroomRoom.store = store;
  MatchRoom.floodRate = options.floodRate ?? FLOOD_RATE;
  const http = createServer();
  const transport = new WebSocketTransport({ server: http, maxPayload: 4 * 1024 });
  // Its server is not public; the room needs to know which sockets were cut off for oversize input.
  watchOversize((transport as unknown as { wss: WebSocketServer }).wss);
  const colyseus = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    express: (app) => mountRoutes(app, store),
  });
  colyseus.define("lobby", LobbyRoom);
  colyseus.define("match", MatchRoom).enableRealtimeListing();
  colyseus.define("classroom", ClassroomRoom);
  await colyseus.listen(options.port, options.host);
  const port = (http.address() as AddressInfo).port;
  let closed = false;
  return {
    port,
    colyseus,
    http,
    store,
    async close() {
      if (closed) return;
      closed = true;
      await colyseus.gracefullyShutdown(false);
      store.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

export { matchMaker };
