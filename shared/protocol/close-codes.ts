// WebSocket close codes the server sends and the client acts on: one definition for both sides
// (docs/api.md, "Close codes").

/** A teacher removed this student from the class (and so from their match seat); or the same student took the seat again with a new ticket. */
export const CLOSE_REMOVED = 4001;
/** The server is restarting, or rebuilt the room from its journal, or the room moved to another process: reconnect afresh with the kept key. */
export const CLOSE_RESUMED = 4012;
/** The seat was opened again with this connection's key (another tab, or a page the server saw come back before it saw this one go). */
export const CLOSE_TAKEN_OVER = 4013;
