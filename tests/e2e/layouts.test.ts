// Every screen size a student may have: a phone in portrait (390×844), a tablet (1024×768) and a
// small laptop (1366×768). Screenshots go to test-artifacts/ (look at them); the checks are what
// must hold everywhere: the map has room, the orders are reachable, no text is cut short.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { LONG, byTestId, explainFailure, open, shot, skipTutorial, useBrowser } from "./browser";

const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 1024, height: 768 },
  { name: "laptop", width: 1366, height: 768 },
] as const;

/** Elements whose text is cut (ellipsis or overflow) among those matching the selector. */
function clipped(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => [...document.querySelectorAll<HTMLElement>(sel)]
    .filter((e) => e.offsetParent !== null && (e.scrollWidth > e.clientWidth + 1))
    .map((e) => `${e.getAttribute("data-testid") ?? e.className}: ${e.textContent}`), selector);
}

async function box(page: Page, testId: string) {
  return page.locator(`[data-testid="${testId}"]`).first().boundingBox();
}

describe("layouts", () => {
  const browser = useBrowser();

  for (const size of SIZES) {
    it(`solo match at ${size.width}×${size.height}`, async () => {
      const tracked = await open(browser(), "/", "en-US", { width: size.width, height: size.height });
      explainFailure(tracked, `layout-${size.name}`);
      const { page, errors } = tracked;
      await byTestId(page, "title").waitFor();
      await shot(page, `80-${size.name}-title`);
      await page.goto(page.url().replace(/\/?$/, "/?solo=samsung&difficulty=normal&speed=slow&months=60&seed=3"));
      await skipTutorial(page);
      await page.locator('[data-testid="world-canvas"] canvas').waitFor();
      await page.waitForTimeout(1500);

      // The map gets a real share of the screen.
      const map = await box(page, "world");
      expect(map, "map").not.toBeNull();
      expect(map!.width).toBeGreaterThanOrEqual(Math.min(size.width - 2, 600));
      expect(map!.height).toBeGreaterThanOrEqual(size.name === "phone" ? 260 : 380);
      // Nothing on the page is wider than the screen.
      const overflowX = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflowX).toBeLessThanOrEqual(0);
      // Names and milestones are whole.
      expect(await clipped(page, ".rival-text strong, .milestones li .ms-text, .top-bar .who strong, .factor-name")).toEqual([]);
      await shot(page, `81-${size.name}-game`);
      if (size.name !== "phone") {
        // News toasts sit in the map's top-left corner (ocean and orbit), under the factor banner
        // and west of the map's middle, where East Asia's fab columns stand.
        const spot = await page.evaluate(() => {
          const t = document.getElementById("toasts")!.getBoundingClientRect();
          const m = document.querySelector(".map-wrap")!.getBoundingClientRect();
          const banner = document.querySelector(".factor-banner")?.getBoundingClientRect();
          return { dx: t.left - m.left, dy: t.top - m.top, pastMiddle: t.right - (m.left + m.width / 2), belowBanner: banner ? t.top - banner.bottom : null };
        });
        expect(spot.dx).toBeGreaterThanOrEqual(0);
        expect(spot.dx).toBeLessThan(20);
        expect(spot.dy).toBeGreaterThanOrEqual(0);
        expect(spot.dy).toBeLessThan(20);
        expect(spot.pastMiddle).toBeLessThanOrEqual(0);
        expect(spot.belowBanner).toBeGreaterThanOrEqual(0);
      }
      // The tutorial, skipped, gave the clock back.
      await expect.poll(() => page.locator(".top-bar .who").textContent(), { timeout: LONG }).not.toContain("Paused");
      // Map labels: none overlap, none smaller than 11 px on screen (at 1366×768 and everywhere).
      const labels = await mapLabels(page);
      expect(labels.count).toBeGreaterThan(5);
      expect(labels.overlaps).toEqual([]);
      expect(labels.minPx).toBeGreaterThanOrEqual(10.9);
      // Zoomed in (buttons for touch screens), more detail shows and still nothing overlaps.
      await byTestId(page, "map-zoom-in").click();
      await byTestId(page, "map-zoom-in").click();
      await page.waitForTimeout(300);
      const zoomed = await mapLabels(page);
      expect(zoomed.overlaps).toEqual([]);
      await shot(page, `81-${size.name}-game-zoomed`);
      await byTestId(page, "map-zoom-fit").click();

      // The orders: beside the map, or (phone) in a bottom sheet opened from the HUD.
      if (size.name === "phone") {
        await expect(byTestId(page, "order-panel").isVisible()).resolves.toBe(false);
        await byTestId(page, "btn-orders").click();
      }
      await byTestId(page, "tab-people").click();
      const confirm = byTestId(page, "confirm-hire");
      await confirm.scrollIntoViewIfNeeded();
      const c = await confirm.boundingBox();
      expect(c, "confirm-hire").not.toBeNull();
      expect(c!.y + c!.height).toBeLessThanOrEqual(size.height);
      expect(c!.x + c!.width).toBeLessThanOrEqual(size.width);
      await confirm.click();
      await expect.poll(() => byTestId(page, "sent-hire").textContent(), { timeout: LONG }).toMatch(/Sent|Queued/);
      await shot(page, `82-${size.name}-orders`);
      if (size.name === "phone") {
        await byTestId(page, "btn-orders").click();
        await expect(byTestId(page, "order-panel").isVisible()).resolves.toBe(false);
      }
      expect(errors).toEqual([]);
    }, LONG);
  }

  it("in Traditional Chinese at 1366×768: nothing cut, full-width punctuation", async () => {
    const tracked = await open(browser(), "/", "zh-TW", { width: 1366, height: 768 });
    explainFailure(tracked, "layout-zh");
    const { page, errors } = tracked;
    await byTestId(page, "title").waitFor();
    // A browser in Traditional Chinese opens the game in it.
    await expect.poll(() => byTestId(page, "menu-solo").textContent()).toBe("單人");
    await page.goto(page.url().replace(/\/?(\?.*)?$/, "/?solo=china&difficulty=normal&speed=slow&months=60&seed=5"));
    await skipTutorial(page);
    await page.locator('[data-testid="world-canvas"] canvas').waitFor();
    await page.waitForTimeout(1500);
    expect(await clipped(page, ".rival-text strong, .milestones li .ms-text, .top-bar .who strong, .factor-name")).toEqual([]);
    // Chinese text uses full-width commas and colons, and no space between two Chinese words.
    const text = await page.evaluate(() => document.getElementById("ui")?.innerText ?? "");
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/[\u4e00-\u9fff][,:]|[,:][\u4e00-\u9fff]/);
    expect(text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
    await shot(page, "90-laptop-zh-game");
    await byTestId(page, "tab-tools").click();
    await shot(page, "91-laptop-zh-tools");
    expect(errors).toEqual([]);
  }, LONG);

  it("a student on a phone: join, wait, play", async () => {
    // Months of 400 ms: the server's test hook (TERRAFAB_CLASS_TICK_MS in server-process.ts).
    const teacher = await open(browser(), "/teach", "en-US", { width: 1366, height: 768 });
    explainFailure(teacher, "layout-teacher");
    const tp = teacher.page;
    await byTestId(tp, "teach-setup").waitFor();
    await byTestId(tp, "teach-seat").selectOption("1");
    await byTestId(tp, "teach-speed").selectOption("normal");
    await shot(tp, "83-laptop-teach-setup");
    await byTestId(tp, "teach-create").click();
    const code = ((await byTestId(tp, "class-code").textContent()) ?? "").trim();
    // The class's speed control shows the speed it was created at.
    await expect.poll(() => byTestId(tp, "class-speed").inputValue(), { timeout: LONG }).toBe("normal");
    await shot(tp, "84-laptop-teach-room");

    const phone = await open(browser(), `/?class=${code}`, "en-US", { width: 390, height: 844 });
    explainFailure(phone, "layout-student");
    const sp = phone.page;
    await byTestId(sp, "class-join-name").fill("Mei");
    await shot(sp, "85-phone-student-join");
    const submit = await byTestId(sp, "class-join-submit").boundingBox();
    expect(submit!.x + submit!.width).toBeLessThanOrEqual(390);
    await byTestId(sp, "class-join-submit").click();
    await byTestId(sp, "class-wait").waitFor();
    await shot(sp, "86-phone-student-wait");
    expect(await page_overflow(sp)).toBeLessThanOrEqual(0);

    await expect.poll(() => byTestId(tp, "student-row").count(), { timeout: LONG }).toBe(1);
    await byTestId(tp, "class-start").click();
    await skipTutorial(sp);
    await sp.locator('[data-testid="world-canvas"] canvas').waitFor();
    await sp.waitForTimeout(1500);
    const map = await box(sp, "world");
    expect(map!.height).toBeGreaterThanOrEqual(260);
    expect(await page_overflow(sp)).toBeLessThanOrEqual(0);
    await shot(sp, "87-phone-student-game");
    // Nothing (a pile of toasts in a busy month) lies over the Orders button: a tap reaches it.
    const onTop = await sp.evaluate(() => {
      const b = document.querySelector('[data-testid="btn-orders"]')!.getBoundingClientRect();
      const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
      return hit?.closest('[data-testid="btn-orders"]') !== null;
    });
    expect(onTop).toBe(true);
    await byTestId(sp, "btn-orders").click();
    await shot(sp, "88-phone-student-orders");
    await shot(tp, "89-laptop-teach-dashboard");
    // Injecting an event is confirmed on the teacher's page.
    await byTestId(tp, "class-inject").click();
    await expect.poll(() => byTestId(tp, "toast-injected").first().textContent(), { timeout: LONG }).toContain("every match");
    expect(teacher.errors).toEqual([]);
    expect(phone.errors).toEqual([]);
  }, LONG);
});

