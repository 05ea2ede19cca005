// Runs the game server in a child process for a benchmark, so the clients'
// work does not count against the server's event loop. Talks to it over IPC.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

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
  /** The child's reply tagged `reply: cmd` (other IPC traffic, e.g. from tsx, is ignored). */
  const reply = <T>(cmd: string) => new Promise<T>((resolve) => {
    const on = (m: unknown) => {
      if ((m as { reply?: string })?.reply !== cmd) return;
      child.off("message", on);
      resolve(m as T);
    };
    child.on("message", on);
  });
  const ask = <T>(cmd: string) => {
    const p = reply<T>(cmd);
    child.send({ cmd });
    return p;
  };
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
