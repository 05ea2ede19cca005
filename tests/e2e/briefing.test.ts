// Online matches: the first-match tutorial is read in the waiting room, before the host starts
// the clock; once the match runs no coach marks come up (the shared clock would not wait for them).
import { describe, expect, it } from "vitest";
import { LONG, byTestId, explainFailure, open, shot, useBrowser } from "./browser";

describe("tutorial before the clock", () => {
  const browser = useBrowser();

  it("an online host reads it in the waiting room, and the match starts without coach marks", async () => {
    const host = await open(browser(), "/", "en-US", { width: 1366, height: 768 });
    explainFailure(host, "briefing-host");
    const page = host.page;
    await byTestId(page, "menu-online").click();
    await byTestId(page, "lobby-name").fill("Ada");
    await byTestId(page, "create-faction").selectOption("tesla");
    await byTestId(page, "create-months").selectOption("60");
    await byTestId(page, "create-private").check();
    await byTestId(page, "create-match").click();
    await byTestId(page, "room-code").waitFor();
    const briefing = byTestId(page, "tutorial-briefing");
    await briefing.waitFor();
    await expect(briefing.locator("li").count()).resolves.toBe(4);
    await expect(briefing.textContent()).resolves.toContain("Attack it");
    await shot(page, "98-online-room-briefing");
    await byTestId(page, "room-start").click();

    await byTestId(page, "hud-limiting-factor").waitFor({ timeout: LONG });
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("terrafab.settings") ?? "{}").tutorialDone), { timeout: LONG }).toBe(true);
    await expect(byTestId(page, "tutorial").count()).resolves.toBe(0);
    // The clock runs (the host did not stop it for a tutorial).
    await expect.poll(() => page.locator(".top-bar .who").textContent(), { timeout: LONG }).not.toContain("Paused");
    expect(host.errors).toEqual([]);
  }, LONG);

  it("'Got it' puts it away, and it stays away", async () => {
    const host = await open(browser());
    explainFailure(host, "briefing-dismiss");
    const page = host.page;
    await byTestId(page, "menu-online").click();
    await byTestId(page, "lobby-name").fill("Bo");
    await byTestId(page, "create-private").check();
    await byTestId(page, "create-match").click();
    await byTestId(page, "tutorial-briefing").waitFor();
    await byTestId(page, "briefing-done").click();
    await expect(byTestId(page, "tutorial-briefing").count()).resolves.toBe(0);
    // A change in the room (ready) redraws it: the briefing does not come back.
    await byTestId(page, "room-ready").click();
    await expect.poll(() => byTestId(page, "room-ready").getAttribute("aria-pressed"), { timeout: LONG }).toBe("true");
    await expect(byTestId(page, "tutorial-briefing").count()).resolves.toBe(0);
    expect(host.errors).toEqual([]);
  }, LONG);
});
