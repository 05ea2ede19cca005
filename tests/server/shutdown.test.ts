// `npm start`'s entry under SIGTERM: rooms end cleanly, the process exits 0, and what was stored stays.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import { until } from "./harness";

function boot(dbPath: string) {
  const proc = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { env: { ...process.env, PORT: "0", TERRAFAB_DB: dbPath, TERRAFAB_TICK_MS: "20" }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout.on("data", (d) => (out += d));
  proc.stderr.on("data", (d) => (out += d));
  const port = () => Number(/localhost:(\d+)/.exec(out)?.[1] ?? 0);
  return { proc, port, output: () => out };
}

describe("graceful shutdown", () => {
  it("SIGTERM ends the rooms, exits 0, and keeps stored results", async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), "terrafab-")), "db.sqlite");
    const first = boot(dbPath);
    await until("the server is up", () => first.port() > 0, 60_000);
    const url = `http://127.0.0.1:${first.port()}`;
    const solo = await new Client(url).create("match", { mode: "solo", faction: "tsmc", months: 60, seed: 5, name: "Sol" });
    solo.onMessage("*", () => {});
    let matchId = "";
    solo.onMessage("ended", (m: { matchId: string }) => (matchId = m.matchId));
    await until("the solo match ends", () => matchId !== "", 60_000);

    const live = await new Client(url).create("match", { mode: "online", name: "Live" });
    live.onMessage("*", () => {});
    live.reconnection.enabled = false;
    let left = false;
    live.onLeave(() => (left = true));

    const exited = new Promise<number | null>((resolve) => first.proc.once("exit", (code) => resolve(code)));
    first.proc.kill("SIGTERM");
    expect(await exited).toBe(0);
    await until("the live room was ended", () => left, 10_000);

    const second = boot(dbPath);
    try {
      await until("the server is up again", () => second.port() > 0, 60_000);
      const res = await fetch(`http://127.0.0.1:${second.port()}/api/matches/${matchId}`);
      expect(res.status).toBe(200);
    } finally {
      second.proc.kill("SIGTERM");
    }
  }, 120_000);
});
