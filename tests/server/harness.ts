// A real server on a free port with a real SQLite file, and real SDK clients.
import { Client, type Room } from "@colyseus/sdk";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGameServer, type GameServer, type GameServerOptions } from "../../server/game-server";

export interface Harness {
  server: GameServer;
  url: string;
  dbPath: string;
  client(): Client;
  http<T = unknown>(path: string): Promise<{ status: number; body: T }>;
}

/**
 * A server on loopback. Test hooks (`tickMs`, `classTickMs`) are server configuration, passed in
 * `config`; rate limits are relaxed unless `config.limits` says otherwise (the security suite keeps the real ones).
 */
export async function startHarness(dbPath = join(mkdtempSync(join(tmpdir(), "terrafab-")), "test.sqlite"), floodRate?: number, config: Partial<GameServerOptions> = {}): Promise<Harness> {
  const server = await startGameServer({ port: 0, dbPath, host: "127.0.0.1", floodRate, limits: "relaxed", ...config });
  const url = `http://127.0.0.1:${server.port}`;
  return {
    server,
    url,
    dbPath,
    client: () => new Client(url),
    async http<T>(path: string) {
      const res = await fetch(url + path);
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      return { status: res.status, body: body as T };
    },
  };
}

/** Wait until a condition holds (checked every 20 ms); fails after `timeoutMs` with a message. */
export async function until(what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  const holds = () => {
    try {
      return condition();
    } catch {
      return false; // state not decoded yet
    }
  };
  while (!holds()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Collect every message of a type a room receives. */
export function collect<T = unknown>(room: Room, type: string): T[] {
  const got: T[] = [];
  room.onMessage(type, (m: T) => got.push(m));
  return got;
}

/**
 * Resolves once `condition` holds, checked as each state patch arrives (no polling). The timer is
 * a failure backstop only. Use after advancing a fake clock: the months are played at once, the
 * patch that shows them follows.
 */
export function stateWhen(room: Room, what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const holds = () => {
    try {
      return condition();
    } catch {
      return false; // state not decoded yet
    }
  };
  if (holds()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!holds()) return;
      clearTimeout(backstop);
      room.onStateChange.remove(check);
      resolve();
    };
    const backstop = setTimeout(() => {
      room.onStateChange.remove(check);
      reject(new Error(`timed out waiting for: ${what}`));
    }, timeoutMs);
    room.onStateChange(check);
  });
}

/** The next `n` messages of a type (or of any of several) this room receives from now on (call it before sending what they answer). */
export function received<T = unknown>(room: Room, type: string | string[], n = 1, timeoutMs = 30_000): Promise<T[]> {
  const got: T[] = [];
  const types = Array.isArray(type) ? type : [type];
  return new Promise((resolve, reject) => {
    const stop = () => stops.forEach((s) => s());
    const backstop = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting for ${n} '${types.join("' or '")}' message(s), got ${got.length}`));
    }, timeoutMs);
    const stops = types.map((t) => room.onMessage(t, (m: T) => {
      got.push(m);
      if (got.length < n) return;
      clearTimeout(backstop);
      stop();
      resolve(got);
    }));
  });
}

/** Resolves with the first message of a type this room receives from now on that `matches`. */
export function receivedWhere<T = unknown>(room: Room, type: string, matches: (message: T) => boolean, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const backstop = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting for a matching '${type}' message`));
    }, timeoutMs);
    const stop = room.onMessage(type, (m: T) => {
      if (!matches(m)) return;
      clearTimeout(backstop);
      stop();
      resolve(m);
    });
  });
}

/** An online match (60 months, fast) with Tesla as host and TSMC as guest, both ready and started; the other seats are bots. */
export async function startTeslaAndTsmc(h: Harness, seed: number): Promise<{ host: Room; guest: Room }> {
  const host = await h.client().create("match", { mode: "online", private: true, months: 60, speed: "fast", seed, name: "Tess" });
  host.onMessage("*", () => {});
  await stateWhen(host, "seated", () => host.state.players.get(host.sessionId)?.faction === "tesla");
  const guest = await h.client().joinById(host.roomId, { name: "Tim", faction: "tsmc" });
  guest.onMessage("*", () => {});
  for (const r of [host, guest]) r.send("ready", { ready: true });
  await stateWhen(host, "both ready", () => [...host.state.players.values()].every((p) => p.ready));
  host.send("start");
  await stateWhen(host, "running", () => host.state.status === "running");
  return { host, guest };
}
