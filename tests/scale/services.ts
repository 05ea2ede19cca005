// Real services for the scale tests: a PostgreSQL 15 cluster (Debian's binaries, initdb in a temp
// dir, on a free port) and a redis-server. When one cannot start, the test fails and says why —
// it is never skipped silently. .ci/run installs both packages when they are missing.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./procs";

export const PG_BIN = process.env.TERRAFAB_PG_BIN ?? "/usr/lib/postgresql/15/bin";
export const REDIS_BIN = process.env.TERRAFAB_REDIS_BIN ?? "/usr/bin/redis-server";

export interface Service {
  url: string;
  stop(): Promise<void>;
}

function cannot(what: string, why: string): never {
  throw new Error(`${what} could not start: ${why}. Install it (Debian: DEBIAN_FRONTEND=noninteractive apt-get install -y ${what === "PostgreSQL" ? "postgresql" : "redis-server"}) — this test needs the real service and does not skip.`);
}

/** As root, PostgreSQL's tools run as the `postgres` user (initdb refuses root). */
function asPg(bin: string, args: string[]): { cmd: string; args: string[] } {
  const root = process.getuid?.() === 0;
  return root ? { cmd: "runuser", args: ["-u", "postgres", "--", join(PG_BIN, bin), ...args] } : { cmd: join(PG_BIN, bin), args };
}

export async function startPostgres(): Promise<Service> {
  if (!existsSync(join(PG_BIN, "initdb"))) cannot("PostgreSQL", `no initdb in ${PG_BIN}`);
  const dir = mkdtempSync(join(tmpdir(), "terrafab-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const port = await freePort();
  const run = (bin: string, args: string[]) => {
    const c = asPg(bin, args);
    try {
      return execFileSync(c.cmd, c.args, { stdio: "pipe", cwd: dir }).toString();
    } catch (err) {
      const e = err as { stderr?: Buffer; message: string };
      cannot("PostgreSQL", `${bin} failed: ${e.stderr?.toString().trim() || e.message}`);
    }
  };
  run("initdb", ["-D", data, "-U", "terrafab", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  run("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", "-t", "30", "-o", `-p ${port} -k ${dir} -h 127.0.0.1 -c fsync=off`, "start"]);
  return {
    url: `postgres://terrafab@127.0.0.1:${port}/postgres`,
    async stop() {
      const c = asPg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      try {
        execFileSync(c.cmd, c.args, { stdio: "ignore" });
      } catch {
        /* already gone */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startRedis(): Promise<Service> {
  if (!existsSync(REDIS_BIN)) cannot("Redis", `no ${REDIS_BIN}`);
  const dir = mkdtempSync(join(tmpdir(), "terrafab-redis-"));
  const port = await freePort();
  const proc: ChildProcess = spawn(REDIS_BIN, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const start = Date.now();
  while (!/Ready to accept connections/i.test(out)) {
    if (proc.exitCode !== null) cannot("Redis", `redis-server exited (${proc.exitCode}): ${out.slice(-400)}`);
    if (Date.now() - start > 15_000) cannot("Redis", `no "ready" after 15 s: ${out.slice(-400)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (proc.exitCode === null) {
        proc.kill("SIGKILL");
        await new Promise((r) => proc.once("exit", r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
