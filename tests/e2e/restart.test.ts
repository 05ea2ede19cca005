// A crash as a player lives it: the server process is killed (-9) mid-match; the page says it is
// reconnecting; an operator starts the server again; the page finds its own seat in the same match
// by itself and the months go on from where the journal left them.
import { describe, expect, it } from "vitest";
import { LONG, asReturningPlayer, byTestId, explainFailure, open, shot, useBrowser } from "./browser";
import { startServer } from "./server-process";

describe("server crash and restart", () => {
  const browser = useBrowser();

  it("a solo match survives kill -9: the page reconnects to its seat and the months go on", async () => {
    // Its own server (the shared one must not die); a short lease so the restart resumes at once.
    const server = await startServer({ TERRAFAB_LEASE_MS: "1500" });
    try {
      const tracked = await open(browser(), "/");
      explainFailure(tracked, "restart");
      const { page } = tracked;
      await asReturningPlayer(page, server.url);
      await page.goto(`${server.url}/?solo=tesla&difficulty=normal&speed=normal&months=60&seed=9`);
      const month = byTestId(page, "hud-month");
      await month.waitFor();
      await expect.poll(() => month.textContent(), { timeout: LONG }).not.toBe("Jan 2026");
      const before = await month.textContent();
      console.log(`[restart] playing, ${before}; crashing the server`);

      await server.crash();
      await expect.poll(() => byTestId(page, "hud-connection").textContent(), { timeout: LONG }).toMatch(/connect|restart|lost/i);
      await shot(page, "restart-1-reconnecting");
      console.log(`[restart] the page says: ${await byTestId(page, "hud-connection").textContent()}; restarting`);

      await server.restart();
      await expect.poll(() => byTestId(page, "hud-connection").textContent(), { timeout: LONG }).toBe("");
      console.log(`[restart] back online at ${await month.textContent()}`);
      // Same seat, same match, and the clock runs on past the month it had reached.
      await expect(page.locator(".top-bar").textContent()).resolves.toContain("Tesla");
      await expect.poll(() => month.textContent(), { timeout: LONG }).not.toBe(before);
      await shot(page, "restart-2-back");
    } finally {
      await server.stop();
    }
  });
});
