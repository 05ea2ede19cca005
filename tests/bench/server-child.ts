// Runs the game server in a child process for a benchmark, so the clients'
// work does not count against the server's event loop. Talks to it over IPC.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { childIpc } from "./child-ipc";

export interface ServerStats {
  p50: number;
  p99: number;
  max: number;
  cpu: number;
  rss: number;
  /** Months played while measuring, and how long one took (step + mirror), ms. */
  months: number;
  monthP99: number;
  monthMax: number;
  /** Garbage-collection pauses while measuring, ms. */
  gcCount: number;
  gcMax: number;
  gcTotal: number;
}

export async function startServerChild() {
  const child = fork(fileURLToPath(new URL("./server-under-load.ts", import.meta.url)), { execArgv: ["--import", "tsx"] });
  const { reply, ask } = childIpc(child);
  const { port } = await reply<{ port: number }>("port");
  return {
    url: `http://127.0.0.1:${port}`,
    /** Start measuring now (lag samples and CPU). */
    reset: () => ask("reset"),
    stats: () => ask<ServerStats>("stats"),
    async stop() {
      child.send({ cmd: "stop" });
      await new Promise((r) => child.once("exit", r));
    },
  };
}
