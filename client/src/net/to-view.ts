// Turn the server's state (schema JSON) — or an engine GameState — into a WorldView.
// Tolerant by design: missing fields get neutral values, maps and arrays both work.
import {
  FACTION_IDS, type FactionId, GOODS, RESEARCH_IDS, MILESTONE_IDS, LIMITING_FACTORS, type LimitingFactor, RESEARCH, TOOL_LINES,
  TONNES_PER_LAUNCH, type Order,
} from "../../../shared/index";
import type { ContractView, FabView, FactionView, MatchStatus, PlayerView, PowerView, Speed, ToolOrderView, WorldView } from "./view";

/**
 * The wire's JSON read loosely: any field may be missing or of another type. Leaves go through
 * n(), s(), month(), factor()…; `unchecked` marks the few passed on as they came.
 */
export type Raw = { readonly [key: string]: Raw } | undefined;

/** A value passed on as it came (the view's type says what the server sends there). */
function unchecked<T>(x: unknown): T {
  return x as T;
}

export function list<T = Raw>(x: unknown): T[] {
  if (Array.isArray(x)) return x as T[];
  if (x && typeof x === "object") return Object.values(x) as T[];
  return [];
}

/** [id, item] pairs from a map keyed by id, or an array of items carrying their id. */
export function entries(x: unknown): Array<[string, Raw]> {
  if (Array.isArray(x)) return x.map((item: Raw, i) => [String(unchecked<unknown>(item?.id) ?? i), item]);
  if (x && typeof x === "object") return Object.entries(x as Record<string, Raw>);
  return [];
}

/** Months: -1 and missing mean "not yet". */
function month(x: unknown): number | null {
  return typeof x === "number" && x >= 0 ? x : null;
}

function n(x: unknown, fallback = 0): number {
  const v = typeof x === "string" ? Number(x) : x;
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

function s(x: unknown, fallback = ""): string {
  return typeof x === "string" ? x : fallback;
}

/** x if it is one of `values`, else null. */
function oneOf<T extends string>(x: unknown, values: readonly T[]): T | null {
  return (values as readonly unknown[]).includes(x) ? (x as T) : null;
}

function pausesLeft(x: unknown): number | null {
  return typeof x === "number" && x >= 0 ? x : null;
}

function factor(x: unknown): LimitingFactor {
  return (LIMITING_FACTORS as readonly string[]).includes(x as string) ? (x as LimitingFactor) : "none";
}

/** A milestone map from {id: month|null}, [{id, month}], or {id: -1} (schema "not yet"). */
function milestones(id: FactionId, x: unknown): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const m of MILESTONE_IDS[id]) out[m] = null;
  const entries: Array<[string, unknown]> = Array.isArray(x)
    ? x.map((e: Raw) => [s(e?.id), e?.month])
    : x && typeof x === "object" ? Object.entries(x) : [];
  for (const [k, v] of entries) {
    const month: unknown = typeof v === "object" && v !== null ? (v as Raw)?.month : v;
    out[k] = typeof month === "number" && month >= 0 ? month : null;
  }
  return out;
}

function research(f: Raw): FactionView["research"] {
  const out = {} as FactionView["research"];
  for (const r of RESEARCH_IDS) {
    const e: unknown = f?.researchEstimates?.[r];
    if (e && typeof e === "object") {
      // The offline engine: its own estimate objects.
      const o = e as Raw;
      out[r] = { spent: n(o?.spent), level: n(o?.level), low: n(o?.low, RESEARCH[r].cost), high: n(o?.high, RESEARCH[r].cost) };
    } else {
      // The server: spent toward the next level, the known range, the level reached.
      out[r] = { spent: n(f?.researchSpent?.[r]), level: n(f?.researchLevels?.[r]), low: n(f?.researchLow?.[r], RESEARCH[r].cost), high: n(f?.researchHigh?.[r], RESEARCH[r].cost) };
    }
  }
  return out;
}

function researchThisMonth(x: Raw): FactionView["researchThisMonth"] {
  const out = {} as FactionView["researchThisMonth"];
  for (const r of RESEARCH_IDS) out[r] = n(x?.[r]);
  return out;
}

