// Offline development only (?offline=1): the engine runs in the page, bots fill the
// other seats, and the clock ticks like the server's. Loaded on demand, never in a
// normal game, so it stays out of the initial download.
import { FACTION_IDS, attackOrders, botOrders, checkOrder, createMatch, creditLimitOf, RESEARCH_IDS, researchEstimate, loanRateOf, nextUp, scoreBreakdown, step, type GameState, type IssuedOrder } from "../../../shared/index";
import type { Backend, BackendSink, CreateOptions, JoinOptions } from "./backend";

const MS_PER_MONTH = { fast: 2000, normal: 6000, slow: 10000 } as const;

export async function createLocal(opts: CreateOptions, join: JoinOptions, sink: BackendSink): Promise<Backend> {
  const me = opts.faction ?? join.faction ?? "tesla";
  let state: GameState = createMatch({ seed: opts.seed ?? 1, months: opts.months, difficulty: opts.difficulty });
  let status: "running" | "paused" | "ended" = "running";
  let speed: keyof typeof MS_PER_MONTH = opts.speed;
  let queue: IssuedOrder[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const publish = () => {
    const next = nextUp(state);
    sink.state({
      ...state,
      status: state.status === "ended" ? "ended" : status,
      speed,
      mode: "solo",
      months: state.options.months,
      players: [{ sessionId: "local", name: join.name, faction: me, host: true, ready: true }],
      factions: Object.fromEntries(FACTION_IDS.map((id) => [id, { ...state.factions[id], researchEstimates: Object.fromEntries(RESEARCH_IDS.map((r) => [r, researchEstimate(state, id, r)])), creditLimit: creditLimitOf(state, id), loanRate: loanRateOf(state, id), nextUp: next[id], scoreParts: scoreBreakdown(state, id), attack: state.status === "running" ? attackOrders(state, id).orders : [], controller: id === me ? "human" : "bot", player: id === me ? join.name : "" }])),
    });
  };

  const tick = () => {
    timer = null;
    if (status !== "running" || state.status !== "running") return;
    const orders: IssuedOrder[] = [...queue];
    queue = [];
    for (const id of FACTION_IDS) if (id !== me) for (const order of botOrders(state, id, opts.difficulty)) orders.push({ issuer: id, order });
    const result = step(state, orders);
    state = result.state;
    for (const r of result.refusals) if (r.issuer === me) sink.message("refused", { ...r.refusal, orderType: (r.order as { type?: string })?.type, command: "order" });
    sink.message("events", result.events);
    if (state.status === "ended") {
      status = "ended";
      sink.message("ended", { matchId: "", winner: state.winner });
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
        if (refusal) sink.message("refused", { ...refusal, key: refusal.reason, command: "order", orderType: p?.type });
        else {
          queue.push({ issuer: me, order: payload as IssuedOrder["order"] });
          sink.message("queued", { orderType: p?.type, month: state.month });
        }
      } else if (type === "pause") {
        status = "paused";
        if (timer) clearTimeout(timer);
        timer = null;
        publish();
      } else if (type === "resume") {
        status = "running";
        publish();
        schedule();
      } else if (type === "speed" && typeof p?.speed === "string" && p.speed in MS_PER_MONTH) {
        speed = p.speed as keyof typeof MS_PER_MONTH;
        publish();
      }
    },
    async leave() {
      status = "ended";
      if (timer) clearTimeout(timer);
    },
  };
}
