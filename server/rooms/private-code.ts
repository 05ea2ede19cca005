// Six-character codes a person can read aloud: no 0/O, 1/I/L, 5/S, 2/Z, 8/B look-alikes.
import { matchMaker } from "@colyseus/core";
import { randomInt } from "node:crypto";

export const CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

/** Codes come from the system's CSPRNG: nobody can predict the next one. */
const secureRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

export function privateCode(random: () => number = secureRandom): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length)];
  return code;
}

/** A code no open room of this kind holds, so a code always finds one room (25⁶ codes make a clash rare). */
export async function unusedCode(roomName: string): Promise<string> {
  const inUse = new Set((await matchMaker.query({ name: roomName })).map((r) => r.metadata?.code));
  let code = privateCode();
  while (inUse.has(code)) code = privateCode();
  return code;
}

export function normaliseCode(input: string): string {
  return input.trim().toUpperCase();
}
