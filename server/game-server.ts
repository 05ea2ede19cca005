// Boots the authoritative game server: Colyseus rooms over WebSocket, HTTP routes, storage,
// and the guards in front of them (server/security/: body cap, rate limits, frame budget).
import { LobbyRoom, Server, matchMaker } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mountRoutes } from "./http-routes";
import type { WebSocketServer } from "ws";
import { watchSockets } from "./rooms/close-codes";
import { FLOOD_RATE } from "./rooms/flood-guard";
import { ClassroomRoom } from "./rooms/classroom-room";
import { MatchRoom } from "./rooms/match-room";
import { rooms } from "./rooms/room-count";
import type { MatchStore } from "./storage/match-store";
import { ResilientStore } from "./storage/resilient-store";
import { SqliteMatchStore } from "./storage/sqlite-match-store";
import { installGate, makeLimiters, type Limiters } from "./security/http-gate";
import { DEFAULT_LIMITS, MAX_ROOMS, RELAXED_LIMITS, type RateLimits } from "./security/limits";
import { OnceLogger } from "./security/log-once";

export interface GameServerOptions {
  port: number;
  /** SQLite file for results and replays. */
  dbPath: string;
  host?: string;
  /** Messages (frames) a second a client may send (default 20); a load or fuzz test may raise it. */
  floodRate?: number;
  /** Test and demo hook, server configuration only: milliseconds per month of every match (20–60000). */
  tickMs?: number;
  /** Test and demo hook: milliseconds per month of classroom matches only. */
  classTickMs?: number;
  /** Per-address rate limits (default DEFAULT_LIMITS; "relaxed" for tests that open hundreds of rooms from loopback). */
  limits?: RateLimits | "relaxed";
  /** Most rooms in this process (default MAX_ROOMS). */
  maxRooms?: number;
  /** Trust X-Forwarded-For's first hop as the client's address (behind a reverse proxy only). */
  trustProxy?: boolean;
  /** Another store instead of SQLite at dbPath (tests inject failing ones). */
  store?: MatchStore;
}

export interface GameServer {
  port: number;
  colyseus: Server;
  http: HttpServer;
  store: ResilientStore;
  limiters: Limiters;
  logger: OnceLogger;
  /** Ends every room cleanly, closes the store; does not exit the process. */
  close(): Promise<void>;
}

function checkTick(name: string, ms: number | undefined): number | undefined {
  if (ms === undefined) return undefined;
  if (!Number.isInteger(ms) || ms < 20 || ms > 60000) throw new Error(`${name} must be an integer from 20 to 60000 (ms a month)`);
  return ms;
}

export async function startGameServer(options: GameServerOptions): Promise<GameServer> {
  const logger = new OnceLogger(console);
  const store = new ResilientStore(options.store ?? new SqliteMatchStore(options.dbPath), (m) => logger.error(m));
  const limiters = makeLimiters(options.limits === "relaxed" ? RELAXED_LIMITS : (options.limits ?? DEFAULT_LIMITS));
  MatchRoom.store = store;
  ClassroomRoom.store = store;
  ClassroomRoom.teacherKeyLimiter = limiters.teacherKey;
  MatchRoom.floodRate = options.floodRate ?? FLOOD_RATE;
  MatchRoom.tickMs = checkTick("tickMs", options.tickMs);
  MatchRoom.classTickMs = checkTick("classTickMs", options.classTickMs);
  rooms.max = options.maxRooms ?? MAX_ROOMS;
  const http = createServer();
  const transport = new WebSocketTransport({ server: http, maxPayload: 4 * 1024 });
  // Its server is not public; every frame is counted, and oversize cut-offs are marked, before the rooms see them.
  watchSockets((transport as unknown as { wss: WebSocketServer }).wss, { rate: MatchRoom.floodRate, onFlood: () => logger.warn("a connection was closed for flooding (4290)") });
  const colyseus = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    logger,
    express: (app) => mountRoutes(app, store, limiters),
  });
  colyseus.define("lobby", LobbyRoom);
  colyseus.define("match", MatchRoom).enableRealtimeListing();
  colyseus.define("classroom", ClassroomRoom);
  await colyseus.listen(options.port, options.host);
  installGate(http, { limiters, trustProxy: options.trustProxy });
  const port = (http.address() as AddressInfo).port;
  let closed = false;
  return {
    port,
    colyseus,
    http,
    store,
    limiters,
    logger,
    async close() {
      if (closed) return;
      closed = true;
      await colyseus.gracefullyShutdown(false);
      store.close();
      logger.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

export { matchMaker };
