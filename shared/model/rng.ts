// Seeded randomness: mulberry32. The generator's whole state is one uint32
// kept in the game state, so a saved state resumes the same sequence.

export interface RngHolder {
  rng: number;
}

/** Next float in [0, 1); advances holder.rng. */
export function nextRandom(holder: RngHolder): number {
  let t = (holder.rng = (holder.rng + 0x6d2b79f5) >>> 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function randomInt(holder: RngHolder, minInclusive: number, maxInclusive: number): number {
  return minInclusive + Math.floor(nextRandom(holder) * (maxInclusive - minInclusive + 1));
}

export function chance(holder: RngHolder, p: number): boolean {
  return nextRandom(holder) < p;
}

/** Fisher–Yates shuffle in place, seeded. */
export function shuffle<T>(holder: RngHolder, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(nextRandom(holder) * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** A stand-alone seeded generator (for bots and tests that must not touch game state). */
export function seededRng(seed: number): () => number {
  const holder = { rng: seed >>> 0 };
  return () => nextRandom(holder);
}
