// `preview` requests: the dry run of an order (previewOrder) for the sender's faction, answered
// with a typed `preview` reply. A preview is never an order: it is not queued, not counted in
// the month's order cap, and bad input gets a refused preview, never a kick. Previews have
// their own budget, so a panel re-asking as the player types cannot crowd out real orders.
import type { Client, Room } from "@colyseus/core";
import { MAX_PREVIEW_ID, PreviewRequestSchema, previewOrder, refuse, type FactionId, type GameState, type PreviewReply, type Refusal } from "../../shared/index";
import { floodVerdict } from "./close-codes";
import { FloodGuard } from "./flood-guard";
import { sendMatch } from "./send";

/** Previews a second a client may ask for, sustained (the panel asks at most every 150 ms)… */
export const PREVIEW_RATE = 10;
/** …and in a burst. Over it a preview is refused; nobody is kicked for previews. */
export const PREVIEW_BURST = 20;

export interface PreviewSource {
  game(): GameState;
  /** The sender's faction, or null for a spectator. */
  factionOf(sessionId: string): FactionId | null;
  started(): boolean;
}

function refused(id: number, refusal: Refusal): PreviewReply {
  return { id, ok: false, refusal };
}

/** The request's id if it has a usable one, so even a refused request's reply can be paired. */
function idOf(message: unknown): number {
  const id = (message as { id?: unknown } | null)?.id;
  return typeof id === "number" && Number.isInteger(id) && id >= 0 && id <= MAX_PREVIEW_ID ? id : 0;
}

export function answerPreview(source: PreviewSource, sessionId: string, message: unknown): PreviewReply {
  const parsed = PreviewRequestSchema.safeParse(message);
  if (!parsed.success) return refused(idOf(message), refuse("malformed", "refusal.malformed", { field: "preview", detail: parsed.error.issues[0]?.message ?? "" }));
  const { id, order } = parsed.data;
  const faction = source.factionOf(sessionId);
  if (!faction) return refused(id, refuse("not-your-faction", "refusal.spectatorCannotOrder"));
  if (!source.started()) return refused(id, refuse("not-allowed", "refusal.notStarted"));
  return { id, ...previewOrder(source.game(), faction, order) };
}

export function registerPreview(room: Room, source: PreviewSource): void {
  // Keyed by socket, so a budget goes with its connection.
  const budgets = new WeakMap<object, FloodGuard>();
  room.onMessage("preview", (client: Client, message: unknown) => {
    // A socket flooding with any kind of message is the socket guard's (close-codes.ts) to close.
    if (floodVerdict(client.ref) === "kick") return;
    let budget = budgets.get(client.ref);
    if (!budget) budgets.set(client.ref, (budget = new FloodGuard(PREVIEW_RATE, undefined, PREVIEW_BURST, Infinity)));
    try {
      if (budget.take() !== "ok") return sendMatch(client, "preview", refused(idOf(message), refuse("limit-reached", "refusal.flood")));
      sendMatch(client, "preview", answerPreview(source, client.sessionId, message));
    } catch (err) {
      // A preview must never take the room down.
      sendMatch(client, "preview", refused(idOf(message), refuse("malformed", "refusal.malformed", { field: "preview", detail: String((err as Error).message ?? err).slice(0, 80) })));
    }
  });
}
