// Shared helpers for the TerraFab asset generators (no npm dependencies).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** mulberry32 — tiny seeded PRNG, returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Write a file, creating its folder; returns the byte size. */
export function writeOut(relPath, data) {
  const abs = resolve(ROOT, relPath);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, data);
  return Buffer.byteLength(data);
}

/** Format a number compactly and deterministically (max 2 decimals). */
export function n(v, d = 2) {
  const s = Number(v).toFixed(d);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
