// `npm run balance -- --tables hard,ladder`: one seat's win rate moves by about ±5 points over 100
// matches, so the tool plays the hard seats and the ladder on three times a row's matches unless
// --seat-matches says otherwise; the figures it prints are the hard-seat table's and the ladder's on
// those seeds (the tool run as a maintainer runs it).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cell, hardSeats, type Rates } from "../../tools/balance/cells";
import { ladder } from "../../tools/balance/ladder";

function balanceJson(args: string[]): { matches: number; seatMatches: number; hardSeats: Array<{ winRate: Rates }>; ladders: Array<{ easy: Rates; normal: Rates; hard: Rates }>; cells?: Array<{ winRate: Rates }> } {
  const out = execFileSync(process.execPath, ["--import", "tsx", "tools/balance.ts", "--months", "60", "--json", ...args], { encoding: "utf8" });
  return JSON.parse(out);
}

describe("balance tool: the seats' matches", () => {
  it("plays the hard seats and the ladder on three times a row's matches unless asked", () => {
    const run = balanceJson(["--tables", "hard,ladder", "--matches", "1", "--seed", "7"]);
    expect(run.matches).toBe(1);
    expect(run.seatMatches).toBe(3);
    expect(run.hardSeats[0].winRate).toEqual(hardSeats(60, 3, 7));
    // The ladder's hard rung is the hard-seat table itself; its easy rung the same three seeds.
    expect(run.ladders[0].hard).toEqual(run.hardSeats[0].winRate);
    expect(run.ladders[0].easy).toEqual(ladder(60, 3, 7, run.hardSeats[0].winRate).easy);
  }, 180_000);

  it("--seat-matches sets the number, and the ladder's normal rung is the all-normal cell only on the same matches", () => {
    const same = balanceJson(["--tables", "cells,ladder", "--matches", "2", "--seat-matches", "2", "--seed", "7"]);
    expect(same.seatMatches).toBe(2);
    expect(same.ladders[0].normal).toEqual(same.cells![1].winRate);
    const more = balanceJson(["--tables", "cells,ladder", "--matches", "1", "--seat-matches", "2", "--seed", "7"]);
    expect(more.ladders[0].normal).toEqual(cell(60, "normal", 2, 7).winRate);
  }, 180_000);
});
