import { WebSocket } from "ws"; // @ts-expect-error ws stands in for the browser WebSocket type
globalThis.WebSocket ??= WebSocket;
// Server entry: `npm start`. Serves the game on PORT (default 2567).
// The two lines above come first: Colyseus 0.18 reads the global WebSocket, and Node 20 has none.

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
