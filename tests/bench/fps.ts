// Frames a second as the benchmarks count them: a page's frame counter read once a second.
import type { Page } from "playwright-core";

export interface FrameCount {
  /** Frames so far. */
  f: number;
  /** The page's clock, ms. */
  t: number;
}

/** One figure a second for `seconds`: the frames counted over that second. */
export async function fpsSamples(page: Page, read: () => Promise<FrameCount>, seconds: number): Promise<number[]> {
  const samples: number[] = [];
  let last = await read();
  for (let i = 0; i < seconds; i++) {
    await page.waitForTimeout(1000);
    const now = await read();
    samples.push(((now.f - last.f) * 1000) / (now.t - last.t));
    last = now;
  }
  return samples;
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
