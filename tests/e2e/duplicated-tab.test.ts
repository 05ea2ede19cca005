// A duplicated tab (it copies the first tab's session, and so its seat's key) takes the seat over:
// the match goes on in the new tab, and the first is told where its seat went instead of losing it,
// and may take it back.
import { describe, expect, it } from "vitest";
import { LONG, baseUrl, byTestId, explainFailure, hudMonthIndex, open, shot, skipTutorial, useBrowser } from "./browser";

describe("a duplicated tab", () => {
  const browser = useBrowser();

  it("takes the seat over, and the first tab says where it went", async () => {
    const first = await open(browser(), "/?solo=samsung&difficulty=normal&speed=fast&months=60&seed=11");
    explainFailure(first, "duplicated-tab");
    await skipTutorial(first.page);
    await expect.poll(() => hudMonthIndex(first.page), { timeout: LONG }).toBeGreaterThanOrEqual(3);
    const before = await hudMonthIndex(first.page);
    const seat = await first.page.evaluate(() => sessionStorage.getItem("terrafab.seat"));
    expect(seat).toContain("samsung");

    // What "Duplicate tab" does: a new tab with a copy of this one's session storage.
    const second = await first.context.newPage();
    const secondErrors: string[] = [];
    second.on("pageerror", (e) => secondErrors.push(e.message));
    second.on("response", (r) => { if (r.status() >= 400) secondErrors.push(`HTTP ${r.status()}: ${r.url()}`); });
    await second.addInitScript((kept) => sessionStorage.setItem("terrafab.seat", kept), seat as string);
    await second.goto(`${baseUrl()}/`);
    await byTestId(second, "hud-limiting-factor").waitFor();
    await expect.poll(() => byTestId(second, "rival-samsung").getAttribute("class"), { timeout: LONG }).toContain("me");
    await expect.poll(() => hudMonthIndex(second), { timeout: LONG }).toBeGreaterThan(before);

    // The first tab is back at the title, told why, and does not fight for the seat.
    await byTestId(first.page, "title").waitFor();
    await expect.poll(() => first.page.locator("#ui").innerText(), { timeout: LONG }).toContain("opened in another tab or window");
    await shot(first.page, "22-first-tab-told");
    await shot(second, "23-second-tab-plays");
    const month = await hudMonthIndex(second);
    await expect.poll(() => hudMonthIndex(second), { timeout: LONG }).toBeGreaterThan(month);
    await expect(byTestId(second, "title").count()).resolves.toBe(0);

    // The first tab offers the seat back, without pressing it (not the focused, primary choice);
    // taking it sends the second tab to the title in its turn.
    const back = byTestId(first.page, "menu-continue");
    await expect(back.innerText()).resolves.toContain("Play it in this tab instead");
    await expect(back.getAttribute("class")).resolves.not.toContain("primary");
    await expect(first.page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.not.toBe("menu-continue");
    await back.click();
    await expect.poll(() => byTestId(first.page, "rival-samsung").getAttribute("class"), { timeout: LONG }).toContain("me");
    await byTestId(second, "title").waitFor({ timeout: LONG });
    await expect.poll(() => second.locator("#ui").innerText(), { timeout: LONG }).toContain("opened in another tab or window");
    const resumed = await hudMonthIndex(first.page);
    await expect.poll(() => hudMonthIndex(first.page), { timeout: LONG }).toBeGreaterThan(resumed);
    await shot(first.page, "24-first-tab-took-it-back");
    expect(secondErrors).toEqual([]);
    expect(first.errors).toEqual([]);
  });
});
