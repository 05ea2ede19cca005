// Why a connection closed decides whether its seat is held for a return.
import { CloseCode } from "@colyseus/core";
import type { WebSocketServer } from "ws";
import { CLOSE_FLOOD } from "./flood-guard";

/** What the sender of a message over `maxPayload` (4 KB) sees: ws closes it with 1009, "message too big". */
export const CLOSE_TOO_BIG = 1009;

/** A teacher removed this student from the class (and so from their match seat). */
export const CLOSE_REMOVED = 4001;

/** Closes the server makes itself: flooding, undecodable bytes (Colyseus' 4002), a student removed. */
const EXPELLED = new Set<number>([CLOSE_FLOOD, CloseCode.WITH_ERROR, CLOSE_TOO_BIG, CLOSE_REMOVED]);

/** Sockets ws cut off for an oversize message. The room sees those close as 1006, like a lost network, hence the mark. */
const cutOff = new WeakSet<object>();

export function watchOversize(wss: WebSocketServer): void {
  wss.on("connection", (ws) => {
    ws.on("error", (err: Error & { code?: string }) => {
      if (err.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH") cutOff.add(ws);
    });
  });
}

/**
 * A lost connection (refresh, network blip) keeps its seat for a reconnection;
 * an expelled one does not, so a misbehaving client cannot pin seats in a room.
 */
export function keepsSeat(code: number | undefined, socket?: object): boolean {
  if (socket && cutOff.has(socket)) return false;
  return code === undefined || !EXPELLED.has(code);
}
