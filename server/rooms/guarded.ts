// A match room's message handler behind the flood gate: the frame was counted when it arrived
// (close-codes.ts), decodable or not; a flooding client is refused or sent away, and a handler
// that throws answers its sender with a refusal instead of taking the room down.
import type { Client } from "@colyseus/core";
import { floodVerdict } from "./close-codes";
import { CLOSE_FLOOD } from "./flood-guard";
import { sendRefusal } from "./refusals";

export function guarded(client: Client, command: string, handle: () => void): void {
  const verdict = floodVerdict(client.ref);
  if (verdict === "kick") {
    if ((client.ref as { readyState?: number }).readyState === 1) client.leave(CLOSE_FLOOD, "flooding");
    return;
  }
  if (verdict === "refuse") return sendRefusal(client, "flood", "refusal.flood", command);
  try {
    handle();
  } catch (err) {
    sendRefusal(client, "malformed", "refusal.malformed", command, { field: "message", detail: String((err as Error).message ?? err).slice(0, 80) });
  }
}