/** A JSON string from the server's schema, or undefined when absent or broken. */
function json(x: unknown): Raw {
  if (typeof x !== "string" || x === "") return undefined;
  try {
    return JSON.parse(x) as Raw;
  } catch {
    return undefined;
  }
}

function evidence(e: Raw): FactionView["evidence"] {
  const params: Record<string, number | string> = {};
  for (const [k, v] of entries(e?.params)) if (typeof v === "number" || typeof v === "string") params[k] = v;
  return { key: s(e?.key, "evidence.none"), params };
}

function nextUpOf(f: unknown, month: unknown): FactionView["nextUp"] {
  return typeof f === "string" && f !== "" && typeof month === "number" && month >= 0 ? { factor: factor(f), month } : null;
}

function scoreParts(p: Raw): FactionView["scoreParts"] {
  const milestones: Record<string, number> = {};
  for (const [k, v] of entries(p?.milestones)) milestones[k] = n(v);
  return { milestones, deploy: n(p?.deploy), logic: n(p?.logic), memory: n(p?.memory) };
}

function faction(id: FactionId, f: Raw): FactionView {
  const flows: Raw = f?.flows ?? f;
  return {
    id,
    name: s(f?.name, id),
    controller: s(f?.controller) === "human" ? "human" : "bot",
    player: s(f?.playerName ?? f?.player),
    ready: Boolean(f?.ready),
    connected: unchecked<unknown>(f?.connected) !== false,
    cash: n(f?.cash),
    debt: n(f?.debt),
    creditLimit: n(f?.creditLimit),
    loanRate: n(f?.loanRate),
    computeGW: n(f?.computeGW, n(unchecked<{ at?: (i: number) => unknown } | undefined>(f?.computeHistory)?.at?.(-1))),
    limitingFactor: factor(f?.limitingFactor),
    evidence: evidence(f?.limitingEvidence ?? json(f?.evidence)),
    nextUp: f?.nextUp !== undefined ? nextUpOf(f.nextUp?.factor, f.nextUp?.month) : nextUpOf(f?.nextUpFactor, f?.nextUpMonth),
    attack: list<Raw>(Array.isArray(f?.attack) ? f?.attack : json(f?.attack)).filter((o) => typeof unchecked<unknown>(o?.type) === "string").map((o) => unchecked<Order>(o)),
    scoreParts: scoreParts(f?.scoreParts && typeof f.scoreParts === "object" ? f.scoreParts : json(f?.scoreParts)),
    limitingHistory: list(f?.limitingHistory).map(factor),
    computeHistory: list(f?.computeHistory).map((v) => n(v)),
    cashHistory: list(f?.cashHistory).map((v) => n(v)),
    score: n(f?.score),
    milestones: milestones(id, f?.milestones),
    warehouse: n(f?.warehouse),
    poweredAccelerators: n(f?.poweredAccelerators ?? f?.powered),
    orbitAccelerators: n(f?.orbitAccelerators ?? f?.orbit),
    edgeAccelerators: n(f?.edgeAccelerators ?? f?.edge),
    gridGW: n(f?.gridGW),
    turbineGW: n(f?.turbineGW),
    solarGW: n(f?.solarGW),
    launchCadence: n(f?.launchCadence),
    launchesThisMonth: n(f?.launchesThisMonth),
    launchesTotal: n(f?.launchesTotal, Math.round(n(f?.orbitTonnes) / TONNES_PER_LAUNCH)),
    launchFailures: n(f?.launchFailures),
    edgeUnitsPerMonth: n(f?.edgeUnitsPerMonth),
    edgePending: n(f?.edgePending),
    engineers: n(f?.engineers),
    phds: n(f?.phds),
    logicWafers: n(f?.logicWafers),
    hbm: n(f?.hbm),
    dram: n(f?.dram),
    hbmShare: n(f?.hbmShare),
    research: research(f),
    researchThisMonth: researchThisMonth(f?.researchThisMonth),
    procurement: list<FactionView["procurement"][number]>(f?.procurement),
    hiring: list<FactionView["hiring"][number]>(f?.hiring),
    flows: {
      logicWafersMade: n(flows?.logicWafersMade), goodDies: n(flows?.goodDies), dramWafers: n(flows?.dramWafers), hbmMade: n(flows?.hbmMade),
      dramMade: n(flows?.dramMade), acceleratorsMade: n(flows?.acceleratorsMade), newlyPowered: n(flows?.newlyPowered), wafersSold: n(flows?.wafersSold),
      wafersOffered: n(flows?.wafersOffered), hbmOffered: n(flows?.hbmOffered), hbmSold: n(flows?.hbmSold), hbmSecured: n(flows?.hbmSecured),
      hbmUsed: n(flows?.hbmUsed), revenue: n(flows?.revenue), costs: n(flows?.costs),
      stacksAvailable: n(flows?.stacksAvailable), cashShortWafers: n(flows?.cashShortWafers), cashShortHbm: n(flows?.cashShortHbm),
      salesValue: n(flows?.salesValue), salesVolume: n(flows?.salesVolume), offeredVolume: n(flows?.offeredVolume), newLogicWafers: n(flows?.newLogicWafers), newHbmMade: n(flows?.newHbmMade),
      leadingEdgeWafersMade: n(flows?.leadingEdgeWafersMade),
    },
  };
}

