// Month-by-month history kept by the client, for servers that send only the present.
// Where the server sends histories, those win; otherwise the client's own record fills in.
import { FACTION_IDS, type FactionId, GOODS, type Good, type LimitingFactor } from "../../../shared/index";
import type { WorldView } from "./view";

export class History {
  private factor: Record<FactionId, LimitingFactor[]> = { tesla: [], tsmc: [], samsung: [], china: [] };
  private compute: Record<FactionId, number[]> = { tesla: [], tsmc: [], samsung: [], china: [] };
  private cash: Record<FactionId, number[]> = { tesla: [], tsmc: [], samsung: [], china: [] };
  private prices: Record<Good, number[]> = { wafer: [], hbm: [], dram: [], accelerator: [] };
  /** First and volume months of fabs, seen as they happen. */
  readonly fabSeen = new Map<string, { started: number; volume: number | null }>();
  /** Largest pile of unpowered accelerators each faction had (thousands). */
  readonly warehousePeak: Record<FactionId, number> = { tesla: 0, tsmc: 0, samsung: 0, china: 0 };

  /** Record the month just shown (the state after the tick of view.month - 1). */
  record(v: WorldView): void {
    if (v.status === "waiting") return;
    const m = v.status === "ended" ? v.month : v.month - 1;
    if (m < 0) return;
    for (const id of FACTION_IDS) {
      const f = v.factions[id];
      this.factor[id][m] = f.limitingFactor;
      this.compute[id][m] = f.computeGW;
      this.cash[id][m] = f.cash;
      this.warehousePeak[id] = Math.max(this.warehousePeak[id], f.warehouse);
    }
    for (const g of GOODS) this.prices[g][m] = v.markets[g].price;
    for (const fab of v.fabs) {
      const seen = this.fabSeen.get(fab.id) ?? { started: fab.startedMonth ?? m, volume: null };
      if (fab.volumeMonth !== null && fab.volumeMonth !== undefined) seen.volume = fab.volumeMonth;
      else if (fab.stage === "volume" && seen.volume === null) seen.volume = m;
      this.fabSeen.set(fab.id, seen);
    }
  }

  /** The view with empty histories filled from the client's record. */
  fill(v: WorldView): WorldView {
    for (const id of FACTION_IDS) {
      const f = v.factions[id];
      if (f.limitingHistory.length === 0) f.limitingHistory = dense(this.factor[id], "none");
      if (f.computeHistory.length === 0) f.computeHistory = dense(this.compute[id], 0);
      if (f.cashHistory.length === 0) f.cashHistory = dense(this.cash[id], 0);
    }
    for (const g of GOODS) if (v.markets[g].history.length === 0) v.markets[g].history = dense(this.prices[g], v.markets[g].price);
    return v;
  }
}

/** Holes (months before a refresh) take the first known value, so charts stay continuous. */
function dense<T>(sparse: T[], fallback: T): T[] {
  const first = sparse.find((x) => x !== undefined) ?? fallback;
  const out: T[] = [];
  let last = first;
  for (let i = 0; i < sparse.length; i++) {
    if (sparse[i] !== undefined) last = sparse[i];
    out.push(last);
  }
  return out;
}
