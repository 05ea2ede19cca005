// The teaching guide tells teachers how much the rivals moved each other ("what the rivals did to
// you"), in English and in Traditional Chinese, from the interaction matrix of `npm run balance`
// (the same 100 seeds, one faction's bot doing nothing). When the balance moves, the guide must
// move with it: this replays those matches and reads the guide's figures against them.
import { describe, expect, it } from "vitest";
import { interactionMatrices, strongestEffect } from "../../tools/balance/interaction";
import { en, quotedAll as quoted, zh } from "./teaching-guide";

/** A change as the guide writes it: whole percent, sign dropped. */
const pctOf = (x: number) => Math.round(Math.abs(x) * 100);

describe("the teaching guide's figures on what the rivals did to each other", () => {
  it("are what 100 normal-bot matches of 60 months give (windows 7–18, 19–36, 37–48 = 2029, 49–59 = 2030)", () => {
    const windows = interactionMatrices(60, 100, 1).windows.map((w) => w.matrix);
    const [early, , y2029, y2030] = windows;
    // Tesla doing nothing leaves China's HBM licences unopposed.
    const china = [pctOf(y2029.idle.tesla.china), pctOf(y2030.idle.tesla.china)];
    expect(quoted(en, /China runs (\d+)–(\d+) % more compute in 2029–30/)).toEqual([Math.min(...china), Math.max(...china)]);
    expect(quoted(zh, /中國在 2029–30 年的算力多出 (\d+)–(\d+) %/)).toEqual([Math.min(...china), Math.max(...china)]);
    // TSMC doing nothing books Tesla no wafers beyond the opening AI5 contract.
    expect(early.idle.tsmc.tesla).toBeLessThan(0);
    expect(quoted(en, /Tesla runs (\d+) % less compute in months 7–18/)).toEqual([pctOf(early.idle.tsmc.tesla)]);
    expect(quoted(zh, /特斯拉在第 7–18 個月的算力少 (\d+) %/)).toEqual([pctOf(early.idle.tsmc.tesla)]);
    // Samsung's HBM, once memory binds Tesla.
    const hbm = [pctOf(y2029.idle.samsung.tesla), pctOf(y2030.idle.samsung.tesla)];
    expect(y2030.idle.samsung.tesla).toBeLessThan(0);
    expect(quoted(en, /(\d+)–(\d+) % of Tesla's compute in 2029–30/)).toEqual([Math.min(...hbm), Math.max(...hbm)]);
    expect(quoted(zh, /2029–30 年特斯拉算力的 (\d+)–(\d+) %/)).toEqual([Math.min(...hbm), Math.max(...hbm)]);
    // China's ordinary moves (idle, doubled) reach no one's output by more than the guide says, in any window…
    const reach = Math.max(...windows.map((m) => strongestEffect({ ...m, curbs: {} }).china));
    expect(pctOf(reach)).toBeLessThanOrEqual(quoted(en, /China's ordinary moves reach nobody's output by more than (\d+) %/)[0]);
    expect(pctOf(reach)).toBeLessThanOrEqual(quoted(zh, /對任何對手產出的影響都不超過 (\d+) %/)[0]);
    // …and its curb on solar exports takes what the guide says off Tesla's compute in months 19–36.
    const curbed = windows[1].curbs.china!.tesla;
    expect(curbed).toBeLessThan(0);
    expect(quoted(en, /leaves Tesla (\d+) % less compute in months 19–36/)).toEqual([pctOf(curbed)]);
    expect(quoted(zh, /特斯拉在第 19–36 個月的算力少 (\d+) %/)).toEqual([pctOf(curbed)]);
  }, 300_000);

  it("and 120-month matches (TSMC's wafers in months 7–18, Samsung's HBM from month 73 = 2032)", () => {
    const windows = interactionMatrices(120, 100, 1).windows;
    const early = windows[0].matrix;
    const late = windows[4].matrix;
    expect(quoted(en, /less compute in months 7–18 \((\d+) % in 120-month runs\)/)).toEqual([pctOf(early.idle.tsmc.tesla)]);
    expect(quoted(zh, /特斯拉在第 7–18 個月的算力少 \d+ %\(120 個月的對局少 (\d+) %\)/)).toEqual([pctOf(early.idle.tsmc.tesla)]);
    // China's curb on solar exports, months 19–36.
    const curbed = windows[1].matrix.curbs.china!.tesla;
    expect(quoted(en, /less compute in months 19–36 \((\d+) % in 120-month runs\)/)).toEqual([pctOf(curbed)]);
    expect(quoted(zh, /第 19–36 個月的算力少 \d+ %\(120 個月的對局少 (\d+) %\)/)).toEqual([pctOf(curbed)]);
    // "About 30 %": within two points of it.
    expect(late.idle.samsung.tesla).toBeLessThan(0);
    expect(Math.abs(pctOf(late.idle.samsung.tesla) - quoted(en, /about (\d+) % from 2032 in 120-month runs/)[0])).toBeLessThanOrEqual(2);
    expect(Math.abs(pctOf(late.idle.samsung.tesla) - quoted(zh, /2032 年起約 (\d+) %/)[0])).toBeLessThanOrEqual(2);
  }, 300_000);
});