function status(x: unknown): MatchStatus {
  return x === "running" || x === "paused" || x === "ended" ? x : "waiting";
}

function speed(x: unknown): Speed {
  return x === "fast" || x === "slow" ? x : "normal";
}

function players(raw: Raw): PlayerView[] {
  return entries(raw?.players).map(([key, p]) => ({
    id: s(p?.sessionId, key),
    name: s(p?.name),
    faction: oneOf(p?.faction, FACTION_IDS),
    spectator: Boolean(p?.spectator),
    ready: Boolean(p?.ready),
    connected: unchecked<unknown>(p?.connected) !== false,
    host: Boolean(p?.host) || key === unchecked<unknown>(raw?.hostId),
  }));
}

function fab(id: string, f: Raw): FabView {
  // Engine fabs count progress in months and list tools by kind; the server sends shares.
  const stageMonths: unknown = f?.stageMonths;
  const engine = typeof stageMonths === "number";
  let tools = n(f?.tools);
  if (f?.toolsNeeded && typeof f.toolsNeeded === "object") {
    let need = 0, have = 0;
    for (const [k, v] of Object.entries(unchecked<Record<string, number>>(f.toolsNeeded))) {
      need += v;
      have += Math.min(v, n(f?.toolsDelivered?.[k]));
    }
    tools = need === 0 ? 1 : have / need;
  }
  return {
    id: s(f?.id, id), owner: unchecked<FabView["owner"]>(f?.owner), site: unchecked<FabView["site"]>(f?.site), kind: s(f?.kind) === "dram" ? "dram" : "logic",
    node: unchecked<FabView["node"]>(f?.node), capacity: n(f?.capacity),
    stage: unchecked<FabView["stage"]>(f?.stage ?? "permitting"),
    progress: engine ? (stageMonths > 0 ? Math.min(1, n(f?.progress) / stageMonths) : 1) : n(f?.progress),
    yield: n(f?.yield), tools,
    blocker: f?.blocker ? unchecked<FabView["blocker"]>(f.blocker) : null,
    overtime: Boolean(f?.overtime), multipatterning: Boolean(f?.multipatterning),
    startedMonth: month(f?.startedMonth), volumeMonth: month(f?.volumeMonth), expansionOf: f?.expansionOf ? String(f.expansionOf) : null,
  };
}

