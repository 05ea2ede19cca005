// The preview is the order's own dry run: over states from seeded bot matches and many bot,
// random and malformed orders, previewOrder refuses exactly what applyOrder refuses (same code,
// key and parameters), its cost is the cash the order really takes, and it changes nothing.
import { describe, expect, it } from "vitest";
import {
  applyOrder, botOrders, createMatch, FACTION_IDS, previewOrder, stateHash, step, type GameState, type Issuer, type OrderPreview,
} from "../../shared/index";
import { foundFab, mulberry32, quietMatch } from "./helpers";
import { ISSUERS, malformedOrder, pick, randomOrder } from "./random-orders";

interface Tally {
  accepted: number;
  refused: number;
  costed: number;
}

/** Preview, then apply, each order in turn on the same working state (later orders see earlier ones). */
function checkMonth(work: GameState, batch: Array<{ issuer: unknown; order: unknown }>, tally: Tally): void {
  for (const { issuer, order } of batch) {
    const before = stateHash(work);
    const preview: OrderPreview = previewOrder(work, issuer, order);
    expect(stateHash(work), "previewing changed the state").toBe(before);
    const payer = FACTION_IDS.includes(issuer as never) ? work.factions[issuer as (typeof FACTION_IDS)[number]] : null;
    const cashBefore = payer?.cash ?? 0;
    const refusal = applyOrder(work, issuer, order);
    if (!preview.ok) {
      tally.refused++;
      expect(refusal, JSON.stringify(order)).toEqual(preview.refusal);
      expect(stateHash(work), "a refused order changed the state").toBe(before);
      continue;
    }
    tally.accepted++;
    expect(refusal, JSON.stringify(order)).toBeNull();
    // Effects are worked out on demand: asking for them after the commit must still be possible.
    expect(Array.isArray(preview.effects)).toBe(true);
    if (!payer) continue;
    // A loan brings cash in: what is "spent" is what left the account.
    const spent = Math.max(0, cashBefore - payer.cash);
    expect(spent, `${JSON.stringify(order)} cost ${preview.cost}`).toBeCloseTo(preview.cost ?? 0, 6);
    if (preview.cost !== null) tally.costed++;
  }
}

function previewMatch(seed: number, months: number, randomPerMonth: number): Tally {
  const r = mulberry32(seed);
  let s = createMatch({ seed, months: 60 });
  const tally: Tally = { accepted: 0, refused: 0, costed: 0 };
  for (let m = 0; m < months && s.status === "running"; m++) {
    const batch: Array<{ issuer: unknown; order: unknown }> = [];
    for (const id of FACTION_IDS) for (const order of botOrders(s, id, "normal")) batch.push({ issuer: id, order });
    // Every few months, the bots' orders are joined by random and broken ones on a copy of the month's state.
    if (m % 5 === 2) {
      const mixed = [...batch];
      for (let i = 0; i < randomPerMonth; i++) mixed.push({ issuer: pick(r, ISSUERS), order: r() < 0.8 ? randomOrder(r, s) : malformedOrder(r, s) });
      checkMonth(structuredClone(s), mixed, tally);
    }
    s = step(s, batch as never).state;
  }
  return tally;
}

describe("order previews", () => {
  it("refuse what applying refuses, cost what applying spends, and change nothing (3 seeded matches)", () => {
    const total: Tally = { accepted: 0, refused: 0, costed: 0 };
    for (const seed of [3, 11, 42]) {
      const t = previewMatch(seed, 45, 60);
      total.accepted += t.accepted;
      total.refused += t.refused;
      total.costed += t.costed;
    }
    // Enough of both kinds for the comparison to mean something.
    expect(total.accepted).toBeGreaterThan(200);
    expect(total.refused).toBeGreaterThan(200);
    expect(total.costed).toBeGreaterThan(100);
  }, 120_000);

  it("refuses China's ASML EUV order (export controls), as applying it would", () => {
    const { state, id } = foundFab(quietMatch(5), "china", "china", "N7", 20);
    const order = { type: "orderTools", fabId: id, line: "asml:euv", quantity: 1 };
    const preview = previewOrder(state, "china", order);
    expect(preview).toEqual({ ok: false, refusal: { code: "sanctioned", reason: "refusal.euvEmbargo" } });
    expect(applyOrder(structuredClone(state), "china", order)).toEqual(preview.ok ? null : preview.refusal);
  });

  it("gives one line's order and the full kit the same arrival date for the same tools", () => {
    const { state, id } = foundFab(quietMatch(7), "tsmc", "taiwan", "N3", 20);
    const kit = previewOrder(state, "tsmc", { type: "orderToolKit", fabId: id });
    if (!kit.ok) throw new Error(`kit refused: ${kit.refusal.reason}`);
    const euv = kit.effects.find((e) => e.key === "preview.tools.kindLine" && JSON.stringify(e.params?.vendor) === JSON.stringify({ text: "vendor.asml" }));
    expect(euv, "the kit orders EUV from ASML").toBeDefined();
    const single = previewOrder(state, "tsmc", { type: "orderTools", fabId: id, line: "asml:euv", quantity: Number(euv!.params!.n) });
    if (!single.ok) throw new Error(`single refused: ${single.refusal.reason}`);
    const queue = single.effects.find((e) => e.key === "preview.tools.queue");
    expect(queue?.params?.eta).toEqual(euv!.params!.eta);
    expect(queue?.params?.ahead).toEqual(euv!.params!.ahead);
  });

  it("checks who may give an order once, with the handlers' old refusals", () => {
    const s = quietMatch(1);
    const cases: Array<[Issuer, unknown, string]> = [
      ["teacher", { type: "borrow", amount: 100 }, "refusal.teacherCannotBuild"],
      ["teacher", { type: "spotTrade", good: "hbm", side: "buy", quantity: 1 }, "refusal.teacherCannotTrade"],
      ["tsmc", { type: "buildPower", source: "grid", region: "taiwan", gw: 1 }, "refusal.noDataCentres"],
      ["teacher", { type: "buildPower", source: "grid", region: "us", gw: 1 }, "refusal.teacherCannotBuild"],
      ["samsung", { type: "launch", count: 1 }, "refusal.launchTeslaOnly"],
      ["teacher", { type: "fundLaunches", amount: 100 }, "refusal.launchTeslaOnly"],
      ["china", { type: "deployEdge", units: 1 }, "refusal.edgeTeslaOnly"],
      ["tesla", { type: "injectEvent", eventId: "taiwan-earthquake" }, "refusal.teacherOnly"],
    ];
    for (const [issuer, order, reason] of cases) {
      const p = previewOrder(s, issuer, order);
      expect(p.ok ? null : p.refusal, `${issuer} ${JSON.stringify(order)}`).toEqual({ code: "not-allowed", reason });
      expect(applyOrder(structuredClone(s), issuer, order)).toEqual({ code: "not-allowed", reason });
    }
  });
});
