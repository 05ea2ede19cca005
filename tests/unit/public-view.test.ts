// The one public view: built from the engine's state with the engine's names, and the month's
// patch that carries it to clients rebuilds it exactly, month after month.
import { describe, expect, it } from "vitest";
import { applyViewPatch, botOrders, createMatch, diffView, FACTION_IDS, publicView, seatPatch, sharedView, step, viewForSeat, type GameState, type Plain } from "../../shared/index";
import { mulberry32 } from "./helpers";

function playMonths(seed: number, months: number): GameState[] {
  let state = createMatch({ seed, months: 60, difficulty: "normal" });
  const out = [state];
  for (let m = 0; m < months; m++) {
    const orders = FACTION_IDS.flatMap((id) => botOrders(state, id, "normal").map((order) => ({ issuer: id, order })));
    state = step(state, orders).state;
    out.push(state);
  }
  return out;
}

const plain = (x: unknown) => x as Plain;
const viaJson = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe("publicView", () => {
  const states = playMonths(11, 30);

  it("carries what the online client never saw: procurement, research this month, launches and edge", () => {
    const s = states[30];
    const v = publicView(s, "tesla");
    for (const id of FACTION_IDS) {
      const f = s.factions[id];
      expect(v.factions[id].procurement).toEqual(f.procurement);
      expect(Object.keys(v.factions[id].researchThisMonth).sort()).toEqual(Object.keys(f.researchThisMonth).sort());
      expect(v.factions[id].launchesThisMonth).toBe(f.launchesThisMonth);
      expect(v.factions[id].edgePending).toBeCloseTo(f.edgePending, 2);
      expect(v.factions[id].launchFailures).toBe(f.launchFailures);
    }
    expect(v.fabs.map((f) => f.id)).toEqual(s.fabs.map((f) => f.id));
    expect(v.toolOrders.map((o) => o.id)).toEqual(s.toolOrders.map((o) => o.id));
  });

  it("gives advice only to the seat's own faction", () => {
    const v = publicView(states[12], "samsung");
    expect(v.factions.samsung.attack).not.toBeNull();
    for (const id of FACTION_IDS) if (id !== "samsung") expect(v.factions[id].attack).toBeNull();
    for (const id of FACTION_IDS) expect(publicView(states[12], null).factions[id].attack).toBeNull();
  });

  it("a seat's patch is the shared patch plus its own advice, and rebuilds that seat's view exactly", () => {
    for (const seat of ["tesla", "china", null] as const) {
      let client = viaJson(viewForSeat(sharedView(states[0]), seat)) as Plain;
      for (let m = 1; m < states.length; m++) {
        const before = sharedView(states[m - 1]);
        const now = sharedView(states[m]);
        const attackBefore = seat ? viewForSeat(before, seat).factions[seat].attack : null;
        const attackNow = seat ? viewForSeat(now, seat).factions[seat].attack : null;
        const patch = seatPatch(diffView(plain(before.base), plain(now.base)), seat, attackBefore, attackNow);
        if (patch !== undefined) client = applyViewPatch(client, viaJson(patch) as never);
        expect(client).toEqual(viaJson(viewForSeat(now, seat)));
      }
    }
  });

  it("is plain data: the same after a trip through JSON, with no undefined anywhere", () => {
    const v = publicView(states[20], "china");
    expect(viaJson(v)).toEqual(v);
    const undefinedAt = (x: unknown, path: string): string[] =>
      x === undefined ? [path] : x !== null && typeof x === "object" ? Object.entries(x).flatMap(([k, y]) => undefinedAt(y, `${path}.${k}`)) : [];
    expect(undefinedAt(v, "view")).toEqual([]);
  });

  it("rebuilds exactly from month-by-month patches, and a patch is far smaller than the view", () => {
    let client = viaJson(publicView(states[0], "tesla")) as Plain;
    let patchBytes = 0;
    let viewBytes = 0;
    for (let m = 1; m < states.length; m++) {
      const prev = publicView(states[m - 1], "tesla");
      const next = publicView(states[m], "tesla");
      const patch = diffView(plain(prev), plain(next));
      if (patch !== undefined) client = applyViewPatch(client, viaJson(patch) as never);
      expect(client).toEqual(viaJson(next));
      patchBytes += JSON.stringify(patch ?? null).length;
      viewBytes += JSON.stringify(next).length;
    }
    expect(patchBytes).toBeLessThan(viewBytes / 3);
  });
});

describe("view patches", () => {
  /** Random plain data shaped like views: nested objects, histories, lists of things with ids. */
  function randomValue(r: () => number, depth: number): Plain {
    const k = Math.floor(r() * (depth > 2 ? 4 : 7));
    if (k === 0) return Math.floor(r() * 10);
    if (k === 1) return r() < 0.5 ? null : r() < 0.5;
    if (k === 2) return ["a", "b", "$x"][Math.floor(r() * 3)];
    if (k === 3) return Math.round(r() * 1e4) / 100;
    if (k === 4) return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    if (k === 5) {
      const ids = ["a", "b", "c", "d"].filter(() => r() < 0.6).sort(() => r() - 0.5);
      return ids.map((id) => ({ id, n: Math.floor(r() * 3), v: randomValue(r, depth + 2) }));
    }
    const out: Record<string, Plain> = {};
    for (const key of ["x", "y", "z", "id", "w"]) if (r() < 0.5) out[key] = randomValue(r, depth + 1);
    return out;
  }

  it("apply(prev, diff(prev, next)) is next, over 3000 random pairs and their small edits", () => {
    const r = mulberry32(20261130);
    for (let i = 0; i < 3000; i++) {
      const prev = randomValue(r, 0);
      // Half the pairs are unrelated, half are the previous value edited (as a month edits a view).
      const next = r() < 0.5 ? randomValue(r, 0) : (viaJson(prev) as Plain);
      if (next !== null && typeof next === "object" && !Array.isArray(next)) next.y = randomValue(r, 1);
      if (Array.isArray(next)) next.push(randomValue(r, 2));
      const patch = diffView(prev, next);
      expect(patch === undefined ? prev : applyViewPatch(prev, viaJson(patch) as never)).toEqual(next);
      expect(patch === undefined).toBe(JSON.stringify(prev) === JSON.stringify(next));
    }
  });

  it("leaves the parts a patch does not touch as they were", () => {
    const prev = { a: { b: [1, 2] }, c: { d: 1 } };
    const next = applyViewPatch(prev, diffView(prev, { a: { b: [1, 2] }, c: { d: 2 } })!) as typeof prev;
    expect(next.a).toBe(prev.a);
    expect(next.c).toEqual({ d: 2 });
    expect(prev.c.d).toBe(1);
  });
});
