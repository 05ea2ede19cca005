// Six-character codes a person can read aloud: no 0/O, 1/I/L, 5/S, 2/Z, 8/B look-alikes.
export const CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

export function privateCode(random: () => number = Math.random): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length)];
  return code;
}

export function normaliseCode(input: string): string {
  return input.trim().toUpperCase();
}
