// Untrusted input made safe to hand to zod: no prototype keys, no display tricks in names.

const PROTO_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * A plain copy of JSON-like input with own keys only: `__proto__`, `constructor` and
 * `prototype` are dropped at every depth, and objects whose prototype was swapped
 * (Colyseus merges options with plain assignment) are read by their own keys alone.
 */
export function dropProtoKeys(value: unknown, depth = 0): unknown {
  if (depth > 32 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => dropProtoKeys(v, depth + 1));
  if (ArrayBuffer.isView(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (PROTO_KEYS.has(key)) continue;
    out[key] = dropProtoKeys((value as Record<string, unknown>)[key], depth + 1);
  }
  return out;
}

/** JSON.parse that never creates a prototype key. */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, v) => (PROTO_KEYS.has(key) ? undefined : v));
}

/** Longest display name, in graphemes (what a person sees as one character). */
export const NAME_GRAPHEMES = 24;
/** And in UTF-16 code units, so stacked combining marks cannot make a 24-"character" wall of text. */
export const NAME_CODE_UNITS = 64;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export function graphemeCount(s: string): number {
  let n = 0;
  for (const _ of segmenter.segment(s)) n++;
  return n;
}

// Control characters (C0, C1), format characters (bidi overrides and isolates, zero-width
// space/joiners, BOM, soft hyphen…), line and paragraph separators, private use, lone surrogates.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]/gu;
// A zero-width joiner inside an emoji sequence (👩‍💻) is kept: it draws one picture, not a trick.
const EMOJI_ZWJ = /(\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})/gu;
const ZWJ_MARK = "\u{F0000}"; // private use: survives nothing else, restored below

/**
 * A display name as it will be shown everywhere: NFC, invisible and direction-changing
 * characters removed, runs of spaces made one, trimmed. Returns null when nothing is left
 * or it is longer than NAME_GRAPHEMES graphemes / NAME_CODE_UNITS code units.
 */
export function normaliseName(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 1000) return null;
  let s = input.normalize("NFC").replace(EMOJI_ZWJ, `$1${ZWJ_MARK}`);
  s = s.replace(INVISIBLE, (ch) => (ch === ZWJ_MARK ? ch : ""));
  s = s.replaceAll(ZWJ_MARK, "\u200D").replace(/\s+/gu, " ").trim();
  if (!s || s.length > NAME_CODE_UNITS || graphemeCount(s) > NAME_GRAPHEMES) return null;
  return s;
}
