// Offline development only (?offline=1): the engine runs in the page, bots fill the
// other seats, and the clock ticks like the server's. Loaded on demand, never in a
// normal game, so it stays out of the initial download.
import {
  FACTION_IDS, botOrders, checkOrder, previewOrder, createMatch, eventTextKey, publicView, stateHash, step, t,
  type GameState, type IssuedOrder, type MatchMessageName, type MatchMessages, type Refusal,
} from "../../../shared/index";
import type { Backend, BackendSink, CreateOptions, JoinOptions } from "./backend";
import type { RoomView } from "./view";

const MS_PER_MONTH = { fast: 2000, normal: 6000, slow: 10000 } as const;

export async function createLocal(opts: CreateOptions, join: JoinOptions, sink: BackendSink): Promise<Backend> {
  const me = opts.faction ?? join.faction ?? "tesla";
  let state: GameState = createMatch({ seed: opts.seed ?? 1, months: opts.months, difficulty: opts.difficulty });
  let status: "running" | "paused" | "ended" = "running";
  let speed: keyof typeof MS_PER_MONTH = opts.speed;
  let queue: IssuedOrder[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  // The same messages, with the same payloads, as the server's match room.
  const send = <K extends MatchMessageName>(type: K, payload: MatchMessages[K]) => sink.message(type, payload);
  const refused = (r: Refusal, orderType: unknown): MatchMessages["refused"] => ({
    code: r.code, reason: t("en", r.reason, r.params), key: r.reason, command: "order",
    ...(r.params ? { params: r.params } : {}), ...(typeof orderType === "string" ? { orderType } : {}),
  });

  const seats = Object.fromEntries(FACTION_IDS.map((id) => [id, id === me ? { controller: "human", player: join.name } : { controller: "bot", player: "" }])) as RoomView["seats"];
  const publish = () => {
    sink.room({
      status: state.status === "ended" ? "ended" : status, speed, mode: "solo", code: "", difficulty: opts.difficulty, pausesLeft: null,
      players: [{ id: "local", name: join.name, faction: me, spectator: false, ready: true, connected: true, host: true }], hostId: "local", seats,
    });
    sink.match(publicView(state, me));
  };

  const tick = () => {
    timer = null;
    if (status !== "running" || state.status !== "running") return;
    const orders: IssuedOrder[] = [...queue];
    queue = [];
    for (const id of FACTION_IDS) if (id !== me) for (const order of botOrders(state, id, opts.difficulty)) orders.push({ issuer: id, order });
    const result = step(state, orders);
    state = result.state;
    for (const r of result.refusals) if (r.issuer === me) send("refused", refused(r.refusal, (r.order as { type?: unknown })?.type));
    for (const e of result.events) send("event", { id: e.id, key: eventTextKey(e.id), month: e.month, faction: e.faction ?? null, params: e.params ?? {} });
    if (state.status === "ended") {
      status = "ended";
      send("ended", { matchId: "", winner: state.winner, stateHash: stateHash(state), saved: false });
    }
    publish();
    schedule();
  };
  const schedule = () => {
    if (timer === null && status === "running") timer = setTimeout(tick, MS_PER_MONTH[speed]);
  };

  queueMicrotask(() => {
    publish();
    schedule();
  });

  return {
    seat: { sessionId: "local", faction: me, spectator: false },
    roomId: "local",
    send(type, payload) {
      const p = payload as Record<string, unknown>;
      if (type === "order") {
        const refusal = checkOrder(state, me, payload);
        if (refusal) send("refused", refused(refusal, p?.type));
        else {
          queue.push({ issuer: me, order: payload as IssuedOrder["order"] });
          send("queued", { orderType: typeof p?.type === "string" ? p.type : undefined, month: state.month });
        }
      } else if (type === "pause") {
        status = "paused";
        if (timer) clearTimeout(timer);
        timer = null;
        send("paused", { by: "host" });
        publish();
      } else if (type === "resume") {
        status = "running";
        send("resumed", { by: "host" });
        publish();
        schedule();
      } else if (type === "speed" && typeof p?.speed === "string" && p.speed in MS_PER_MONTH) {
        speed = p.speed as keyof typeof MS_PER_MONTH;
        publish();
      }
    },
    async preview(order) {
      return previewOrder(state, me, order);
    },
    async leave() {
      status = "ended";
      if (timer) clearTimeout(timer);
    },
  };
}
