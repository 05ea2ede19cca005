// Sound through howler: the music loop plays in a match, controls click, and mute is
// obeyed at once and remembered after a reload (settings live in localStorage).
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { LONG, byTestId, explainFailure, open, skipTutorial, useBrowser } from "./browser";

const audio = (page: Page) => page.evaluate(() => window.__terrafab?.audio?.() ?? null);

describe("audio", () => {
  const browser = useBrowser();

  it("plays music and effects, and mute silences them and is remembered", async () => {
    const tracked = await open(browser(), "/?solo=tsmc&difficulty=easy&speed=slow&months=60&seed=4");
    explainFailure(tracked, "audio");
    const { page, errors } = tracked;
    await skipTutorial(page);
    await expect.poll(async () => (await audio(page))?.music, { timeout: LONG }).toBe(true);

    await byTestId(page, "tab-power").click();
    await expect.poll(async () => (await audio(page))?.played, { timeout: LONG }).toContain("click");

    await byTestId(page, "btn-settings").click();
    await byTestId(page, "settings-mute").check();
    await expect.poll(async () => (await audio(page))?.music, { timeout: LONG }).toBe(false);
    expect((await audio(page))?.muted).toBe(true);

    // A reload returns to the same seat, still muted.
    await page.reload();
    await byTestId(page, "hud-month").waitFor();
    const after = await audio(page);
    expect(after?.muted).toBe(true);
    expect(after?.music).toBe(false);
    expect(errors).toEqual([]);
  }, LONG);
});
