// The teacher's secret: random, shown once, stored only as a hash.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function newTeacherKey(): string {
  return randomBytes(18).toString("base64url");
}

export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function keyMatches(key: unknown, hash: string): boolean {
  if (typeof key !== "string" || key.length === 0 || key.length > 100) return false;
  const a = Buffer.from(hashKey(key), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
