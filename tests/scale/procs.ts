// Real server processes for the restart and scale-out tests: `server/main.ts` spawned with tsx.
import { spawn, type ChildProcess } from "node:child_process";
import { until } from "../server/harness";

export { freePort } from "../free-port";

export interface Proc {
  proc: ChildProcess;
  port: number;
  url: string;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves when the process printed that it is up. */
  up(timeoutMs?: number): Promise<void>;
}

export function boot(port: number, env: Record<string, string>): Proc {
  const proc = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, PORT: String(port), TERRAFAB_RATE_LIMITS: "relaxed", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // A test or benchmark that dies leaves no server behind.
  const reap = () => proc.kill("SIGKILL");
  process.once("exit", reap);
  proc.once("exit", () => process.removeListener("exit", reap));
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  return {
    proc,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    exited,
    up: (timeoutMs = 60_000) => until(`the server on ${port} is up:\n${out}`, () => /TerraFab is running/.test(out) || proc.exitCode !== null, timeoutMs).then(() => {
      if (proc.exitCode !== null) throw new Error(`the server on ${port} exited (${proc.exitCode}):\n${out}`);
    }),
  };
}

export async function stop(p: Proc | null | undefined): Promise<void> {
  if (!p || p.proc.exitCode !== null || p.proc.signalCode) return;
  p.proc.kill("SIGKILL");
  await p.exited;
}
