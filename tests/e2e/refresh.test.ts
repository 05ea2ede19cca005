// A page refresh in the middle of a match takes the same seat back, silently.
import { describe, expect, it } from "vitest";
import { LONG, byTestId, explainFailure, hudMonthIndex, open, shot, skipTutorial, useBrowser } from "./browser";

describe("refresh mid-match", () => {
  const browser = useBrowser();

  it("returns to the same seat in the same match", async () => {
    const tracked = await open(browser(), "/?solo=samsung&difficulty=normal&speed=fast&months=60&seed=7");
    explainFailure(tracked, "refresh");
    const { page, errors } = tracked;
    await skipTutorial(page);
    await expect.poll(() => hudMonthIndex(page), { timeout: LONG }).toBeGreaterThanOrEqual(3);
    const before = await hudMonthIndex(page);
    await expect(byTestId(page, "rival-samsung").getAttribute("class")).resolves.toContain("me");
    await shot(page, "20-before-refresh");

    await page.reload();
    // Back in the game, as Samsung, in the same match (the month kept going, it did not restart).
    await byTestId(page, "hud-limiting-factor").waitFor();
    await expect.poll(() => byTestId(page, "rival-samsung").getAttribute("class"), { timeout: LONG }).toContain("me");
    await expect.poll(() => hudMonthIndex(page), { timeout: LONG }).toBeGreaterThanOrEqual(before);
    await expect(byTestId(page, "title").count()).resolves.toBe(0);
    // The seat is a human's again (the bot that held it handed it back).
    await expect.poll(() => byTestId(page, "rival-samsung").textContent(), { timeout: LONG }).not.toContain("bot");
    await shot(page, "21-after-refresh");
    expect(errors).toEqual([]);
  });
});
