// Debian's Chromium driven by playwright-core, with console errors collected per page and
// screenshots saved to test-artifacts/ for people to look at.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, onTestFailed } from "vitest";

export const ARTIFACTS = resolve(import.meta.dirname, "..", "..", "test-artifacts");

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
  "--autoplay-policy=no-user-gesture-required",
];

/** Generous: the machine may be a loaded 2-core box. Waits are on conditions, never on durations. */
export const LONG = 240_000;

export function baseUrl(): string {
  return inject("baseUrl");
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen on this page. */
  errors: string[];
}

export async function open(browser: Browser, path = "/", locale = "en-US", viewport = { width: 1440, height: 900 }): Promise<TrackedPage> {
  // A phone-sized viewport is a touch screen too (hasTouch; isMobile keeps the layout viewport as given).
  const phone = viewport.width < 600;
  const context = await browser.newContext({ viewport, locale, hasTouch: phone, isMobile: phone, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
    if (process.env.E2E_VERBOSE && m.type() !== "warning") console.log(`[browser ${m.type()}] ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    if (process.env.E2E_VERBOSE && r.status() >= 400) console.log(`[http ${r.status()}] ${r.url()}`);
  });
  page.setDefaultTimeout(LONG);
  await page.goto(`${baseUrl()}${path}`);
  return { page, context, errors };
}

/** If the running test fails: a screenshot, what the page says, and what went wrong in it. */
export function explainFailure(tracked: TrackedPage, name: string): void {
  onTestFailed(async () => {
    try {
      await shot(tracked.page, `FAILED-${name}`);
      const screen = await tracked.page.evaluate(() => `${document.body.dataset.screen}: ${document.getElementById("ui")?.innerText.slice(0, 300)}`);
      console.log(`[${name}] failed on screen ${screen}\n  page errors: ${JSON.stringify(tracked.errors)}`);
    } catch (err) {
      console.log(`[${name}] failed; no screenshot: ${String(err)}`);
    }
  });
}

/** A returning player on this server: the first-match tutorial (which pauses a solo match) was read before. */
export async function asReturningPlayer(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.evaluate(() => localStorage.setItem("terrafab.settings", JSON.stringify({ tutorialDone: true })));
}

export function byTestId(page: Page, id: string) {
  return page.locator(`[data-testid="${id}"]`);
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** The first-match tutorial appears once per browser profile; tests that do not study it skip it. */
export async function skipTutorial(page: Page): Promise<void> {
  const skip = byTestId(page, "tutorial-skip");
  await page.waitForSelector('[data-testid="hud-limiting-factor"], [data-testid="title-notice"]');
  const notice = byTestId(page, "title-notice");
  if (await notice.isVisible().catch(() => false)) throw new Error(`back on the title: ${await notice.textContent()}`);
  if (await skip.isVisible().catch(() => false)) await skip.click();
}

/** A solo match from the title screen, through the setup screen as a player clicks it: the faction and
 *  the length chosen, the rest left at their defaults, the tutorial skipped. */
export async function startSolo(page: Page, faction: string, months: 60 | 120 | 180): Promise<void> {
  await byTestId(page, "menu-solo").click();
  await byTestId(page, `faction-card-${faction}`).click();
  await byTestId(page, `setup-months-${months}`).click();
  await byTestId(page, "setup-start").click();
  await skipTutorial(page);
}

/** The month shown in the HUD as a number of months since January 2026 (via the page's own label). */
export async function hudMonthIndex(page: Page): Promise<number> {
  return page.evaluate(() => {
    const text = document.querySelector('[data-testid="hud-month"]')?.getAttribute("title") ?? "";
    const m = /(\d+)/.exec(text);
    return m ? Number(m[1]) - 1 : -1;
  });
}

/** One Chromium for the tests of a file: launched before them, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is not launched yet");
    return browser;
  };
}

/** Wait for the server's answer to the last confirm of a form or list: "queued" or a refusal.
 *  `queued`: how the page's language begins the "Queued" note. */
export async function answer(page: Page, id: string, queued = "Queued"): Promise<"queued" | string> {
  await page.waitForFunction(([i, word]) => {
    const sent = document.querySelector(`[data-testid="sent-${i}"]`)?.textContent ?? "";
    const refusal = document.querySelector<HTMLElement>(`[data-testid="refusal-${i}"]`);
    return sent.includes(word) || (refusal !== null && !refusal.hidden);
  }, [id, queued] as const, { timeout: LONG });
  const sent = (await byTestId(page, `sent-${id}`).textContent()) ?? "";
  return sent.includes(queued) ? "queued" : ((await byTestId(page, `refusal-${id}`).textContent()) ?? "");
}

/** Orders queued now are in the world once the next month has been played. */
export async function waitMonths(page: Page, n: number): Promise<void> {
  const from = await hudMonthIndex(page);
  await expect.poll(() => hudMonthIndex(page), { timeout: LONG }).toBeGreaterThanOrEqual(from + n);
}

/** Found a fab from the Fabs tab's form (the faction's defaults, at `site` if given) and let a month
 *  play, so the fab exists for the forms that work on fabs. */
export async function foundFab(page: Page, site?: string): Promise<void> {
  await byTestId(page, "tab-fabs").click();
  if (site) await byTestId(page, "field-buildFab-site").selectOption(site);
  await byTestId(page, "confirm-buildFab").click();
  expect(await answer(page, "buildFab")).toBe("queued");
  await waitMonths(page, 1);
}
