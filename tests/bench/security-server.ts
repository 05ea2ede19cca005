// Child process for the security benchmark: the real game server with its real limits,
// months of 200 ms (server configuration), and a store whose first save of each match fails.
// Answers "port", "rss" and "stop" over IPC.
import { WebSocket } from "ws";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MatchStore, StoredMatch } from "../../server/storage/match-store";

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
const { startGameServer } = await import("../../server/game-server");
const { SqliteMatchStore } = await import("../../server/storage/sqlite-match-store");

const inner = new SqliteMatchStore(join(mkdtempSync(join(tmpdir(), "terrafab-secbench-")), "bench.sqlite"));
const failedOnce = new Set<string>();
let failures = 0;
const store: MatchStore = {
  saveMatch(m: StoredMatch) {
    if (!failedOnce.has(m.id)) {
      failedOnce.add(m.id);
      failures += 1;
      throw new Error("SQLITE_FULL: database or disk is full (first save of every match fails)");
    }
    inner.saveMatch(m);
  },
  getResult: (id) => inner.getResult(id),
  getReplay: (id) => inner.getReplay(id),
  saveClassroom: (c) => inner.saveClassroom(c),
  getClassroom: (code) => inner.getClassroom(code),
  close: () => inner.close(),
};
const server = await startGameServer({ port: 0, host: "127.0.0.1", dbPath: ":memory:", tickMs: 200, classTickMs: 200, store });

process.on("message", async (m: { cmd: string }) => {
  if (m.cmd === "rss") {
    process.send!({ reply: "rss", rss: process.memoryUsage().rss, failures });
  } else if (m.cmd === "stop") {
    await server.close();
    process.exit(0);
  }
});
process.send!({ reply: "port", port: server.port });
