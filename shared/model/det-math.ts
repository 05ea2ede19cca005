// Powers and logarithms the same on every JavaScript engine. Math.pow, Math.exp and Math.log are
// not required to be correctly rounded, and V8 versions differ in the last digit (Node 20 and
// Chromium 156 disagree for about one input in ten): a match replayed in the browser, or on
// another Node, drifted from the server's. These use only + − × ÷, which IEEE 754 rounds the same
// everywhere, with a fixed number of steps; they are accurate to about 1e-15.

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;

/** Natural logarithm of x > 0. */
export function detLn(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  // x = m · 2^e with m in [√½, √2): scaling by 2 is exact.
  let m = x;
  let e = 0;
  while (m >= SQRT2) { m /= 2; e += 1; }
  while (m < SQRT2 / 2) { m *= 2; e -= 1; }
  // ln m = 2·atanh(s), s = (m − 1)/(m + 1), |s| < 0.172: 24 odd terms are far past double precision.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = 0;
  for (let k = 1; k < 48; k += 2) {
    sum += term / k;
    term *= s2;
  }
  return 2 * sum + e * LN2;
}

/** e^t. */
export function detExp(t: number): number {
  if (Number.isNaN(t)) return NaN;
  if (t > 709.8) return Infinity;
  if (t < -745.2) return 0;
  // t = k·ln2 + r with |r| ≤ ln2/2; e^r by its Taylor series, then × 2^k (exact doublings).
  const k = Math.round(t / LN2);
  const r = t - k * LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 24; n++) {
    term *= r / n;
    sum += term;
  }
  let out = sum;
  if (k > 0) for (let i = 0; i < k; i++) out *= 2;
  else for (let i = 0; i < -k; i++) out /= 2;
  return out;
}

/** x^y for x > 0 (the engine's elasticities and learning curves); x^0 = 1. */
export function detPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x === 0) return y > 0 ? 0 : Infinity;
  return detExp(y * detLn(x));
}

/** log₂ x. */
export function detLog2(x: number): number {
  return detLn(x) / LN2;
}
