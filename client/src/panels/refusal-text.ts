// A refusal in plain words: the engine's reason key with its parameters, in the player's language.
import { tr, hasText } from "../i18n";
import type { RefusalView } from "../net/view";

export function refusalText(r: RefusalView): string {
  if (r.reason && hasText(r.reason)) return tr(r.reason, r.params);
  if (r.reason && !/^[\w.-]+$/.test(r.reason)) return r.reason; // already a sentence
  const byCode = `refusalCode.${r.code}`;
  return hasText(byCode) ? tr(byCode) : tr("refusalCode.unknown");
}