function toolOrders(raw: Raw): ToolOrderView[] {
  const out: ToolOrderView[] = entries(raw?.toolOrders).map(([id, o]) => ({
    id: s(o?.id, id), line: s(o?.line), faction: unchecked<ToolOrderView["faction"]>(o?.faction), fabId: s(o?.fabId), quantity: n(o?.quantity), delivered: n(o?.delivered),
    position: n(o?.position, -1), prepaid: Boolean(o?.prepaid ?? (o?.prepaidSeq !== null && o?.prepaidSeq !== undefined)), earliestMonth: n(o?.earliestMonth),
    unitPrice: n(o?.unitPrice),
  }));
  // Engine state has no positions: number each line's queue (prepaid first by sequence, then first come).
  if (out.some((o) => o.position < 0)) {
    const seq = new Map(entries(raw?.toolOrders).map(([id, o]) => [s(o?.id, id), n(o?.prepaidSeq, Infinity)]));
    const byLine = new Map<string, ToolOrderView[]>();
    for (const o of out) if (o.delivered < o.quantity) byLine.set(o.line, [...(byLine.get(o.line) ?? []), o]);
    for (const q of byLine.values()) {
      const prepaid = q.filter((o) => o.prepaid).sort((a, b) => (seq.get(a.id) ?? 0) - (seq.get(b.id) ?? 0));
      [...prepaid, ...q.filter((o) => !o.prepaid)].forEach((o, i) => (o.position = i));
    }
  }
  return out;
}

function toolLines(raw: Raw): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, v] of entries(raw?.toolLines)) {
    const data = TOOL_LINES[id];
    out[id] = typeof v === "number" ? v : data ? (n(v?.outputPerMonth) + n(v?.fundedExtra)) * (1 - data.npcShare) : 0;
  }
  return out;
}

function power(raw: Raw): PowerView[] {
  return entries(raw?.power).map(([id, p]) => ({
    id: s(p?.id, id), owner: unchecked<PowerView["owner"]>(p?.owner), source: unchecked<PowerView["source"]>(p?.source), region: unchecked<PowerView["region"]>(p?.region),
    gw: n(p?.gw), readyMonth: month(p?.readyMonth),
  }));
}

function contracts(raw: Raw): ContractView[] {
  return entries(raw?.contracts).map(([id, c]) => ({
    id: s(c?.id, id), seller: unchecked<ContractView["seller"]>(c?.seller), buyer: unchecked<ContractView["buyer"]>(c?.buyer), good: unchecked<ContractView["good"]>(c?.good),
    perMonth: n(c?.perMonth), price: n(c?.price), months: n(c?.months),
    status: unchecked<ContractView["status"]>(c?.status), offeredBy: unchecked<ContractView["offeredBy"]>(c?.offeredBy), delivered: n(c?.delivered), breaches: n(c?.breaches),
  }));
}

export function toView(input: unknown): WorldView {
  const raw = input as Raw;
  const opts: Raw = raw?.options;
  const factions = {} as Record<FactionId, FactionView>;
  for (const id of FACTION_IDS) factions[id] = faction(id, raw?.factions?.[id] ?? list<Raw>(raw?.factions).find((f) => unchecked<unknown>(f?.id) === id));
  const markets = {} as WorldView["markets"];
  for (const g of GOODS) {
    const m = raw?.markets?.[g];
    markets[g] = { price: n(m?.price), history: list(m?.history).map((v) => n(v)) };
  }
  return {
    month: n(raw?.month),
    months: n(raw?.months ?? opts?.months, 120),
    status: status(raw?.status),
    speed: speed(raw?.speed),
    mode: oneOf(raw?.mode, ["solo", "classroom"] as const) ?? "online",
    code: s(raw?.code),
    isPrivate: Boolean(raw?.private ?? raw?.isPrivate),
    difficulty: s(raw?.difficulty ?? opts?.difficulty, "normal"),
    seed: n(raw?.seed ?? opts?.seed),
    winner: oneOf(raw?.winner, FACTION_IDS),
    pausesLeft: pausesLeft(raw?.pausesLeft),
    sanctionLevel: n(raw?.sanctionLevel, 1),
    factions,
    fabs: entries(raw?.fabs).map(([id, f]) => fab(id, f)),
    toolOrders: toolOrders(raw),
    toolLines: toolLines(raw),
    power: power(raw),
    markets,
    contracts: contracts(raw),
    players: players(raw),
    hostId: s(raw?.hostId),
    matchId: s(raw?.matchId),
  };
}
