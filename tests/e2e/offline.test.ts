// The offline mode (?offline=1: the engine in the page, no server) speaks the server's messages:
// the month advances, news arrive as toasts, an order is queued, a refusal shows its text.
import { describe, expect, it } from "vitest";
import { LONG, asReturningPlayer, byTestId, explainFailure, open, shot, useBrowser } from "./browser";

describe("offline mode", () => {
  const browser = useBrowser();

  it("runs a solo match in the page with the server's messages", async () => {
    const tracked = await open(browser(), "/");
    explainFailure(tracked, "offline");
    const { page, errors } = tracked;
    const origin = new URL(page.url()).origin;
    await asReturningPlayer(page, origin);
    await page.goto(`${origin}/?solo=tesla&difficulty=normal&speed=fast&months=60&seed=5&offline=1`);
    await byTestId(page, "hud-month").waitFor();
    const first = await byTestId(page, "hud-month").textContent();
    await page.evaluate(() => {
      const w = window as unknown as { newsSeen?: number };
      w.newsSeen = 0;
      new MutationObserver(() => {
        w.newsSeen = document.querySelectorAll('[data-testid="toast-news"]').length + (w.newsSeen ?? 0);
      }).observe(document.getElementById("toasts")!, { childList: true });
    });
    // A refusal from the engine's dry run in the page, with its reason in words, and Confirm held back.
    await byTestId(page, "tab-money").click();
    await byTestId(page, "field-borrow-amount").fill("900000");
    await expect.poll(() => byTestId(page, "preview-refusal-borrow").textContent(), { timeout: LONG }).toMatch(/lend only/i);
    await expect.poll(() => byTestId(page, "confirm-borrow").isDisabled(), { timeout: LONG }).toBe(true);
    // An order the engine queues for the month.
    await byTestId(page, "field-borrow-amount").fill("1000");
    await byTestId(page, "confirm-borrow").click();
    await expect.poll(() => byTestId(page, "sent-borrow").textContent(), { timeout: LONG }).toMatch(/Queued|Sent/);
    // Months pass and the month's news reach the player as toasts (Tesla's launches, power online…).
    await expect.poll(() => byTestId(page, "hud-month").textContent(), { timeout: LONG }).not.toBe(first);
    await expect.poll(() => page.evaluate(() => (window as unknown as { newsSeen?: number }).newsSeen ?? 0), { timeout: LONG }).toBeGreaterThan(0);
    await shot(page, "offline-match");
    expect(errors).toEqual([]);
  });
});
