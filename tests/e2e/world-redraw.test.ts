// The world map redraws only when something on it changed (client/src/world/redraw.ts): a still,
// paused world is not drawn again while the page keeps running; dragging the map redraws it and
// moves the map layer under the markers by the same amount; a new month redraws it.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { LONG, byTestId, explainFailure, hudMonthIndex, open, shot, skipTutorial, useBrowser } from "./browser";

const counts = (page: Page) => page.evaluate(() => ({ frames: window.__terrafab!.frames!(), renders: window.__terrafab!.worldRenders!() }));
const mapShift = (page: Page) =>
  page.evaluate(() => {
    const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec((document.querySelector(".world-map") as HTMLElement).style.transform);
    return m ? { x: Number(m[1]), y: Number(m[2]) } : null;
  });

describe("world redraws on change", () => {
  const browser = useBrowser();

  it("stays undrawn while still, redraws for a drag and for a new month", async () => {
    const tracked = await open(browser(), "/?solo=tesla&speed=slow&seed=9", "en-US", { width: 1366, height: 768 });
    explainFailure(tracked, "world-redraw");
    const { page, errors } = tracked;
    await skipTutorial(page);
    await page.waitForFunction(() => (window.__terrafab?.worldRenders?.() ?? 0) > 0, undefined, { timeout: LONG });
    // Pause once the clock runs (a click before that would not pause it), and see it paused.
    const status = () => page.locator(".top-bar .who").textContent();
    await expect.poll(status, { timeout: LONG }).not.toContain("Paused");
    await byTestId(page, "btn-pause").click();
    await expect.poll(status, { timeout: LONG }).toContain("Paused");
    await page.mouse.move(5, 5); // off the map: no hover
    // The limiting factor's rings pulse three times (about 4 s), then the world stands still.
    await page.waitForTimeout(5000);
    const before = await counts(page);
    await page.waitForTimeout(1500);
    const still = await counts(page);
    expect(still.frames - before.frames).toBeGreaterThan(20); // the page and Phaser's loop run on
    expect(still.renders - before.renders).toBeLessThanOrEqual(1); // the still world is not drawn again

    // Drag the map: it is redrawn, and the map layer moves with the markers.
    const box = (await page.locator(".world-holder canvas").boundingBox())!;
    const zoomIn = byTestId(page, "map-zoom-in");
    await zoomIn.click(); // zoomed in, the band can pan both ways
    const from = (await mapShift(page))!;
    const drawnBefore = (await counts(page)).renders;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 - 8 * i, box.y + box.height / 2 - 3 * i);
    await page.mouse.up();
    await expect.poll(async () => (await counts(page)).renders - drawnBefore).toBeGreaterThanOrEqual(3);
    const to = (await mapShift(page))!;
    expect(to.x - from.x).toBeCloseTo(-80, 0);
    expect(to.y - from.y).toBeCloseTo(-30, 0);
    await shot(page, "world-redraw-dragged");

    // A new month changes the world: it is drawn again.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    const month = await hudMonthIndex(page);
    const drawnPaused = (await counts(page)).renders;
    await byTestId(page, "btn-pause").click();
    await expect.poll(status, { timeout: LONG }).not.toContain("Paused");
    await expect.poll(() => hudMonthIndex(page), { timeout: LONG }).toBeGreaterThan(month);
    await expect.poll(async () => (await counts(page)).renders).toBeGreaterThan(drawnPaused);
    expect(errors).toEqual([]);
  });
});
