// The language switch: English ↔ 繁體中文, remembered, and applied in the match too.
import { describe, expect, it } from "vitest";
import { LONG, byTestId, explainFailure, open, shot, skipTutorial, useBrowser } from "./browser";

describe("language switch", () => {
  const browser = useBrowser();

  it("switches the title and the match to Traditional Chinese and remembers it", async () => {
    const tracked = await open(browser());
    explainFailure(tracked, "language");
    const { page, errors } = tracked;
    await expect(byTestId(page, "menu-solo").textContent()).resolves.toBe("Solo");
    await byTestId(page, "lang-zh-TW").click();
    await expect.poll(() => byTestId(page, "menu-solo").textContent()).toBe("單人");
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-TW");
    await shot(page, "30-title-zh");

    await page.reload();
    await expect.poll(() => byTestId(page, "menu-online").textContent(), { timeout: LONG }).toBe("線上");

    // In a match: the HUD and the engine's own words (the limiting factor) are in Chinese.
    await page.goto(page.url().replace(/\/?$/, "/?solo=tesla&speed=normal&months=60&seed=3"));
    await skipTutorial(page);
    await expect.poll(() => byTestId(page, "hud-limiting-factor").textContent(), { timeout: LONG }).toBe("電力");
    await expect(byTestId(page, "tab-power").textContent()).resolves.toBe("電力");
    await shot(page, "31-game-zh");

    // Back to English from the settings dialog, without leaving the match.
    await byTestId(page, "btn-settings").click();
    await byTestId(page, "settings-language").selectOption("en");
    await expect.poll(() => byTestId(page, "hud-limiting-factor").textContent(), { timeout: LONG }).toBe("Power");
    await expect(byTestId(page, "tab-power").textContent()).resolves.toBe("Power");
    await shot(page, "32-settings-en");
    expect(errors).toEqual([]);
  });
});
