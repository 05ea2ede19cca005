// Golden replays: checked-in matches (tests/golden/*.json) with the state hash they must reach.
// A rule change that alters one bumps ENGINE_VERSION and regenerates them (`npm run golden:update`);
// a replay from another engine version is refused, not replayed into a different ending.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE_VERSION, replayMatch, replayVersionProblem, ReplayVersionError, runMatch, FACTION_IDS, type Replay } from "../../shared/index";

const DIR = resolve(import.meta.dirname, "..", "golden");
const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
const load = (f: string): Replay => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Replay;

describe("golden replays", () => {
  it("there are several, of different lengths, difficulties and events settings", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    const replays = files.map(load);
    expect(new Set(replays.map((r) => r.options.months)).size).toBeGreaterThan(1);
    expect(replays.some((r) => r.options.months >= 120)).toBe(true);
    expect(new Set(replays.map((r) => r.options.difficulty)).size).toBeGreaterThan(1);
    expect(new Set(replays.map((r) => r.options.events)).size).toBe(2);
    // Every faction gives orders in them.
    for (const id of FACTION_IDS) expect(replays.some((r) => r.orders.some((o) => o.issuer === id))).toBe(true);
  });

  for (const f of files) {
    it(`${f} reproduces its state hash under engine version ${ENGINE_VERSION}`, () => {
      const golden = load(f);
      expect(golden.stateHash, `${f} has no recorded state hash`).toMatch(/^[0-9a-f]+$/);
      expect(
        golden.engineVersion,
        `${f} was recorded by engine version ${golden.engineVersion}, this build is ${ENGINE_VERSION}: run \`npm run golden:update\``,
      ).toBe(ENGINE_VERSION);
      const { stateHash } = replayMatch(golden);
      expect(
        stateHash,
        `${f} no longer reproduces its match. If the rules changed on purpose, bump ENGINE_VERSION in ` +
          `shared/sim/engine-version.ts and run \`npm run golden:update\`; if not, the change broke determinism.`,
      ).toBe(golden.stateHash);
    });
  }
});

describe("engine version", () => {
  const { replay } = runMatch({ seed: 5, months: 60 }, { recordReplay: true });

  it("a new replay carries this build's engine version", () => {
    expect(replay!.engineVersion).toBe(ENGINE_VERSION);
    expect(replayVersionProblem(replay)).toBeNull();
  });

  it("a replay from another engine version is refused with a message naming both versions", () => {
    const other = { ...replay!, engineVersion: ENGINE_VERSION + 1 };
    expect(() => replayMatch(other)).toThrow(ReplayVersionError);
    const message = replayVersionProblem(other)!;
    expect(message).toContain(`engine version ${ENGINE_VERSION + 1}`);
    expect(message).toContain(`engine version ${ENGINE_VERSION}`);
    expect(message).toMatch(/cannot reproduce/);
  });

  it("a replay stored before replays carried a version is refused too", () => {
    const { engineVersion: _dropped, ...old } = replay!;
    expect(() => replayMatch(old)).toThrow(/before replays carried a version/);
  });
});
