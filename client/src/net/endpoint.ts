// Where the game server is: the page's own origin when the server serves the client, or
// /colyseus on the Vite dev server (`npm run dev`), which proxies it to the game server.
const viaDevProxy = Boolean(import.meta.hot);

export function serverBase(): string {
  return viaDevProxy ? `${location.origin}/colyseus` : location.origin;
}

/** Prefix for the server's HTTP API paths (/api/...). */
export function apiBase(): string {
  return viaDevProxy ? "/colyseus" : "";
}
