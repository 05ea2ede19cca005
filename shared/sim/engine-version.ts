// The engine's version: which rules a replay was recorded under.
//
// A replay is options + seed + orders; it reproduces its match only under the rules that
// recorded it. Bump ENGINE_VERSION whenever a change to shared/ alters what a match does
// (the golden replays in tests/golden/ fail when that happens), then run
// `npm run golden:update`. A replay from another engine version is refused, not replayed
// into a different ending.
export const ENGINE_VERSION = 35;
