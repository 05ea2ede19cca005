// Refusals sent to one client: a stable code, readable text, and the i18n key for the client's language.
import { refusedPayload, t, type RefusedPayload } from "../../shared/index";
import { ServerError, type Client } from "@colyseus/core";
import { sendMatch } from "./send";

/** The `refused` message (shared/protocol/messages.ts; the same in both rooms). */
export type RefusedMessage = RefusedPayload;

export function sendRefusal(client: Client, code: RefusedMessage["code"], key: string, command: string, params?: Record<string, string | number>, orderType?: string): void {
  sendMatch(client, "refused", refusedPayload(code, key, command, params, orderType));
}

/**
 * A join the room turns down: the SDK's `create`/`joinById` rejects with `code` and
 * this English text. The i18n key is in the docs so a client can show its own language.
 */
export function joinRefused(code: 400 | 403, key: string, params?: Record<string, string | number>): ServerError {
  return new ServerError(code, t("en", key, params));
}
