// A port for a server process a test spawns. Chosen below Linux's ephemeral range (32768–60999):
// a port the kernel handed out with listen(0) could be given, before the child binds it, to any of
// the suite's own outgoing connections (redis, PostgreSQL, Colyseus clients all take ephemeral
// local ports), and the child then failed with EADDRINUSE (seen once in CI). Checked free on every
// address, as the server binds it; spread by process id so parallel test files start apart.
import { createServer } from "node:net";

const FIRST = 20_000;
const SPAN = 12_000;
let next = (process.pid * 7_919) % SPAN;

function tryListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(false));
    s.listen(port, () => s.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = FIRST + next;
    next = (next + 97) % SPAN;
    if (await tryListen(port)) return port;
  }
  throw new Error("no free port found below the ephemeral range");
}
