// Server entry: `npm start`. Serves the game on PORT (default 2567).
import { WebSocket } from "ws";

// Colyseus 0.18 reads the global WebSocket for reconnection; Node 20 has none.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const { startGameServer } = await import("./game-server");
const port = Number(process.env.PORT ?? 2567);
const dbPath = process.env.TERRAFAB_DB ?? "data/terrafab.sqlite";
const server = await startGameServer({ port, dbPath });
console.log(`TerraFab is running: http://localhost:${server.port}/  (results in ${dbPath})`);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: ending rooms and closing storage…`);
    await server.close();
    process.exit(0);
  });
}
