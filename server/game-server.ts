// Boots the authoritative game server: Colyseus rooms over WebSocket, HTTP routes, storage,
// and the guards in front of them (server/security/: body cap, rate limits, frame budget).
import { LobbyRoom, Server, matchMaker } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mountRoutes } from "./http-routes";
import type { WebSocketServer } from "ws";
import { watchSockets } from "./rooms/close-codes";
import { FLOOD_RATE } from "./rooms/flood-guard";
import { ClassroomRoom } from "./rooms/classroom-room";
import { MatchRoom } from "./rooms/match-room";
import { opensSeat } from "./rooms/match-journal";
import { CLOSE_RESUMED, type Scheduler } from "../shared/index";
import { rooms } from "./rooms/room-count";
import type { MatchStore } from "./storage/match-store";
import { ResilientStore } from "./storage/resilient-store";
import { SqliteMatchStore } from "./storage/sqlite-match-store";
import { PgMatchStore } from "./storage/pg-match-store";
import { Journal } from "./storage/journal";
import type { JournalStore } from "./storage/journal-store";
import { Resumer, holdReconnections } from "./rooms/resume";
import { installGate, makeLimiters, type Limiters } from "./security/http-gate";
import { DEFAULT_LIMITS, MAX_ROOMS, RELAXED_LIMITS, type RateLimits } from "./security/limits";
import { OnceLogger } from "./security/log-once";
import { broadcastMatch } from "./rooms/send";

export interface GameServerOptions {
  port: number;
  /** SQLite file for results, replays and the journal (the default store). */
  dbPath: string;
  /**
   * Redis (`redis://…`, from REDIS_URL): Colyseus' RedisPresence and RedisDriver, so several processes
   * (on one or many hosts) share matchmaking, the lobby, codes, remote room calls and seat tickets.
   */
  redisUrl?: string;
  /**
   * With Redis, where a new room goes: "fewest" (Colyseus' default: the process with the fewest rooms)
   * or "round-robin" (each process hands new rooms to the others in turn, starting with the next one:
   * tests and demos that need rooms on every process; TERRAFAB_SPREAD).
   */
  spread?: "fewest" | "round-robin";
  /** With Redis: the address clients reach this process at (`host:port` or `host/path`), as Colyseus documents. */
  publicAddress?: string;
  /** PostgreSQL instead of SQLite (`postgres://…`, from DATABASE_URL): the store many processes and hosts share. */
  databaseUrl?: string;
  host?: string;
  /** Messages (frames) a second a client may send (default 20); a load or fuzz test may raise it. */
  floodRate?: number;
  /** Test and demo hook, server configuration only: milliseconds per month of every match (20–60000). */
  tickMs?: number;
  /** Test and demo hook: milliseconds per month of classroom matches only. */
  classTickMs?: number;
  /** Test hook: the time every match runs on (a FakeScheduler: months pass when the test says); default each room's own clock. */
  scheduler?: Scheduler;
  /** Per-address rate limits (default DEFAULT_LIMITS; "relaxed" for tests that open hundreds of rooms from loopback). */
  limits?: RateLimits | "relaxed";
  /** Most rooms in this process (default MAX_ROOMS). */
  maxRooms?: number;
  /** Trust X-Forwarded-For's first hop as the client's address (behind a reverse proxy only). */
  trustProxy?: boolean;
  /** Another store instead of SQLite at dbPath (tests inject failing ones). */
  store?: MatchStore;
  /** Journal live rooms and resume unfinished ones at start (default true when the store keeps a journal). */
  journal?: boolean;
  /** Lease on this process's rooms in ms (tests shorten it). */
  leaseMs?: number;
}

export interface GameServer {
  port: number;
  colyseus: Server;
  http: HttpServer;
  store: ResilientStore;
  limiters: Limiters;
  logger: OnceLogger;
  /** The journal of live rooms (null when the store keeps none). */
  journal: Journal | null;
  resumer: Resumer | null;
  /** Ends every room cleanly, closes the store; does not exit the process. */
  close(): Promise<void>;
  /**
   * SIGTERM: stops every clock, writes the journal, tells every client "server restarting" and
   * closes their connections with 4010 (they keep their seats and reconnect by themselves);
   * the rooms are resumed by the next process. Closes the store; does not exit the process.
   */
  restart(): Promise<void>;
}

/** New rooms to every process in turn, starting with the one after this one. */
function roundRobin(): () => Promise<string> {
  let turn = 0;
  return async () => {
    const ids = (await matchMaker.stats.fetchAll()).map((p) => p.processId).sort();
    if (ids.length === 0) return matchMaker.processId;
    const self = Math.max(0, ids.indexOf(matchMaker.processId));
    turn += 1;
    return ids[(self + turn) % ids.length];
  };
}

function checkTick(name: string, ms: number | undefined): number | undefined {
  if (ms === undefined) return undefined;
  if (!Number.isInteger(ms) || ms < 20 || ms > 60000) throw new Error(`${name} must be an integer from 20 to 60000 (ms a month)`);
  return ms;
}

