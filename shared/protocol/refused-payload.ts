// The `refused` message as the server's rooms and the offline mode both send it: the stable
// code, English text, and the i18n key (with its numbers) for the player's own language.
import { t } from "../i18n";
import type { RefusedPayload } from "./messages";

export function refusedPayload(code: RefusedPayload["code"], key: string, command: string, params?: Record<string, string | number>, orderType?: string): RefusedPayload {
  const message: RefusedPayload = { code, reason: t("en", key, params), key, command };
  if (params) message.params = params;
  if (orderType) message.orderType = orderType;
  return message;
}
