// A real game server for browser tests and the client benchmark: the client is built first
// if it is missing or older than its sources; the server runs on a free port with a throwaway database.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "../free-port";

export const ROOT = resolve(import.meta.dirname, "..", "..");

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function buildClientIfNeeded(): void {
  const index = join(ROOT, "dist", "client", "index.html");
  const stale = !existsSync(index) || Math.max(newest(join(ROOT, "client")), newest(join(ROOT, "shared")), newest(join(ROOT, "assets"))) > statSync(index).mtimeMs;
  if (!stale) return;
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "vite", "bin", "vite.js"), "build", "--config", "client/vite.config.ts", "--logLevel", "warn"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (r.status !== 0) throw new Error("client build failed");
}


async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not become healthy");
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  /** kill -9: the process dies without saving (its journal and database stay on disk). */
  crash(): Promise<void>;
  /** Start the server again on the same port and database, as an operator would after a crash. */
  restart(): Promise<void>;
}

export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  buildClientIfNeeded();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "terrafab-e2e-"));
  const url = `http://127.0.0.1:${port}`;
  const spawnOne = async (): Promise<ChildProcess> => {
    // One process (tsx as a loader, not its CLI wrapper), so a kill reaches the server itself.
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: ROOT,
      // Test hooks are server configuration: class matches' months last 400 ms; the browser tests open
      // many rooms from one address, so the per-address rate limits are relaxed.
      env: { ...process.env, PORT: String(port), TERRAFAB_DB: join(dataDir, "e2e.sqlite"), TERRAFAB_CLASS_TICK_MS: "400", TERRAFAB_RATE_LIMITS: "relaxed", ...extraEnv },
      stdio: ["ignore", "inherit", "inherit"],
    });
    await waitForHealth(url, child);
    return child;
  };
  const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once("exit", () => r())));
  let child = await spawnOne();
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await exited(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
    async crash() {
      child.kill("SIGKILL");
      await exited(child);
    },
    async restart() {
      child = await spawnOne();
    },
  };
}
