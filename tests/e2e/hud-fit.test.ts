// Rival names, their tags (bot, the player's name) and the milestone chips are whole at the
// sizes a class uses most — a 1024×768 tablet and a 1366×768 laptop — in both languages, with a
// long player name; the China card (the one reported cut at 1024×768) shows its full name; the
// "Attack it" button covers nothing of the factor banner.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { LONG, byTestId, explainFailure, open, shot, skipTutorial, useBrowser } from "./browser";

/** Elements cut short (ellipsis, overflow) or reaching past the window's right edge. */
function cut(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => [...document.querySelectorAll<HTMLElement>(sel)]
    .filter((e) => e.offsetParent !== null && (e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > window.innerWidth + 0.5))
    .map((e) => `${e.getAttribute("data-testid") ?? e.className}: ${e.textContent}`), selector);
}

const CASES = [
  { faction: "tesla", locale: "en-US", width: 1024, height: 768, china: "China (sanctioned)" },
  { faction: "china", locale: "zh-TW", width: 1024, height: 768, china: "中國（受制裁）" },
  { faction: "tesla", locale: "zh-TW", width: 1366, height: 768, china: "中國（受制裁）" },
  { faction: "samsung", locale: "en-US", width: 1366, height: 768, china: "China (sanctioned)" },
] as const;

describe("HUD text fits", () => {
  const browser = useBrowser();

  for (const c of CASES) {
    it(`${c.faction} in ${c.locale} at ${c.width}×${c.height}`, async () => {
      const tracked = await open(browser(), "/", c.locale, { width: c.width, height: c.height });
      explainFailure(tracked, `hud-fit-${c.faction}-${c.width}`);
      const { page, errors } = tracked;
      await byTestId(page, "title").waitFor();
      // A long player name: it shows as the tag on the player's own rival card.
      await page.evaluate(() => {
        const s = JSON.parse(localStorage.getItem("terrafab.settings") ?? "{}");
        localStorage.setItem("terrafab.settings", JSON.stringify({ ...s, name: "Bartholomew Fairweather" }));
      });
      await page.goto(page.url().replace(/\/?(\?.*)?$/, `/?solo=${c.faction}&difficulty=normal&speed=slow&months=60&seed=4`));
      await skipTutorial(page);
      await byTestId(page, "rival-china").waitFor({ timeout: LONG });
      await page.locator('[data-testid="world-canvas"] canvas').waitFor({ timeout: LONG });
      await expect.poll(() => byTestId(page, "rival-china").locator(".rival-text strong").textContent(), { timeout: LONG }).toContain(c.china);
      expect(await cut(page, ".rival-text strong, .rival-text .tag, .rival-text .small, .rival .factor-chip, .milestones li .ms-text, .top-bar .who strong")).toEqual([]);
      // The "Attack it" button stays in its own column, off the factor's name and "since" (Tesla's
      // opening label, 80 characters, ran left out of it on one line at 1024 px, over "since …").
      await byTestId(page, "btn-fix").waitFor({ timeout: LONG });
      const overrun = await page.evaluate(() => {
        const fix = document.querySelector('[data-testid="btn-fix"]')!.getBoundingClientRect();
        const side = document.querySelector(".factor-side")!.getBoundingClientRect();
        return Math.max(0, Math.round(side.left - fix.left), Math.round(fix.right - side.right));
      });
      expect(overrun).toBe(0);
      await shot(page, `97-hud-${c.faction}-${c.locale}-${c.width}`);
      expect(errors).toEqual([]);
    }, LONG);
  }
});
