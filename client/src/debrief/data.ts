// Everything the debrief shows, from the stored match result (GET /api/matches/:id) when the
// server has it, else from the last world view and the client's own history.
import { FACTION_IDS, type FactionId, type LimitingFactor, type MatchRecord } from "../../../shared/index";
import { edgeGW, orbitGW } from "../model/derive";
import { apiBase } from "../net/endpoint";
import type { FactionView, WorldView } from "../net/view";

export interface DebriefFab {
  owner: FactionId;
  site: string;
  kind: string;
  node: string;
  startedMonth: number | null;
  volumeMonth: number | null;
  expansionOf: string | null;
  yield: number | null;
  multipatterning: boolean;
}

export interface DebriefData {
  months: number;
  endedMonth: number;
  winner: FactionId | null;
  me: FactionId | null;
  factions: Record<FactionId, { score: number; scoreParts: FactionView["scoreParts"]; milestones: Record<string, number | null>; limiting: LimitingFactor[]; compute: number[]; sales: number[] }>;
  dramPrice: number[];
  waferPrice: number[];
  fabs: DebriefFab[];
  tesla: { orbitGW: number; edgeGW: number; launches: number; failures: number; warehousePeak: number };
}

/** A stored list: an array, or an object's values (older records kept some lists as maps). */
function list<T>(x: unknown): T[] {
  if (Array.isArray(x)) return x as T[];
  if (x && typeof x === "object") return Object.values(x) as T[];
  return [];
}

export function fromView(v: WorldView, me: FactionId | null, warehousePeak: number): DebriefData {
  const factions = {} as DebriefData["factions"];
  for (const id of FACTION_IDS) {
    const f = v.factions[id];
    factions[id] = { score: f.score, scoreParts: f.scoreParts, milestones: f.milestones, limiting: f.limitingHistory, compute: f.computeHistory, sales: f.salesHistory ?? [] };
  }
  return {
    months: v.months,
    endedMonth: Math.max(v.month, (v.factions.tesla.limitingHistory.length || 1) - 1),
    winner: v.winner,
    me,
    factions,
    dramPrice: v.markets.dram.history,
    waferPrice: v.markets.wafer.history,
    fabs: v.fabs.map((f) => ({ owner: f.owner, site: f.site, kind: f.kind, node: f.node, startedMonth: f.startedMonth ?? null, volumeMonth: f.volumeMonth ?? null, expansionOf: f.expansionOf ?? null, yield: f.yield, multipatterning: Boolean(f.multipatterning) })),
    tesla: { orbitGW: orbitGW(v.factions.tesla), edgeGW: edgeGW(v.factions.tesla), launches: v.factions.tesla.launchesTotal, failures: v.factions.tesla.launchFailures, warehousePeak },
  };
}

/** A stored result as fetched: the sim's MatchRecord, perhaps wrapped, perhaps partial (read defensively). */
type StoredRecord = Partial<Omit<MatchRecord, "factions" | "markets">> & {
  factions?: Partial<Record<FactionId, Partial<Record<keyof MatchRecord["factions"][FactionId], unknown>> & { score?: unknown }>>;
  markets?: Partial<Record<keyof MatchRecord["markets"], unknown>>;
};

/** Overlay the stored result (the sim's MatchRecord shape) on the view's data: longer histories win. */
export function withRecord(base: DebriefData, stored: unknown): DebriefData {
  const rec = stored as { record?: unknown; result?: unknown } | null | undefined;
  const r = (rec?.record ?? rec?.result ?? rec) as StoredRecord | null | undefined;
  if (!r || typeof r !== "object" || !r.factions) return base;
  const out: DebriefData = { ...base, factions: { ...base.factions } };
  if (typeof r.winner === "string") out.winner = r.winner;
  if (typeof r.endedMonth === "number") out.endedMonth = r.endedMonth;
  for (const id of FACTION_IDS) {
    const f = r.factions[id];
    if (!f) continue;
    const lim = list<LimitingFactor>(f.limitingFactor);
    const comp = list<number>(f.computeGW);
    const sales = list<number>(f.sales);
    const ms: Record<string, number | null> = { ...base.factions[id].milestones };
    for (const m of list<{ id?: string; month?: unknown } | null>(f.milestones)) if (m?.id) ms[m.id] = typeof m.month === "number" ? m.month : null;
    out.factions[id] = {
      score: typeof f.score === "number" ? f.score : base.factions[id].score,
      scoreParts: base.factions[id].scoreParts,
      milestones: ms,
      limiting: lim.length >= base.factions[id].limiting.length ? lim : base.factions[id].limiting,
      compute: comp.length >= base.factions[id].compute.length ? comp : base.factions[id].compute,
      sales: sales.length >= base.factions[id].sales.length ? sales : base.factions[id].sales,
    };
  }
  const dram = list<number>(r.markets?.dramPrice), wafer = list<number>(r.markets?.waferPrice);
  if (dram.length >= out.dramPrice.length) out.dramPrice = dram;
  if (wafer.length >= out.waferPrice.length) out.waferPrice = wafer;
  const fabs = list<MatchRecord["fabs"][number]>(r.fabs);
  if (fabs.length) {
    out.fabs = fabs.map((f, i) => ({ ...base.fabs[i], owner: f.owner, site: f.site, kind: f.kind, node: f.node, startedMonth: f.startedMonth ?? null, volumeMonth: f.volumeMonth ?? null, expansionOf: f.expansionOf ?? null, yield: base.fabs[i]?.yield ?? null, multipatterning: base.fabs[i]?.multipatterning ?? false }));
  }
  return out;
}

export async function fetchRecord(matchId: string): Promise<unknown | null> {
  if (!matchId) return null;
  try {
    const res = await fetch(`${apiBase()}/api/matches/${encodeURIComponent(matchId)}`);
    return res.ok ? await res.json() : null;
  } catch {
    return null;
  }
}
