// A refusal in plain words: the engine's reason key with its parameters, in the player's language.
import { tr, hasText } from "../i18n";
import { goodInText, num } from "../i18n/format";
import type { RefusalView } from "../net/view";

/** Big numbers read better with separators (40000 → 40,000). */
function readable(params?: Record<string, string | number>): Record<string, string | number> | undefined {
  if (!params) return params;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === "number" && Math.abs(v) >= 1000 ? num(v) : typeof v === "string" ? goodInText(v) : v;
  return out;
}

export function refusalText(r: RefusalView): string {
  if (r.reason && hasText(r.reason)) return tr(r.reason, readable(r.params));
  if (r.reason && !/^[\w.-]+$/.test(r.reason)) return r.reason; // already a sentence
  const byCode = `refusalCode.${r.code}`;
  return hasText(byCode) ? tr(byCode) : tr("refusalCode.unknown");
}
