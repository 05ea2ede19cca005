// Copies the engine's state into the schema the clients see. Only changed
// values are assigned, and numbers are rounded, so patches stay small.
import { FACTION_IDS, RESEARCH_IDS, TOOL_LINES, attackOrders, researchEstimate, computeGW, creditLimitOf, loanRateOf, deliveredShare, lineOutput, nextUp, queueOf, scoreBreakdown, t, type FactionId, type GameState, type NextUpByFaction } from "../../shared/index";
import { ContractView, FabView, FactionView, MarketView, PowerView, ToolOrderView, type MatchState } from "./match-schema";
import type { MapSchema } from "@colyseus/schema";

const r = (x: number, places = 3) => {
  const f = 10 ** places;
  return Math.round(x * f) / f;
};

function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  if (target[key] !== value) target[key] = value;
}

/** Make a MapSchema hold exactly the given ids, creating and deleting entries. */
function sync<V>(map: MapSchema<V>, ids: Iterable<string>, create: () => V, update: (view: V, id: string) => void): void {
  const keep = new Set(ids);
  for (const key of [...map.keys()]) if (!keep.has(key)) map.delete(key);
  for (const id of keep) {
    let view = map.get(id);
    if (!view) {
      view = create();
      map.set(id, view);
    }
    update(view, id);
  }
}

function mirrorFaction(view: FactionView, state: GameState, id: FactionId, next: NextUpByFaction): void {
  const f = state.factions[id];
  put(view, "evidence", JSON.stringify(f.limitingEvidence));
  put(view, "nextUpFactor", next[id]?.factor ?? "");
  put(view, "nextUpMonth", next[id]?.month ?? -1);
  const parts = scoreBreakdown(state, id);
  put(view, "scoreParts", JSON.stringify({ milestones: parts.milestones, deploy: parts.deploy, logic: parts.logic, memory: parts.memory }));
  put(view, "attack", state.status === "running" ? JSON.stringify(attackOrders(state, id).orders) : "[]");
  put(view, "name", t("en", `faction.${id}`));
  put(view, "cash", Math.round(f.cash));
  put(view, "debt", Math.round(f.debt));
  put(view, "creditLimit", creditLimitOf(state, id));
  put(view, "loanRate", Math.round(loanRateOf(state, id) * 10000) / 10000);
  put(view, "computeGW", r(computeGW(f)));
  put(view, "limitingFactor", f.limitingFactor);
  put(view, "score", f.score);
  for (const [m, month] of Object.entries(f.milestones)) if (view.milestones.get(m) !== (month ?? -1)) view.milestones.set(m, month ?? -1);
  for (let i = view.limitingHistory.length; i < f.limitingHistory.length; i++) view.limitingHistory.push(f.limitingHistory[i]);
  for (let i = view.computeHistory.length; i < f.computeHistory.length; i++) view.computeHistory.push(f.computeHistory[i]);
  put(view, "warehouse", r(f.warehouse, 1));
  put(view, "powered", r(f.poweredAccelerators, 1));
  put(view, "orbit", r(f.orbitAccelerators, 1));
  put(view, "edge", r(f.edgeAccelerators, 1));
  put(view, "gridGW", r(f.gridGW));
  put(view, "turbineGW", r(f.turbineGW));
  put(view, "solarGW", r(f.solarGW));
  put(view, "groundGW", r(f.gridGW + f.turbineGW + f.solarGW));
  put(view, "engineers", r(f.engineers, 2));
  put(view, "phds", r(f.phds, 2));
  put(view, "logicWafers", r(f.logicWafers, 1));
  put(view, "hbm", r(f.hbm, 1));
  put(view, "dram", r(f.dram, 1));
  put(view, "hbmShare", r(f.hbmShare));
  put(view, "launchCadence", r(f.launchCadence, 2));
  put(view, "orbitTonnes", r(f.orbitTonnes, 1));
  put(view, "edgeUnitsPerMonth", r(f.edgeUnitsPerMonth, 1));
  for (const program of RESEARCH_IDS) {
    const e = researchEstimate(state, id, program);
    if (view.researchLevels.get(program) !== e.level) view.researchLevels.set(program, e.level);
    if (view.researchSpent.get(program) !== Math.round(e.spent)) view.researchSpent.set(program, Math.round(e.spent));
    if (view.researchLow.get(program) !== e.low) view.researchLow.set(program, e.low);
    if (view.researchHigh.get(program) !== e.high) view.researchHigh.set(program, e.high);
  }
  put(view, "acceleratorsMade", r(f.flows.acceleratorsMade, 1));
  put(view, "goodDies", r(f.flows.goodDies, 1));
  put(view, "hbmMade", r(f.flows.hbmMade, 1));
  put(view, "wafersSold", r(f.flows.wafersSold, 2));
  put(view, "revenue", Math.round(f.flows.revenue));
  put(view, "costs", Math.round(f.flows.costs));
}

