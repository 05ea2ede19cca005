import "./node-websocket";

// The SDK narrates its reconnection attempts on console.info from its own timers, which can fire after
// a test file has ended; vitest fails the whole run on a console line that arrives while its worker
// closes ("Closing rpc while onUserConsoleLog was pending"). The tests watch reconnection through the
// rooms' events, not this narration: drop it.
const info = console.info.bind(console);
console.info = (...args: unknown[]) => {
  if (typeof args[0] === "string" && args[0].startsWith("[Colyseus reconnection]")) return;
  info(...args);
};
