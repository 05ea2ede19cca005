// HTTP beside the game: health, stored results and replays, private codes, and the built client.
import express from "express";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { matchMaker } from "@colyseus/core";
import { ENGINE_VERSION, replayEngineVersion, replayVersionProblem } from "../shared/index";
import type { ResilientStore } from "./storage/resilient-store";
import type { Journal } from "./storage/journal";
import { clientAddress, tooManyRequests, type Limiters } from "./security/http-gate";
import { normaliseCode } from "./rooms/private-code";
import { neutraliseExport, resultsCsv, type StudentResult } from "./rooms/class-results";
import { keyMatches } from "./rooms/teacher-key";

function getBearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return m ? m[1] : null;
}

export const CLIENT_DIR = resolve(import.meta.dirname, "..", "dist", "client");

/** Brings back a solo match kept for "Continue" when `key` opens its seat; true when it runs (here or elsewhere). */
export type ContinueSolo = (matchId: string, key: string) => Promise<boolean>;

export function mountRoutes(app: express.Application, store: ResilientStore, limiters?: Limiters, journal?: Journal | null, continueSolo?: ContinueSolo): void {
  // { ok: true } — or { ok: false, storage: "<what failed>", pending } while saves wait for a retry,
  // or { ok: false, journal: "<what failed>" } while the journal of live rooms cannot be written.
  app.get("/health", (_req, res) => {
    const health = store.health();
    const j = journal?.health();
    if ((!health || health.ok) && (!j || j.ok)) return void res.json({ ok: true });
    res.status(503).json({ ok: false, storage: health?.storage ?? "ok", pending: health?.pending ?? 0, ...(j && !j.ok ? { journal: j.journal } : {}) });
  });

  app.get("/api/matches/:id", async (req, res) => {
    const result = await store.getResult(req.params.id);
    if (!result) return void res.status(404).json({ error: "no finished match with that id" });
    res.json(result);
  });

  app.get("/api/matches/:id/replay", async (req, res) => {
    const replay = await store.getReplay(req.params.id);
    if (!replay) return void res.status(404).json({ error: "no finished match with that id" });
    // A replay stored by another engine version would not reproduce its match on this build: 409, with why.
    const refused = replayVersionProblem(replay);
    if (refused) return void res.status(409).json({ error: refused, engineVersion: ENGINE_VERSION, recordedEngineVersion: replayEngineVersion(replay), replay });
    res.json(replay);
  });

  // "Continue": a solo match its player left is kept by the server; the browser kept its room id and
  // reconnection token (`<roomId>:<key>`). Authorization: Bearer <key>. 200 { roomId }: reconnect with the token.
  app.post("/api/matches/:id/continue", async (req, res) => {
    const key = getBearer(req.headers.authorization);
    if (!key) return void res.status(401).json({ error: "send the seat's key: Authorization: Bearer <key>" });
    const ok = continueSolo ? await continueSolo(String(req.params.id), key).catch(() => false) : false;
    if (!ok) return void res.status(404).json({ error: "no solo match to continue with that key" });
    res.json({ roomId: req.params.id });
  });

  // A private match is found by its 6-character code; the client then joins by room id.
  app.get("/api/rooms/by-code/:code", async (req, res) => {
    const code = normaliseCode(req.params.code);
    const rooms = await matchMaker.query({ name: "match" });
    // Class matches are not found by code: their seats are by ticket only.
    const room = rooms.find((r) => r.metadata?.code === code && r.metadata?.status !== "ended" && !r.metadata?.classroom);
    if (!room) return void res.status(404).json({ error: "no open match with that code" });
    res.json({ roomId: room.roomId, metadata: room.metadata });
  });

  // A class by its code (students type it; the client then joins the room by id).
  app.get("/api/classrooms/by-code/:code", async (req, res) => {
    const code = normaliseCode(req.params.code);
    const rooms = await matchMaker.query({ name: "classroom" });
    const room = rooms.find((r) => r.metadata?.code === code);
    if (!room) return void res.status(404).json({ error: "no class with that code" });
    res.json({ roomId: room.roomId });
  });

  // Results for the teacher only: Authorization: Bearer <teacher key>.
  app.get(/^\/api\/classrooms\/([A-Za-z0-9]{6})\/results\.(csv|json)$/, async (req, res) => {
    const [code, format] = [normaliseCode(req.params[0] as string), req.params[1] as string];
    const key = getBearer(req.headers.authorization);
    if (!key) return void res.status(401).json({ error: "send the teacher key: Authorization: Bearer <key>" });
    // Wrong keys are counted per address; too many → 429 until the bucket refills.
    const ip = clientAddress(req);
    const gate = limiters?.teacherKey.peek(ip);
    if (gate && !gate.ok) return tooManyRequests(res, gate);
    const stored = await store.getClassroom(code);
    if (!stored || !keyMatches(key, stored.teacherKeyHash)) {
      limiters?.teacherKey.take(ip);
      return void res.status(403).json({ error: "that key does not open this class" });
    }
    const data = stored.results as { students: StudentResult[] };
    if (format === "json") return void res.json({ code, updatedAt: stored.updatedAt, ...(neutraliseExport(stored.results) as object) });
    res.type("text/csv").setHeader("Content-Disposition", `attachment; filename="terrafab-${code}.csv"`);
    res.send(resultsCsv(data.students));
  });

  if (existsSync(CLIENT_DIR)) {
    app.use(express.static(CLIENT_DIR, { index: "index.html", maxAge: "1h" }));
    // Deep links (e.g. /teach, /join/ABCDEF) load the single-page client.
    app.get(/^\/(?!api\/|matchmake\/|health$).*/, (_req, res) => res.sendFile(join(CLIENT_DIR, "index.html")));
  }
}