export async function startGameServer(options: GameServerOptions): Promise<GameServer> {
  const logger = new OnceLogger(console);
  const inner = options.store ?? (options.databaseUrl ? await PgMatchStore.open(options.databaseUrl) : new SqliteMatchStore(options.dbPath));
  const store = new ResilientStore(inner, (m) => logger.error(m));
  const journalStore = options.journal !== false && "writeJournal" in inner ? (inner as unknown as JournalStore) : null;
  const journal = journalStore ? new Journal(journalStore, { leaseMs: options.leaseMs, log: (m) => logger.error(m) }) : null;
  const resumer = journal ? new Resumer(journal, (m) => console.log(m)) : null;
  MatchRoom.journal = journal;
  ClassroomRoom.journal = journal;
  const limiters = makeLimiters(options.limits === "relaxed" ? RELAXED_LIMITS : (options.limits ?? DEFAULT_LIMITS));
  MatchRoom.store = store;
  ClassroomRoom.store = store;
  ClassroomRoom.teacherKeyLimiter = limiters.teacherKey;
  MatchRoom.floodRate = options.floodRate ?? FLOOD_RATE;
  MatchRoom.tickMs = checkTick("tickMs", options.tickMs);
  MatchRoom.classTickMs = checkTick("classTickMs", options.classTickMs);
  MatchRoom.scheduler = options.scheduler ?? null;
  rooms.max = options.maxRooms ?? MAX_ROOMS;
  const http = createServer();
  const transport = new WebSocketTransport({ server: http, maxPayload: 4 * 1024 });
  // Its server is not public; every frame is counted, and oversize cut-offs are marked, before the rooms see them.
  watchSockets((transport as unknown as { wss: WebSocketServer }).wss, { rate: MatchRoom.floodRate, onFlood: () => logger.warn("a connection was closed for flooding (4290)") });
  if (journal) holdReconnections((transport as unknown as { wss: WebSocketServer }).wss as never, journal);
  let presence: RedisPresence | undefined;
  let driver: RedisDriver | undefined;
  if (options.redisUrl) {
    presence = new RedisPresence(options.redisUrl);
    driver = new RedisDriver(options.redisUrl);
  }
  const colyseus = new Server({
    transport,
    ...(presence && driver ? { presence, driver, publicAddress: options.publicAddress, ...(options.spread === "round-robin" ? { selectProcessIdToCreateRoom: roundRobin() } : {}) } : {}),
    greet: false,
    gracefullyShutdown: false,
    logger,
    express: (app) => mountRoutes(app, store, limiters, journal, async (id, key) => {
      if (!journal || !resumer) return false;
      // Still running (here or on another process): the client reconnects to it.
      const live = (await matchMaker.query({ roomId: id }))[0];
      if (live) return live.metadata?.mode === "solo" && live.metadata?.status !== "ended";
      const entry = await journal.store.loadJournal(id);
      if (!entry || !entry.parked || entry.kind !== "match" || !opensSeat(entry.meta, key)) return false;
      return resumer.resume(id, true);
    }),
  });
  colyseus.define("lobby", LobbyRoom);
  colyseus.define("match", MatchRoom).enableRealtimeListing();
  colyseus.define("classroom", ClassroomRoom);
  await colyseus.listen(options.port, options.host);
  installGate(http, { limiters, trustProxy: options.trustProxy });
  const port = (http.address() as AddressInfo).port;
  if (journal && resumer) {
    journal.adopt(matchMaker.processId);
    // A room another process now runs (this one stalled past its lease): the copy here steps aside.
    journal.start((id) => {
      const room = matchMaker.getLocalRoomById(id) as (MatchRoom | ClassroomRoom) | undefined;
      if (!room) return;
      logger.warn(`room ${id} was taken over by another process; closing the copy here`);
      room.detach();
      void room.disconnect(CLOSE_RESUMED);
    });
    // Every unfinished match and class whose process is gone (a restart: this one) comes back now;
    // those still leased by a process that died are picked up by the scan once the lease runs out.
    await resumer.scan();
    resumer.start();
  }
  let closed = false;
  return {
    port,
    colyseus,
    http,
    store,
    limiters,
    logger,
    journal,
    resumer,
    async restart() {
      if (closed) return;
      closed = true;
      resumer?.stop();
      const live = [...MatchRoom.live, ...ClassroomRoom.live];
      for (const room of live) room.detach();
      await journal?.freeze(true);
      // No new connections or matchmaking here: clients must find their rooms on the next process.
      http.close();
      http.closeIdleConnections?.();
      for (const room of live) broadcastMatch(room, "serverRestarting", { key: "conn.restarting" });
      const wss = (transport as unknown as { wss: WebSocketServer }).wss;
      for (const ws of wss.clients) ws.close(CLOSE_RESUMED, "server restarting");
      await new Promise((r) => setTimeout(r, 100));
      for (const ws of wss.clients) ws.terminate();
      // Rooms go (they are detached: their journal stays), and with Redis this process's listings and
      // stats leave the shared matchmaker, so no one is sent here any more.
      await Promise.race([colyseus.gracefullyShutdown(false).catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
      await store.close();
      logger.close();
      http.closeAllConnections?.();
    },
    async close() {
      if (closed) return;
      closed = true;
      resumer?.stop();
      // Rooms closed by a shutdown stay in the journal (a later start resumes them).
      for (const room of [...MatchRoom.live, ...ClassroomRoom.live]) room.detach();
      await journal?.freeze(true);
      await colyseus.gracefullyShutdown(false);
      await store.close();
      logger.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

export { matchMaker };
