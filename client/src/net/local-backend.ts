// Offline development only (?offline=1): the engine runs in the page through the same match host
// as the server's room (shared/host), bots fill the other seats, and the clock is setTimeout.
// Loaded on demand, never in a normal game, so it stays out of the initial download.
import {
  FACTION_IDS, MatchHost, SPEEDS, createMatch, eventTextKey, previewOrder, publicView, refusedPayload, stateHash,
  type ClockChange, type MatchMessageName, type MatchMessages, type MonthStepped, type Refusal, type Speed,
} from "../../../shared/index";
import type { Backend, BackendSink, CreateOptions, JoinOptions } from "./backend";
import { timeoutScheduler } from "./timeout-scheduler";
import type { RoomView } from "./view";
import { newSeed } from "../app/new-seed";

export async function createLocal(opts: CreateOptions, join: JoinOptions, sink: BackendSink): Promise<Backend> {
  const me = opts.faction ?? join.faction ?? "tesla";

  // The same messages, with the same payloads, as the server's match room.
  const send = <K extends MatchMessageName>(type: K, payload: MatchMessages[K]) => sink.message(type, payload);
  const refused = (r: Refusal, orderType: unknown) => refusedPayload(r.code, r.reason, "order", r.params, typeof orderType === "string" ? orderType : undefined);

  const seats = Object.fromEntries(FACTION_IDS.map((id) => [id, id === me ? { controller: "human", player: join.name } : { controller: "bot", player: "" }])) as RoomView["seats"];
  const publish = () => {
    const state = host.game;
    sink.room({
      status: state.status === "ended" ? "ended" : host.status, speed: host.speed, mode: "solo", code: "", difficulty: opts.difficulty, pausesLeft: null,
      players: [{ id: "local", name: join.name, faction: me, spectator: false, ready: true, connected: true, host: true }], hostId: "local", seats,
    });
    sink.match(publicView(state, me));
  };

  const month = ({ events, refusals }: MonthStepped) => {
    for (const r of refusals) if (r.issuer === me) send("refused", refused(r.refusal, (r.order as { type?: unknown })?.type));
    for (const e of events) send("event", { id: e.id, key: eventTextKey(e.id), month: e.month, faction: e.faction ?? null, params: e.params ?? {} });
    // The last month is published with its `ended` (the clock says so next).
    if (host.game.status !== "ended") publish();
  };
  const clock = (change: ClockChange) => {
    if (change.kind === "paused") send("paused", { by: change.by });
    if (change.kind === "resumed") send("resumed", { by: change.by });
    if (change.kind === "ended") send("ended", { matchId: "", winner: host.game.winner, stateHash: stateHash(host.game), saved: false });
    publish();
  };

  const host = new MatchHost({
    game: createMatch({ seed: opts.seed ?? newSeed(), months: opts.months, difficulty: opts.difficulty }),
    difficulty: opts.difficulty,
    scheduler: timeoutScheduler,
    clock: { status: "waiting", speed: opts.speed, pausesLeft: -1, heldForClass: false },
    listener: { stepped: month, clock },
  });
  host.seatBots(FACTION_IDS.filter((id) => id !== me));
  // Started once the page listens (the sink is ready after this returns).
  queueMicrotask(() => host.start());

  return {
    seat: { sessionId: "local", faction: me, spectator: false },
    roomId: "local",
    send(type, payload) {
      const p = payload as Record<string, unknown>;
      if (type === "order") {
        const refusal = host.submit(me, payload);
        if (refusal) send("refused", refused(refusal, p?.type));
        else send("queued", { orderType: typeof p?.type === "string" ? p.type : undefined, month: host.game.month });
      } else if (type === "pause") {
        host.pause("player", "host");
      } else if (type === "resume") {
        host.resume("player", "host");
      } else if (type === "speed" && SPEEDS.includes(p?.speed as Speed)) {
        host.setSpeed(p.speed as Speed);
      }
    },
    async preview(order) {
      return previewOrder(host.game, me, order);
    },
    async leave() {
      host.suspend();
    },
  };
}
