// Why a connection closed decides whether its seat is held for a return. Also where every
// WebSocket frame is counted against the flood budget, before Colyseus decodes it.
import { CloseCode } from "@colyseus/core";
import type { WebSocket, WebSocketServer } from "ws";
import { CLOSE_REMOVED, CLOSE_TAKEN_OVER } from "../../shared/index";
import { CLOSE_FLOOD, FLOOD_RATE, FloodGuard } from "./flood-guard";

/** What the sender of a message over `maxPayload` (4 KB) sees: ws closes it with 1009, "message too big". */
export const CLOSE_TOO_BIG = 1009;

/** Closes the server makes itself: flooding, undecodable bytes (Colyseus' 4002), a student removed. */
const EXPELLED = new Set<number>([CLOSE_FLOOD, CloseCode.WITH_ERROR, CLOSE_TOO_BIG, CLOSE_REMOVED]);

/** Sockets the server cut off (oversize input, flooding). The room may see those close as 1006, like a lost network, hence the mark. */
const cutOff = new WeakSet<object>();
/** Connections a new one with the same reconnection key replaced while they still looked open (takeOver). */
const takenOver = new WeakSet<object>();
const guards = new WeakMap<object, FloodGuard>();

/** How long a flooder gets to answer the close handshake before its socket is destroyed. */
const CLOSE_GRACE_MS = 1000;

export interface FrameWatch {
  /** Frames a second, sustained (tests of throughput raise it). */
  rate: number;
  /** Called once per connection expelled for flooding (for the log and the benchmark). */
  onFlood?: (ws: WebSocket) => void;
}

export function watchSockets(wss: WebSocketServer, watch: FrameWatch = { rate: FLOOD_RATE }): void {
  wss.on("connection", (ws) => {
    ws.on("error", (err: Error & { code?: string }) => {
      if (err.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH") cutOff.add(ws);
    });
    const guard = new FloodGuard(watch.rate);
    guards.set(ws, guard);
    // Every frame, before anyone decodes it: undecodable bytes and pings count like messages.
    ws.prependListener("message", () => {
      if (cutOff.has(ws)) return;
      if (guard.take() !== "kick") return;
      cutOff.add(ws);
      watch.onFlood?.(ws);
      ws.close(CLOSE_FLOOD, "flooding");
      // A flooder that does not answer the close handshake is cut off anyway.
      setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
    });
  });
}

/** The flood verdict for a message from this socket (its frame is already counted). */
export function floodVerdict(socket: object): "ok" | "refuse" | "kick" {
  if (cutOff.has(socket)) return "kick";
  return guards.get(socket)?.peek() ?? "ok";
}

/**
 * A lost connection (refresh, network blip) keeps its seat for a reconnection;
 * an expelled one does not, so a misbehaving client cannot pin seats in a room.
 */
export function keepsSeat(code: number | undefined, socket?: object): boolean {
  if (socket && cutOff.has(socket)) return false;
  if (socket && takenOver.has(socket)) return true;
  return code === undefined || !EXPELLED.has(code);
}

/**
 * A page that comes back while its old connection still looks open (a refresh whose close the
 * server has not read yet, a half-open network, a duplicated tab) takes the seat over: Colyseus then
 * drops the old connection itself with 4002, the code it also gives undecodable input. Marked here,
 * that drop keeps the seat for the new connection instead of counting as an expulsion.
 */
function markTakenOver(socket: object): void {
  takenOver.add(socket);
}

interface Connected { reconnectionToken: string; ref: object }

/**
 * A room's answer when a key comes back (`checkReconnectionToken`, asked by the matchmaker): the
 * connection still holding that key, if any, is marked as taken over before Colyseus drops it, and
 * then closed with CLOSE_TAKEN_OVER. Colyseus closes it only once the room's onDrop returns, and onDrop waits for
 * the return: without the close, a tab still open there would hold a dead connection, never told.
 */
export function takeOver(clients: Iterable<Connected>, reconnectionToken: string, check: () => string): string {
  let old: Connected | undefined;
  for (const c of clients) if (c.reconnectionToken === reconnectionToken) old = c;
  if (!old) return check();
  const socket = old.ref as { close(code: number, reason: string): void };
  markTakenOver(socket);
  const sessionId = check();
  socket.close(CLOSE_TAKEN_OVER, "seat opened elsewhere");
  return sessionId;
}
