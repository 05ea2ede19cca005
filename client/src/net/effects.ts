// Server messages about things that happened → Effects for toasts and sounds.
// Accepts the engine's GameEvent shape ({ id, month, faction, params }) in several wrappings.
import type { FactionId } from "../../../shared/index";
import type { Effect } from "./view";

/** An event as the server sends it: the engine's GameEvent or a looser wrapping. */
interface RawEvent { id?: unknown; kind?: unknown; type?: unknown; key?: unknown; month?: unknown; faction?: unknown; params?: Record<string, string | number> }

const SOUND: Record<string, Effect["sound"]> = {
  milestone: "milestone",
  victory: "milestone",
  "fab-volume": "fab-complete",
  "fab-tools-installed": "fab-complete",
  launches: "launch",
  "match-ended": "milestone",
};

/** One engine-style event → an Effect. */
export function effectOf(input: unknown, fallbackKind = "event"): Effect | null {
  if (!input || typeof input !== "object") return null;
  const e = input as RawEvent;
  const rawId: string = typeof e.id === "string" ? e.id : typeof e.kind === "string" ? e.kind : typeof e.type === "string" ? e.type : fallbackKind;
  const params: Record<string, string | number> = { ...(e.params ?? {}) };
  const faction = typeof e.faction === "string" ? (e.faction as FactionId) : undefined;
  let key: string | null;
  let sound: Effect["sound"];
  if (rawId.startsWith("event:") || rawId.startsWith("event.")) {
    key = `event.${rawId.slice(6)}`;
    sound = "alert";
  } else if (typeof e.key === "string") {
    key = e.key;
    sound = SOUND[rawId] ?? "alert";
  } else {
    key = `news.${rawId}`;
    sound = SOUND[rawId];
  }
  return { kind: rawId.replace(/^event[:.]/, "event:"), month: Number(e.month) || 0, key, params, faction, sound };
}

/** A message payload may be one event, a list, or { events: [...] }. */
export function effectsOf(type: string, payload: unknown): Effect[] {
  const events = (payload as { events?: unknown } | null | undefined)?.events;
  const items: unknown[] = Array.isArray(payload) ? payload : Array.isArray(events) ? events : [payload];
  const out: Effect[] = [];
  for (const item of items) {
    const withKind = item && typeof item === "object" && !(item as RawEvent).id && !(item as RawEvent).kind ? { ...item, id: type } : item;
    const eff = effectOf(withKind, type);
    if (eff) out.push(eff);
  }
  return out;
}
