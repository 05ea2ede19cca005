// The game played with the keyboard alone: Tab to a control, Enter or Space to use it,
// arrows between the order tabs, Space to pause — from the title to a queued order.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { LONG, baseUrl, byTestId, explainFailure, open, shot, skipTutorial, useBrowser } from "./browser";

/** Press Tab until the control with this test id has the focus (fails if it is never reached). */
async function tabTo(page: Page, testId: string, most = 250): Promise<void> {
  for (let i = 0; i < most; i++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
    if (focused === testId) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${testId} cannot be reached with Tab`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");

describe("keyboard only", () => {
  const browser = useBrowser();

  it("starts a solo match, gives an order, switches tabs and pauses without a mouse", async () => {
    const tracked = await open(browser());
    explainFailure(tracked, "keyboard");
    const { page, errors } = tracked;
    await byTestId(page, "title").waitFor();

    await tabTo(page, "menu-solo");
    await page.keyboard.press("Enter");
    await tabTo(page, "faction-card-samsung");
    await page.keyboard.press("Enter");
    // The setup screen redraws its cards on a choice: wait for the redraw rather than read at once.
    await expect.poll(() => byTestId(page, "faction-card-samsung").getAttribute("aria-pressed"), { timeout: LONG }).toBe("true");
    await tabTo(page, "setup-speed-slow");
    await page.keyboard.press("Space");
    // The choice redraws the screen; the focus stays on it, so Tab goes on from there.
    await expect.poll(() => byTestId(page, "setup-speed-slow").getAttribute("aria-pressed"), { timeout: LONG }).toBe("true");
    expect(await focusedId(page)).toBe("setup-speed-slow");
    await tabTo(page, "setup-start");
    await page.keyboard.press("Enter");

    // The first-match tutorial takes the focus; it can be left with the keyboard too.
    await byTestId(page, "tutorial").waitFor();
    await tabTo(page, "tutorial-skip");
    await page.keyboard.press("Enter");
    await byTestId(page, "tutorial").waitFor({ state: "detached" });

    // An order: Tab reaches the open tab (one stop for the tab bar), arrows walk to People.
    await tabTo(page, "tab-fabs");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => focusedId(page)).toBe("tab-people");
    await tabTo(page, "confirm-hire");
    await page.keyboard.press("Enter");
    await expect.poll(() => byTestId(page, "sent-hire").textContent(), { timeout: LONG }).toContain("Queued");

    // Arrows move between the order tabs and carry the focus (back to the open tab first).
    await tabTo(page, "tab-people");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => focusedId(page)).toBe("tab-money");
    await expect.poll(() => byTestId(page, "tab-money").getAttribute("aria-selected"), { timeout: LONG }).toBe("true");

    // Space outside a control pauses the solo clock.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".top-bar .who").textContent(), { timeout: LONG }).toContain("Paused");
    await shot(page, "60-keyboard");
    expect(errors).toEqual([]);
  }, LONG);
});

describe("shortcuts never activate a focused control", () => {
  const browser = useBrowser();

  it("Space right after clicking Confirm pauses the clock and sends no second order", async () => {
    const tracked = await open(browser(), "/");
    explainFailure(tracked, "space-after-confirm");
    const { page, errors } = tracked;
    // Every order the page sends over the match's socket, counted by type (the form's previews of it are not orders).
    const sent: string[] = [];
    page.on("websocket", (ws) => ws.on("framesent", (f) => {
      const data = typeof f.payload === "string" ? f.payload : f.payload.toString("latin1");
      if (data.includes("buildPower") && !data.includes("preview")) sent.push("buildPower");
    }));
    await page.goto(`${baseUrl()}/?solo=tesla&difficulty=normal&speed=normal&months=60&seed=9`);
    await skipTutorial(page);
    await byTestId(page, "tab-power").click();
    await byTestId(page, "form-buildPower").waitFor();
    const confirm = byTestId(page, "confirm-buildPower");
    await confirm.click();
    await expect.poll(() => byTestId(page, "sent-buildPower").textContent(), { timeout: LONG }).toContain("Queued");
    expect(await focusedId(page)).not.toBe("confirm-buildPower");

    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".top-bar .who").textContent(), { timeout: LONG }).toContain("Paused");
    // Space again (the clock runs) and once more (paused): still the one order.
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".top-bar .who").textContent(), { timeout: LONG }).not.toContain("Paused");
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".top-bar .who").textContent(), { timeout: LONG }).toContain("Paused");
    // Even with the focus put back on Confirm, Space is the pause key, not a click.
    await confirm.focus();
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".top-bar .who").textContent(), { timeout: LONG }).not.toContain("Paused");
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".top-bar .who").textContent(), { timeout: LONG }).toContain("Paused");
    await page.waitForTimeout(500);
    expect(sent).toEqual(["buildPower"]);
    await expect(byTestId(page, "refusal-clock").isVisible()).resolves.toBe(false);
    await shot(page, "61-space-after-confirm");
    expect(errors).toEqual([]);
  }, LONG);
});
