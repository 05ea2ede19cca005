// `npm run balance -- --tables opening`: the all-in's gain is a difference of two win rates, so the
// tool plays it on three times a row's matches unless --opening-matches says otherwise; the figures
// it prints are the opening test's on those seeds (the tool run as a maintainer runs it).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { openingTest } from "../../tools/balance/opening";

function balanceJson(args: string[]): { matches: number; openings: Array<{ months: number; matches: number; normal: Record<string, number>; allIn: Record<string, number> }> } {
  const out = execFileSync(process.execPath, ["--import", "tsx", "tools/balance.ts", "--months", "60", "--tables", "opening", "--json", ...args], { encoding: "utf8" });
  return JSON.parse(out);
}

describe("balance tool: the opening test's matches", () => {
  it("plays three times a row's matches unless asked, and reports the opening test on those seeds", () => {
    const run = balanceJson(["--matches", "2", "--seed", "11"]);
    expect(run.matches).toBe(2);
    expect(run.openings).toHaveLength(1);
    expect(run.openings[0].matches).toBe(6);
    const direct = openingTest(60, 6, 11);
    expect(run.openings[0].normal).toEqual(direct.normal);
    expect(run.openings[0].allIn).toEqual(direct.allIn);
  }, 120_000);

  it("--opening-matches sets the number", () => {
    const run = balanceJson(["--matches", "2", "--opening-matches", "3", "--seed", "11"]);
    expect(run.openings[0].matches).toBe(3);
    expect(run.openings[0].allIn).toEqual(openingTest(60, 3, 11).allIn);
  }, 120_000);
});
