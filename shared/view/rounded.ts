// Numbers in the view are for reading, not for rules: rounded so that a month's patch
// carries only changes a player could see (the engine keeps its own full precision).

/** Four significant digits (whole numbers from 1 000 up), never finer than 0.001. */
function round(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  const a = Math.abs(x);
  const f = a >= 1000 ? 1 : a >= 100 ? 10 : a >= 10 ? 100 : 1000;
  return Math.round(x * f) / f;
}

function copy<T>(value: T, number: (x: number) => number): T {
  if (typeof value === "number") return number(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => copy(v, number)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    // An absent optional field stays absent (plain data has no undefined).
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = copy(v, number);
    return out as T;
  }
  return value;
}

/** A copy of plain data with every number rounded and no undefined fields. */
export function rounded<T>(value: T): T {
  return copy(value, round);
}

/** A copy with no undefined fields and numbers as they are (orders: rounding could break a limit). */
export function plainCopy<T>(value: T): T {
  return copy(value, (x) => x);
}
