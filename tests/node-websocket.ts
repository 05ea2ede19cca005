// The SDK in Node (tests, benchmarks) talks through ws, whatever the Node release. Colyseus 0.18
// reads globalThis.WebSocket, which Node 20 lacks; and with Node 22's own WebSocket the SDK's
// clients never came back from a server killed with -9 (tests/scale/restart.test.ts and
// cluster.test.ts timed out on Node 22.23; with ws, and on Node 24, they pass). Import this before
// the SDK: it picks its WebSocket when it loads. Browsers use their own, as players do.
import { WebSocket } from "ws";

(globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;
