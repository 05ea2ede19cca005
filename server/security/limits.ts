// Every limit the server enforces against abuse, with its number, in one place (docs/security.md lists them).

/** Largest HTTP request body (bytes); a larger one is refused with 413 before anything parses it. */
export const BODY_LIMIT = 16 * 1024;

/** A per-address token bucket: `burst` requests at once, then `perSecond` sustained. */
export interface RateRule {
  burst: number;
  perSecond: number;
}

export interface RateLimits {
  /** GET /api/rooms/by-code/:code and /api/classrooms/by-code/:code */
  lookup: RateRule;
  /** Wrong teacher keys (class join as teacher, results download): only failures count. */
  teacherKey: RateRule;
  /** POST /matchmake/join, joinById, reconnect (a class of 60 behind one school address must fit). */
  join: RateRule;
  /** POST /matchmake/create and joinOrCreate. */
  create: RateRule;
}

export const DEFAULT_LIMITS: RateLimits = {
  lookup: { burst: 120, perSecond: 2 },
  teacherKey: { burst: 10, perSecond: 1 / 30 },
  join: { burst: 200, perSecond: 5 },
  create: { burst: 30, perSecond: 0.5 },
};

/** For tests and benchmarks that open hundreds of rooms from one address (loopback). */
export const RELAXED_LIMITS: RateLimits = {
  lookup: { burst: 1e6, perSecond: 1e6 },
  teacherKey: { burst: 1e6, perSecond: 1e6 },
  join: { burst: 1e6, perSecond: 1e6 },
  create: { burst: 1e6, perSecond: 1e6 },
};

/** Most rooms (matches and classes) one server process holds; more are refused with 503. */
export const MAX_ROOMS = 1500;

/** Frames a second a client may send, sustained (every WebSocket frame counts, decodable or not). */
export const FRAME_RATE = 20;
/** Above this backlog (frames not yet leaked at FRAME_RATE) messages are refused. */
export const FRAME_REFUSE_LEVEL = 40;
/** Above this backlog the client is disconnected (4290): a sustained over-rate, however it is paced. */
export const FRAME_KICK_LEVEL = 80;
/** Colyseus' own per-second frame cap, a backstop behind the leaky bucket (its close is 4002). */
export const COLYSEUS_MAX_MESSAGES_PER_SECOND = 120;
