// Server → client messages through their typed maps (shared/protocol/messages.ts): a name the
// client does not know, or a payload of the wrong shape, does not compile.
import type { Client } from "@colyseus/core";
import type { ClassMessages, MatchMessages } from "../../shared/index";

interface Broadcaster {
  broadcast(type: string, message?: unknown): void;
}

export function broadcastMatch<K extends keyof MatchMessages>(room: Broadcaster, type: K, payload: MatchMessages[K]): void {
  room.broadcast(type, payload);
}

export function sendMatch<K extends keyof MatchMessages>(client: Client, type: K, payload: MatchMessages[K]): void {
  client.send(type, payload);
}

export function broadcastClass<K extends keyof ClassMessages>(room: Broadcaster, type: K, payload: ClassMessages[K]): void {
  room.broadcast(type, payload);
}

export function sendClass<K extends keyof ClassMessages>(client: Client, type: K, payload: ClassMessages[K]): void {
  client.send(type, payload);
}
