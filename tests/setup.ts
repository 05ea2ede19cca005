// Colyseus 0.18 reconnection reads globalThis.WebSocket; Node 20 has none built in.
import { WebSocket } from "ws";

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
