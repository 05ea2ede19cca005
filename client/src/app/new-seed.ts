// A fresh match seed, chosen in the page: the solo setup's cards show the month-0 numbers of the
// very match that starts, and an offline match differs from the last one. Outside the engine, so
// the browser's own randomness is fine; every draw in the match comes from this seed.
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}
