// HTTP beside the game: health, stored results and replays, private codes, and the built client.
import express from "express";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { matchMaker } from "@colyseus/core";
import type { MatchStore } from "./storage/match-store";
import { normaliseCode } from "./rooms/private-code";

export const CLIENT_DIR = resolve(import.meta.dirname, "..", "dist", "client");

export function mountRoutes(app: express.Application, store: MatchStore): void {
  app.get("/health", (_req, res) => {
    res.json({ ok: true });
  });

  app.get("/api/matches/:id", (req, res) => {
    const result = store.getResult(req.params.id);
    if (!result) return void res.status(404).json({ error: "no finished match with that id" });
    res.json(result);
  });

  app.get("/api/matches/:id/replay", (req, res) => {
    const replay = store.getReplay(req.params.id);
    if (!replay) return void res.status(404).json({ error: "no finished match with that id" });
    res.json(replay);
  });

  // A private match is found by its 6-character code; the client then joins by room id.
  app.get("/api/rooms/by-code/:code", async (req, res) => {
    const code = normaliseCode(req.params.code);
    const rooms = await matchMaker.query({ name: "match" });
    const room = rooms.find((r) => r.metadata?.code === code && r.metadata?.status !== "ended");
    if (!room) return void res.status(404).json({ error: "no open match with that code" });
    res.json({ roomId: room.roomId, metadata: room.metadata });
  });

  if (existsSync(CLIENT_DIR)) {
    app.use(express.static(CLIENT_DIR, { index: "index.html", maxAge: "1h" }));
    // Deep links (e.g. /teach, /join/ABCDEF) load the single-page client.
    app.get(/^\/(?!api\/|matchmake\/|health$).*/, (_req, res) => res.sendFile(join(CLIENT_DIR, "index.html")));
  }
}
