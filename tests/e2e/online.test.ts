// Two browsers play one private online match, the second joining by its code.
import { describe, expect, it } from "vitest";
import { LONG, byTestId, explainFailure, hudMonthIndex, open, shot, skipTutorial, useBrowser } from "./browser";

describe("private online match", () => {
  const browser = useBrowser();

  it("is created by one player and joined by code by another", async () => {
    const host = await open(browser());
    explainFailure(host, "online-host");
    await byTestId(host.page, "menu-online").click();
    await byTestId(host.page, "lobby-name").fill("Ada");
    await byTestId(host.page, "create-faction").selectOption("tsmc");
    await byTestId(host.page, "create-months").selectOption("60");
    await byTestId(host.page, "create-speed").selectOption("fast");
    await byTestId(host.page, "create-private").check();
    await shot(host.page, "40-lobby");
    await byTestId(host.page, "create-match").click();
    const codeEl = byTestId(host.page, "room-code");
    await codeEl.waitFor();
    const code = (await codeEl.textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await shot(host.page, "41-room-host");
    // On a 1366×768 laptop, under the first-match briefing, Start is in view without scrolling.
    await host.page.setViewportSize({ width: 1366, height: 768 });
    await byTestId(host.page, "tutorial-briefing").waitFor();
    await expect.poll(() => host.page.evaluate(() => document.querySelector('[data-testid="room-start"]')!.getBoundingClientRect().bottom <= window.innerHeight), { timeout: LONG }).toBe(true);
    await host.page.setViewportSize({ width: 1440, height: 900 });
    // A keyboard host waits on Ready while others join: the room's redraws must not take the focus away.
    await byTestId(host.page, "room-ready").focus();

    const guest = await open(browser());
    explainFailure(guest, "online-guest");
    await byTestId(guest.page, "menu-online").click();
    await byTestId(guest.page, "lobby-name").fill("Bo");
    await byTestId(guest.page, "join-code").fill(code.toLowerCase());
    await byTestId(guest.page, "join-code-submit").click();
    await byTestId(guest.page, "code-join-china").click();
    await byTestId(guest.page, "room").waitFor();
    // In the waiting room the guest moves from China to the free Samsung seat.
    await expect.poll(() => byTestId(guest.page, "room-faction-china").textContent(), { timeout: LONG }).toContain("Bo");
    await byTestId(guest.page, "room-faction-samsung").click();
    await expect.poll(() => byTestId(guest.page, "room-faction-samsung").textContent(), { timeout: LONG }).toContain("Bo");
    await byTestId(guest.page, "room-ready").click();

    // The host sees the guest take Samsung, then starts.
    await expect.poll(() => byTestId(host.page, "room-faction-samsung").textContent(), { timeout: LONG }).toContain("Bo");
    expect(await host.page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("room-ready");
    await byTestId(host.page, "room-ready").click();
    await shot(host.page, "42-room-both");
    await byTestId(host.page, "room-start").click();

    await skipTutorial(host.page);
    await skipTutorial(guest.page);
    await expect.poll(() => byTestId(guest.page, "rival-samsung").getAttribute("class"), { timeout: LONG }).toContain("me");
    await expect.poll(() => byTestId(host.page, "rival-tsmc").getAttribute("class"), { timeout: LONG }).toContain("me");

    // The guest gives an order by clicking; both see the same clock move.
    await byTestId(guest.page, "tab-people").click();
    await byTestId(guest.page, "confirm-hire").click();
    await expect.poll(() => byTestId(guest.page, "sent-hire").textContent(), { timeout: LONG }).toContain("Queued");
    await expect.poll(() => hudMonthIndex(guest.page), { timeout: LONG }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => hudMonthIndex(host.page), { timeout: LONG }).toBeGreaterThanOrEqual(2);

    // Only the host has the clock; the host pauses and the guest sees it.
    await expect(byTestId(guest.page, "btn-pause").isVisible()).resolves.toBe(false);
    await byTestId(host.page, "btn-pause").click();
    await expect.poll(() => guest.page.locator(".top-bar .who").textContent(), { timeout: LONG }).toContain("Paused");
    await shot(host.page, "43-online-host");
    await shot(guest.page, "44-online-guest");

    // A third person watches by the same code: sees the world, follows a faction, orders nothing.
    const watcher = await open(browser());
    await byTestId(watcher.page, "menu-online").click();
    await byTestId(watcher.page, "join-code").fill(code);
    await byTestId(watcher.page, "join-code-submit").click();
    await byTestId(watcher.page, "code-watch").click();
    await byTestId(watcher.page, "hud-limiting-factor").waitFor();
    await expect(byTestId(watcher.page, "order-panel").count()).resolves.toBe(0);
    await byTestId(watcher.page, "rival-samsung").click();
    await expect.poll(() => watcher.page.locator(".factor-banner .kicker").textContent(), { timeout: LONG }).toContain("Samsung");
    await shot(watcher.page, "45-online-spectator");

    expect(host.errors).toEqual([]);
    expect(guest.errors).toEqual([]);
    expect(watcher.errors).toEqual([]);
  });
});
