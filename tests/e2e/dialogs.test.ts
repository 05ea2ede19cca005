// Nothing loses a match by accident: Leave asks first, a dialog stops a solo clock while it is
// open (running again when it closes, if it ran before), and a solo match left is kept by the
// server and offered back as "Continue" on the title.
import { describe, expect, it } from "vitest";
import { LONG, byTestId, explainFailure, hudMonthIndex, open, shot, skipTutorial, useBrowser } from "./browser";

describe("dialogs in a solo match", () => {
  const browser = useBrowser();

  it("settings pause the clock; Leave asks, Stay keeps the match, Leave keeps it for Continue", async () => {
    const tracked = await open(browser(), "/?solo=tsmc&difficulty=normal&speed=normal&months=60&seed=4");
    explainFailure(tracked, "dialogs");
    const { page, errors } = tracked;
    await skipTutorial(page);
    const status = () => page.locator(".top-bar .who").textContent();
    await expect.poll(status, { timeout: LONG }).not.toContain("Paused");

    await byTestId(page, "btn-settings").click();
    await byTestId(page, "settings").waitFor();
    await expect.poll(status, { timeout: LONG }).toContain("Paused");
    await byTestId(page, "settings-close").click();
    await expect.poll(status, { timeout: LONG }).not.toContain("Paused");

    // Paused by the player before the dialog: still paused after it.
    await byTestId(page, "btn-pause").click();
    await expect.poll(status, { timeout: LONG }).toContain("Paused");
    await byTestId(page, "btn-settings").click();
    await page.keyboard.press("Escape");
    await page.waitForTimeout(600);
    await expect(status()).resolves.toContain("Paused");
    await byTestId(page, "btn-pause").click();
    await expect.poll(status, { timeout: LONG }).not.toContain("Paused");

    // The glossary, from the order panel (and from a form's title), is a dialog too.
    await byTestId(page, "btn-glossary").click();
    await byTestId(page, "glossary").waitFor();
    await expect(byTestId(page, "gloss-euv").textContent()).resolves.toContain("EUV");
    await expect(byTestId(page, "glossary").textContent()).resolves.toMatch(/multipatterning[\s\S]*HBM[\s\S]*Wafer starts[\s\S]*Yield/);
    await expect.poll(status, { timeout: LONG }).toContain("Paused");
    await shot(page, "63-glossary");
    await byTestId(page, "glossary-close").click();
    await expect.poll(status, { timeout: LONG }).not.toContain("Paused");
    await byTestId(page, "tab-tools").click();
    await byTestId(page, "gloss-link-orderToolKit").click();
    await byTestId(page, "glossary").waitFor();
    await page.keyboard.press("Escape");
    await byTestId(page, "glossary").waitFor({ state: "detached" });

    await byTestId(page, "btn-leave").click();
    await byTestId(page, "leave-confirm").waitFor();
    await expect.poll(status, { timeout: LONG }).toContain("Paused");
    await shot(page, "62-leave-confirm");
    await byTestId(page, "leave-confirm-no").click();
    await byTestId(page, "leave-confirm").waitFor({ state: "detached" });
    await expect(byTestId(page, "hud-limiting-factor").isVisible()).resolves.toBe(true);
    await expect.poll(status, { timeout: LONG }).not.toContain("Paused");

    // Leaving keeps the solo match on the server: the title offers it back, where it was.
    const leftAt = await hudMonthIndex(page);
    await byTestId(page, "btn-leave").click();
    await byTestId(page, "leave-confirm-yes").click();
    await byTestId(page, "title").waitFor();
    await expect(byTestId(page, "refusal-clock").count()).resolves.toBe(0);
    await expect(byTestId(page, "continue-hint").textContent()).resolves.toContain("TSMC");
    await shot(page, "64-title-continue");
    await byTestId(page, "menu-continue").click();
    await byTestId(page, "hud-limiting-factor").waitFor({ timeout: LONG });
    await expect(page.locator(".top-bar .who").textContent()).resolves.toContain("TSMC");
    const back = await hudMonthIndex(page);
    expect(back).toBeGreaterThanOrEqual(leftAt);
    expect(back).toBeLessThanOrEqual(leftAt + 2); // kept, not restarted, and not run on while away
    // It comes back as it was left: paused (the Leave dialog paused it), and Resume runs it on.
    await expect(page.locator(".top-bar .who").textContent()).resolves.toContain("Paused");
    await byTestId(page, "btn-pause").click();
    await expect.poll(() => hudMonthIndex(page), { timeout: LONG }).toBeGreaterThan(back);
    expect(errors).toEqual([]);
  }, LONG);
});
