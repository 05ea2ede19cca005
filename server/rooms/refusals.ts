// Refusals sent to one client: a stable code, readable text, and the i18n key for the client's language.
import { t, type RefusalCode } from "../../shared/index";
import { ServerError, type Client } from "@colyseus/core";

export interface RefusedMessage {
  code: RefusalCode | "flood";
  reason: string;
  key: string;
  params?: Record<string, string | number>;
  /** What was refused: the message type, and the order type for orders. */
  command: string;
  orderType?: string;
}

export function sendRefusal(client: Client, code: RefusedMessage["code"], key: string, command: string, params?: Record<string, string | number>, orderType?: string): void {
  const message: RefusedMessage = { code, reason: t("en", key, params), key, command };
  if (params) message.params = params;
  if (orderType) message.orderType = orderType;
  client.send("refused", message);
}

/**
 * A join the room turns down: the SDK's `create`/`joinById` rejects with `code` and
 * this English text. The i18n key is in the docs so a client can show its own language.
 */
export function joinRefused(code: 400 | 403, key: string, params?: Record<string, string | number>): ServerError {
  return new ServerError(code, t("en", key, params));
}
