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

function page_overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