export function mirrorState(view: MatchState, state: GameState): void {
  put(view, "month", state.month);
  put(view, "months", state.options.months);
  put(view, "sanctionLevel", state.sanctionLevel);
  put(view, "winner", state.winner ?? "");
  // The forecast runs the engine forward on a copy: once per mirror, for all four factions.
  const next = nextUp(state);
  sync(view.factions, FACTION_IDS, () => new FactionView(), (v, id) => mirrorFaction(v, state, id as FactionId, next));

  const fabs = new Map(state.fabs.map((f) => [f.id, f]));
  sync(view.fabs, fabs.keys(), () => new FabView(), (v, id) => {
    const f = fabs.get(id)!;
    put(v, "owner", f.owner);
    put(v, "site", f.site);
    put(v, "kind", f.kind);
    put(v, "node", f.node);
    put(v, "capacity", f.capacity);
    put(v, "stage", f.stage);
    put(v, "progress", f.stageMonths > 0 ? r(Math.min(1, f.progress / f.stageMonths)) : 1);
    put(v, "yield", r(f.yield));
    put(v, "tools", r(deliveredShare(f)));
    put(v, "blocker", f.blocker ?? "");
    put(v, "overtime", f.overtime);
    put(v, "multipatterning", f.multipatterning);
    put(v, "startedMonth", f.startedMonth ?? -1);
    put(v, "volumeMonth", f.volumeMonth ?? -1);
    put(v, "expansionOf", f.expansionOf ?? "");
  });

  const positions = new Map<string, number>();
  for (const lineId of Object.keys(TOOL_LINES)) queueOf(state, lineId).forEach((o, i) => positions.set(o.id, i));
  const orders = new Map(state.toolOrders.map((o) => [o.id, o]));
  sync(view.toolOrders, orders.keys(), () => new ToolOrderView(), (v, id) => {
    const o = orders.get(id)!;
    put(v, "line", o.line);
    put(v, "faction", o.faction);
    put(v, "fabId", o.fabId);
    put(v, "quantity", o.quantity);
    put(v, "delivered", o.delivered);
    put(v, "position", positions.get(id) ?? 0);
    put(v, "prepaid", o.prepaidSeq !== null);
    put(v, "earliestMonth", o.earliestMonth);
    put(v, "unitPrice", o.unitPrice);
  });
  for (const lineId of Object.keys(TOOL_LINES)) {
    const out = r(lineOutput(state, lineId) * (1 - TOOL_LINES[lineId].npcShare), 2);
    if (view.toolLines.get(lineId) !== out) view.toolLines.set(lineId, out);
  }

  const power = new Map(state.power.map((p) => [p.id, p]));
  sync(view.power, power.keys(), () => new PowerView(), (v, id) => {
    const p = power.get(id)!;
    put(v, "owner", p.owner);
    put(v, "source", p.source);
    put(v, "region", p.region);
    put(v, "gw", r(p.gw));
    put(v, "readyMonth", p.readyMonth ?? -1);
  });

  const contracts = new Map(state.contracts.map((c) => [c.id, c]));
  sync(view.contracts, contracts.keys(), () => new ContractView(), (v, id) => {
    const c = contracts.get(id)!;
    put(v, "seller", c.seller);
    put(v, "buyer", c.buyer);
    put(v, "good", c.good);
    put(v, "perMonth", r(c.perMonth, 2));
    put(v, "price", r(c.price, 2));
    put(v, "months", c.months);
    put(v, "status", c.status);
    put(v, "offeredBy", c.offeredBy);
    put(v, "delivered", r(c.delivered, 1));
    put(v, "breaches", c.breaches);
  });

  sync(view.markets, Object.keys(state.markets), () => new MarketView(), (v, id) => {
    const m = state.markets[id as keyof GameState["markets"]];
    put(v, "price", r(m.price));
    for (let i = v.history.length; i < m.history.length; i++) v.history.push(m.history[i]);
  });
}