/** The map's labels as drawn: overlapping pairs, and the smallest on-screen text height (CSS px). */
function mapLabels(page: Page): Promise<{ count: number; overlaps: string[]; minPx: number }> {
  return page.evaluate(() => {
    type T = { text: string; visible: boolean; alpha: number; style: { fontSize: string }; scaleY: number; getBounds(): { x: number; y: number; width: number; height: number }; list?: unknown[]; type: string; parentContainer?: { visible: boolean } | null };
    const scene = (window as unknown as { __terrafab?: { world?: { children: { list: T[] }; cameras: { main: { zoom: number } } } } }).__terrafab?.world;
    if (!scene) return { count: 0, overlaps: ["no scene"], minPx: 0 };
    const zoom = scene.cameras.main.zoom;
    const all: T[] = [];
    const walk = (list: T[]) => { for (const o of list) { if (o.type === "Text") all.push(o); else if (o.list && o.visible) walk(o.list as T[]); } };
    walk(scene.children.list);
    const shown = all.filter((t) => t.visible && t.alpha > 0.01 && t.text !== "" && t.style.fontSize !== undefined && (t.parentContainer?.visible ?? true));
    const boxes = shown.map((t) => ({ t: t.text, b: t.getBounds(), px: parseFloat(t.style.fontSize) * t.scaleY * zoom }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].b, b = boxes[j].b;
      if (a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1) overlaps.push(`${boxes[i].t} | ${boxes[j].t}`);
    }
    return { count: boxes.length, overlaps, minPx: Math.min(...boxes.map((x) => x.px)) };
  });
}

function page_overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
