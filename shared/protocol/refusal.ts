// A refused order: a stable code for programs and an i18n key for people.
export const REFUSAL_CODES = [
  "malformed",
  "not-your-faction",
  "not-allowed",
  "unknown-target",
  "not-affordable",
  "sanctioned",
  "no-stock",
  "limit-reached",
  "wrong-stage",
  "match-over",
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  code: RefusalCode;
  /** i18n key under "refusal." with its parameters; en/zh-TW text via i18n.t(). */
  reason: string;
  params?: Record<string, string | number>;
}

export function refuse(code: RefusalCode, reason: string, params?: Record<string, string | number>): Refusal {
  return params ? { code, reason, params } : { code, reason };
}
