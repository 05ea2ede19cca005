// A month's change to a view, so each client receives only what changed (the view itself is
// plain data). Objects carry their changed keys; lists of things with ids are matched by id;
// lists that only grew (histories) carry the new items; anything else is sent whole.

/** Plain data as in a view: no undefined, no functions. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

type Primitive = null | boolean | number | string;

/**
 * A patch: a primitive to put as it is, or one of the operations below (keys that start with
 * "$" are operations, never data: no view key starts with "$").
 */
export type ViewPatch =
  | Primitive
  | { $set: Plain }
  | { $push: Plain[] }
  | { $ids?: string[]; $items: Record<string, ViewPatch> }
  | { $keys: Record<string, ViewPatch>; $drop?: string[] };

type Obj = { [key: string]: Plain };

function isObj(x: Plain | undefined): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function hasIds(list: Plain[]): list is Obj[] {
  return list.every((x) => isObj(x) && typeof x.id === "string");
}

function same(a: Plain, b: Plain): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && same(a[k], b[k]));
  }
  return false;
}

function diffList(prev: Plain[], next: Plain[]): ViewPatch | undefined {
  if (prev.length <= next.length && prev.every((x, i) => same(x, next[i]))) return prev.length === next.length ? undefined : { $push: next.slice(prev.length) };
  if (hasIds(prev) && hasIds(next)) {
    const before = new Map(prev.map((x) => [x.id as string, x]));
    const items: Record<string, ViewPatch> = {};
    let changed = false;
    for (const item of next) {
      const id = item.id as string;
      const old = before.get(id);
      const d = old === undefined ? { $set: item } : diffView(old, item);
      if (d !== undefined) {
        items[id] = d;
        changed = true;
      }
    }
    // The order of ids is sent only when it changed (a thing added, removed or moved).
    const ids = next.map((x) => x.id as string);
    if (prev.length === next.length && prev.every((x, i) => x.id === ids[i])) return changed ? { $items: items } : undefined;
    return { $ids: ids, $items: items };
  }
  return { $set: next };
}

function whole(next: Plain): ViewPatch {
  return next === null || typeof next !== "object" ? next : { $set: next };
}

/** What turns `prev` into `next`, or undefined when nothing changed. Each part is walked once. */
export function diffView(prev: Plain, next: Plain): ViewPatch | undefined {
  if (prev === next) return undefined;
  if (Array.isArray(prev) && Array.isArray(next)) return diffList(prev, next);
  if (isObj(prev) && isObj(next)) {
    const keys: Record<string, ViewPatch> = {};
    let changed = false;
    for (const k in next) {
      const d = k in prev ? diffView(prev[k], next[k]) : whole(next[k]);
      if (d !== undefined) {
        keys[k] = d;
        changed = true;
      }
    }
    const drop: string[] = [];
    for (const k in prev) if (!(k in next)) drop.push(k);
    if (drop.length > 0) return { $keys: keys, $drop: drop };
    return changed ? { $keys: keys } : undefined;
  }
  return whole(next);
}

/** `prev` with the patch applied: a new value, sharing every part the patch leaves alone. */
export function applyViewPatch(prev: Plain, patch: ViewPatch): Plain {
  if (patch === null || typeof patch !== "object") return patch;
  if ("$set" in patch) return patch.$set;
  if ("$push" in patch) return [...(Array.isArray(prev) ? prev : []), ...patch.$push];
  if ("$items" in patch) {
    const list = Array.isArray(prev) ? prev.filter(isObj) : [];
    const before = new Map(list.map((x) => [x.id as string, x as Plain]));
    return (patch.$ids ?? list.map((x) => x.id as string)).map((id) => {
      const p = patch.$items[id];
      const old = before.get(id) ?? null;
      return p === undefined ? old : applyViewPatch(old, p);
    });
  }
  const out: Obj = isObj(prev) ? { ...prev } : {};
  for (const [k, p] of Object.entries(patch.$keys)) out[k] = applyViewPatch(out[k] ?? null, p);
  for (const k of patch.$drop ?? []) delete out[k];
  return out;
}
