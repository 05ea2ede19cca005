// Fuzz: thousands of random and malformed orders from random issuers over 60-month matches, alongside the bots.
// Nothing may throw, and every month the invariants hold: cash accounted, no negative stock,
// no tool delivered twice or beyond need, prices between floor and cap.
import { describe, expect, it } from "vitest";
import { botOrders, createMatch, FACTION_IDS, FACTIONS, GOODS, LIMITING_FACTORS, MARKETS, REFUSAL_CODES, step, t, type GameState } from "../../shared/index";
import { mulberry32 } from "./helpers";
import { ISSUERS, malformedOrder, pick, randomOrder } from "./random-orders";

function toolsDeliveredTotal(s: GameState): number {
  return s.fabs.reduce((a, f) => a + Object.values(f.toolsDelivered).reduce((x, n) => x + (n ?? 0), 0), 0);
}
function lineDeliveredTotal(s: GameState): number {
  return Object.values(s.toolLines).reduce((a, l) => a + l.delivered, 0);
}

function checkInvariants(s: GameState, initialTools: number): string[] {
  const bad: string[] = [];
  for (const id of FACTION_IDS) {
    const f = s.factions[id];
    const expected = FACTIONS[id].cash + f.income - f.spending;
    const scale = Math.max(1, Math.abs(FACTIONS[id].cash), f.income, f.spending);
    if (!(Math.abs(f.cash - expected) < 1e-6 * scale)) bad.push(`${id} cash ${f.cash} ≠ ${expected}`);
    for (const k of ["logicWafers", "hbm", "dram", "warehouse", "poweredAccelerators", "orbitAccelerators", "edgeAccelerators", "engineers", "phds", "debt", "gridGW", "turbineGW", "solarGW"] as const) {
      const v = f[k];
      if (!Number.isFinite(v) || v < 0) bad.push(`${id}.${k} = ${v}`);
    }
    if (!Number.isFinite(f.cash)) bad.push(`${id}.cash = ${f.cash}`);
    if (!(LIMITING_FACTORS as readonly string[]).includes(f.limitingFactor)) bad.push(`${id} factor ${f.limitingFactor}`);
  }
  for (const fab of s.fabs) {
    for (const [kind, n] of Object.entries(fab.toolsDelivered)) {
      if ((n ?? 0) > (fab.toolsNeeded[kind as keyof typeof fab.toolsNeeded] ?? 0)) bad.push(`${fab.id} ${kind} delivered ${n} > needed`);
    }
    if (!Number.isFinite(fab.yield) || fab.yield < 0 || fab.yield > 1) bad.push(`${fab.id} yield ${fab.yield}`);
  }
  for (const o of s.toolOrders) if (o.delivered > o.quantity) bad.push(`order ${o.id} over-delivered`);
  if (toolsDeliveredTotal(s) - initialTools !== lineDeliveredTotal(s)) bad.push(`tools at fabs ${toolsDeliveredTotal(s) - initialTools} ≠ tools shipped ${lineDeliveredTotal(s)}`);
  for (const g of GOODS) {
    const p = s.markets[g].price;
    const d = MARKETS[g];
    if (!(p >= d.basePrice * d.floor - 1e-9 && p <= d.basePrice * d.cap + 1e-9)) bad.push(`${g} price ${p}`);
  }
  return bad;
}

function fuzz(seed: number, perMonth: number): { orders: number; refused: number; accepted: number; months: number; monthly: Set<string>; curbedMonths: number } {
  const r = mulberry32(seed);
  let s = createMatch({ seed, months: 60 });
  const initialTools = toolsDeliveredTotal(s);
  let orders = 0;
  let refused = 0;
  // Which kinds of monthly funding the random orders set running (the engine then pays them each month).
  const monthly = new Set<string>();
  // Months China's curb on solar exports held (it slows others' solar and pushes the controls).
  let curbedMonths = 0;
  while (s.status === "running") {
    const batch: Array<{ issuer: unknown; order: unknown }> = [];
    for (const id of FACTION_IDS) if (r() < 0.75) for (const order of botOrders(s, id, "normal")) batch.push({ issuer: id, order });
    for (let i = 0; i < perMonth; i++) {
      const issuer = pick(r, ISSUERS);
      batch.push({ issuer, order: r() < 0.7 ? randomOrder(r, s) : malformedOrder(r, s) });
    }
    // shuffle so bots and fuzz interleave
    for (let i = batch.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [batch[i], batch[j]] = [batch[j], batch[i]];
    }
    const month = s.month;
    const result = step(s, batch as never);
    orders += batch.length;
    refused += result.refusals.length;
    for (const x of result.refusals) {
      expect(REFUSAL_CODES).toContain(x.refusal.code);
      expect(t("en", x.refusal.reason), x.refusal.reason).not.toBe(x.refusal.reason);
    }
    s = result.state;
    for (const id of FACTION_IDS) for (const m of s.factions[id].monthlyFunding) monthly.add(m.order.type);
    if (s.solarCurbSince !== null) curbedMonths += 1;
    const bad = checkInvariants(s, initialTools);
    expect(bad, `seed ${seed} month ${month}`).toEqual([]);
  }
  return { orders, refused, accepted: orders - refused, months: s.endedMonth! + 1, monthly, curbedMonths };
}

describe("fuzz", () => {
  for (const seed of [101, 202, 303]) {
    it(`seed ${seed}: 60 months of bots plus random and malformed orders — nothing throws, invariants hold`, () => {
      const stats = fuzz(seed, 70);
      expect(stats.months).toBeGreaterThan(0);
      expect(stats.orders).toBeGreaterThan(3000);
      // the fuzz must exercise the rules, not only the parser
      expect(stats.accepted).toBeGreaterThan(300);
      expect(stats.refused).toBeGreaterThan(1000);
      // Every kind of standing budget ran alongside at some point, paid by the engine month after month.
      expect([...stats.monthly].sort()).toEqual(["fundCasting", "fundLaunches", "fundResearch", "fundVendor", "lobby"]);
      // China's curb held in some months and not in others.
      expect(stats.curbedMonths).toBeGreaterThan(0);
      expect(stats.curbedMonths).toBeLessThan(stats.months);
    });
  }
});
