// In front of every HTTP request, before Colyseus or express reads a byte of it:
// the client's address is the socket's (forwarding headers are not trusted unless told),
// per-address rate limits answer 429 with Retry-After, and a body over BODY_LIMIT is 413.
// Matchmaking bodies are parsed here, once, without prototype keys.
import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import { BODY_LIMIT, type RateLimits } from "./limits";
import { RateLimiter, type Verdict } from "./rate-limit";
import { parseJsonSafely } from "./sanitize";

export interface Limiters {
  lookup: RateLimiter;
  teacherKey: RateLimiter;
  join: RateLimiter;
  create: RateLimiter;
}

export function makeLimiters(limits: RateLimits): Limiters {
  return {
    lookup: new RateLimiter(limits.lookup),
    teacherKey: new RateLimiter(limits.teacherKey),
    join: new RateLimiter(limits.join),
    create: new RateLimiter(limits.create),
  };
}

/** The address a request came from: the socket's, or with `trustProxy` the proxy's first hop. */
export function clientAddress(req: IncomingMessage, trustProxy = false): string {
  if (trustProxy) {
    const hop = String(req.headers["x-forwarded-for"] ?? "").split(",")[0].trim();
    if (hop) return hop;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/** Colyseus reads the address from these headers first: make them say the truth. */
function pinAddress(req: IncomingMessage, trustProxy: boolean): string {
  const ip = clientAddress(req, trustProxy);
  delete req.headers["x-forwarded-for"];
  delete req.headers["x-client-ip"];
  req.headers["x-real-ip"] = ip;
  return ip;
}

function classify(method: string, path: string): keyof Limiters | null {
  if (method === "GET" && /^\/api\/(rooms|classrooms)\/by-code\//.test(path)) return "lookup";
  if (method === "POST") {
    const m = /^\/matchmake\/(\w+)\//.exec(path);
    if (m) return m[1] === "create" || m[1] === "joinOrCreate" ? "create" : "join";
  }
  return null;
}

export function tooManyRequests(res: ServerResponse, v: Verdict): void {
  res.writeHead(429, { "content-type": "application/json", "retry-after": String(v.retryAfter), connection: "close" });
  res.end(JSON.stringify({ code: 429, error: `too many requests from this address; try again in ${v.retryAfter} s`, retryAfter: v.retryAfter }));
}

function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  if (res.headersSent) return;
  res.writeHead(413, { "content-type": "application/json", connection: "close" });
  res.end(JSON.stringify({ code: 413, error: `request body over ${BODY_LIMIT} bytes` }), () => req.socket.destroy());
  // Whatever else arrives is thrown away as it comes: nothing is buffered.
  req.removeAllListeners("data");
  req.resume();
}

export interface GateOptions {
  limiters: Limiters;
  trustProxy?: boolean;
  bodyLimit?: number;
}

/** Put the gate before every "request" and "upgrade" listener already on the server. */
export function installGate(http: HttpServer, options: GateOptions): void {
  const limit = options.bodyLimit ?? BODY_LIMIT;
  const trustProxy = options.trustProxy ?? false;
  const listeners = http.listeners("request") as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  http.removeAllListeners("request");
  const pass = (req: IncomingMessage, res: ServerResponse) => {
    for (const l of listeners) l.call(http, req, res);
  };
  http.prependListener("upgrade", (req: IncomingMessage) => void pinAddress(req, trustProxy));
  http.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const ip = pinAddress(req, trustProxy);
    const method = req.method ?? "GET";
    const path = (req.url ?? "/").split("?")[0];
    const rule = classify(method, path);
    if (rule) {
      const v = options.limiters[rule].take(ip);
      if (!v.ok) {
        req.resume();
        return tooManyRequests(res, v);
      }
    }
    const hasBody = method !== "GET" && method !== "HEAD" && method !== "OPTIONS" && (req.headers["content-length"] !== undefined || req.headers["transfer-encoding"] !== undefined);
    if (!hasBody) return pass(req, res);
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) return tooLarge(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return tooLarge(req, res);
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (over) return;
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: string = raw;
      if (path.startsWith("/matchmake/")) {
        try {
          body = JSON.stringify(raw ? parseJsonSafely(raw) : {});
        } catch {
          res.writeHead(400, { "content-type": "application/json" });
          return void res.end(JSON.stringify({ code: 400, error: "malformed JSON body" }));
        }
        req.headers["content-type"] = "application/json";
      }
      // Read once, here: the routes behind take the body from req.body (better-call and Colyseus honour it).
      (req as IncomingMessage & { body?: unknown }).body = body;
      req.headers["content-length"] = String(Buffer.byteLength(body));
      delete req.headers["transfer-encoding"];
      pass(req, res);
    });
    req.on("error", () => req.socket.destroy());
  });
}
