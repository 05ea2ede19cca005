// The replay viewer and the teacher's activity indicator, through the pages: a class of one
// student (months of 400 ms, the server's test hook) is played to its end — the teacher sees her
// last order month, then how long she has been idle; the student's debrief and the class
// debrief open the match's replay; the CSV names the match "Match 1"; /replay/<matchId> opened directly scrubs month by month
// and shows every faction's orders (the student's by name), ribbons, prices and the winner's
// timeline — at 1366×768 and on a phone.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { LONG, baseUrl, byTestId, explainFailure, open, shot, skipTutorial, useBrowser } from "./browser";
import { neutralise } from "../../server/rooms/class-results";

async function setMonth(page: Page, month: number): Promise<void> {
  await byTestId(page, "replay-slider").evaluate((el, m) => {
    const input = el as HTMLInputElement;
    input.value = String(m);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, month);
}

describe("replay viewer", () => {
  const browser = useBrowser();

  it("a class match, ended, watched again from the class debrief and from /replay/<id>", async () => {
    const teacher = await open(browser(), "/teach");
    explainFailure(teacher, "replay-teacher");
    const tp = teacher.page;
    await byTestId(tp, "teach-setup").waitFor();
    await byTestId(tp, "teach-seat").selectOption("1");
    await byTestId(tp, "teach-create").click();
    const code = ((await byTestId(tp, "class-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);

    const ana = await open(browser(), `/?class=${code}`);
    explainFailure(ana, "replay-ana");
    await byTestId(ana.page, "class-join-name").fill("Ana");
    await byTestId(ana.page, "class-join-submit").click();
    await byTestId(ana.page, "class-wait").waitFor();
    // The first-match tutorial is read here, while nothing runs; in the match the clock does not wait.
    await byTestId(ana.page, "tutorial-briefing").waitFor();
    await shot(ana.page, "96-class-wait-briefing");
    await expect.poll(() => byTestId(tp, "student-row").count(), { timeout: LONG }).toBe(1);
    await byTestId(tp, "class-start").click();

    await byTestId(ana.page, "hud-limiting-factor").waitFor({ timeout: LONG });
    await expect.poll(() => ana.page.evaluate(() => JSON.parse(localStorage.getItem("terrafab.settings") ?? "{}").tutorialDone), { timeout: LONG }).toBe(true);
    await expect(byTestId(ana.page, "tutorial").count()).resolves.toBe(0);
    await skipTutorial(ana.page);
    await byTestId(ana.page, "hud-month").waitFor();
    // Ana attacks her limiting factor: orders given by her, under her name in the replay.
    await byTestId(ana.page, "btn-fix").click();
    await byTestId(ana.page, "attack-confirm").click();
    await expect.poll(() => byTestId(tp, "match-row").count(), { timeout: LONG }).toBe(1);
    // The teacher sees when Ana last gave an order; months pass without another, and she shows as idle.
    const badge = byTestId(tp, "student-activity");
    await expect.poll(() => badge.getAttribute("title"), { timeout: LONG }).toMatch(/^Last order \w+ \d{4}/);
    await expect.poll(async () => Number(await badge.getAttribute("data-idle")), { timeout: LONG }).toBeGreaterThanOrEqual(3);
    await expect(badge.textContent()).resolves.toMatch(/^idle \d+ months$/);
    await expect(byTestId(tp, "seat-activity").textContent()).resolves.toMatch(/^idle \d+ months$/);
    const lastOrderTitle = (await badge.getAttribute("title")) ?? "";
    await shot(tp, "95-teacher-activity");

    // The match plays to its end (60 months of 400 ms); Ana's debrief opens its replay, and Back
    // returns to the debrief.
    await byTestId(ana.page, "debrief").waitFor({ timeout: LONG });
    await byTestId(ana.page, "debrief-replay").click();
    await byTestId(ana.page, "replay-ribbons").waitFor({ timeout: LONG });
    await expect(byTestId(ana.page, "replay-summary").textContent()).resolves.toMatch(/wins · Jan 2026 – \w+ 20\d\d/);
    await byTestId(ana.page, "replay-back").click();
    await byTestId(ana.page, "debrief-lessons").waitFor({ timeout: LONG });
    // The browser's Back does the same.
    await byTestId(ana.page, "debrief-replay").click();
    await byTestId(ana.page, "replay-ribbons").waitFor({ timeout: LONG });
    await ana.page.goBack();
    await byTestId(ana.page, "debrief-lessons").waitFor({ timeout: LONG });

    // The class ends with its last match; the class debrief offers each match's replay.
    await byTestId(tp, "class-lessons").waitFor({ timeout: LONG });
    await byTestId(tp, "class-replay-1").click();
    await byTestId(tp, "replay-ribbons").waitFor({ timeout: LONG });
    const path = new URL(tp.url()).pathname;
    expect(path).toMatch(/^\/replay\/[^/]+$/);
    const matchId = decodeURIComponent(path.split("/")[2]);
    // Back returns to the class debrief.
    await byTestId(tp, "replay-back").click();
    await byTestId(tp, "class-lessons").waitFor({ timeout: LONG });
    expect(new URL(tp.url()).pathname).toBe("/");

    // Where Ana's orders are in the stored replay: the month the teacher's page named.
    const replay = (await (await fetch(`${baseUrl()}/api/matches/${encodeURIComponent(matchId)}/replay`)).json()) as { orders: Array<{ month: number; by?: string }> };
    const anaMonth = replay.orders.filter((o) => o.by === "Ana").at(-1)?.month;
    expect(anaMonth).toBeTypeOf("number");
    const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    expect(lastOrderTitle).toContain(`Last order ${monthNames[anaMonth! % 12]} ${2026 + Math.floor(anaMonth! / 12)}`);

    // The results name the match as the dashboard does ("Match 1"), with its id in the last column.
    const [download] = await Promise.all([tp.waitForEvent("download"), byTestId(tp, "download-csv").click()]);
    const csv = Buffer.concat((await (await download.createReadStream()).toArray()) as Buffer[]).toString("utf8").trim().split("\n");
    expect(csv[0]).toMatch(/^nickname,match,faction,.*,match_id$/);
    // A match id may start with "-" (about one in 64): the CSV, read by spreadsheets, neutralises it
    // like any cell ("'-…"); the JSON export and the replay links keep it exact.
    expect(csv[1].startsWith("Ana,Match 1,")).toBe(true);
    expect(csv[1].endsWith(`,${neutralise(matchId)}`)).toBe(true);

    // /replay/<id> opened directly, on a laptop.
    const laptop = await open(browser(), `/replay/${encodeURIComponent(matchId)}`, "en-US", { width: 1366, height: 768 });
    explainFailure(laptop, "replay-laptop");
    const lp = laptop.page;
    await byTestId(lp, "replay-ribbons").waitFor({ timeout: LONG });
    await expect(byTestId(lp, "replay-month").textContent()).resolves.toBe("Jan 2026");
    await expect(byTestId(lp, "replay-prev").isDisabled()).resolves.toBe(true);
    // Month 0: the bots' first orders, each with its issuer.
    await expect.poll(() => byTestId(lp, "replay-order").count(), { timeout: LONG }).toBeGreaterThan(0);
    await expect(byTestId(lp, "replay-orders").textContent()).resolves.toMatch(/Tesla|TSMC|Samsung|China/);
    // Bots say why they gave each order.
    await expect(byTestId(lp, "replay-reason").count()).resolves.toBeGreaterThan(0);
    await expect(byTestId(lp, "replay-reason").first().textContent()).resolves.toMatch(/^Why: \S/);
    await expect(byTestId(lp, "replay-orders").textContent()).resolves.toMatch(/(TSMC|Samsung|China \(sanctioned\))'s bot/);
    for (const id of ["tesla", "tsmc", "samsung", "china"]) {
      await expect(byTestId(lp, `replay-ribbon-${id}`).locator(".ribbon-run").count()).resolves.toBeGreaterThan(0);
      await expect(byTestId(lp, `replay-factor-${id}`).isVisible()).resolves.toBe(true);
    }
    for (const g of ["wafer", "hbm", "dram", "accelerator"]) await expect(byTestId(lp, `replay-price-${g}`).isVisible()).resolves.toBe(true);
    await expect.poll(() => byTestId(lp, "replay-tl-item").count(), { timeout: LONG }).toBeGreaterThan(0);
    await expect(byTestId(lp, "replay-timeline").locator("h2").textContent()).resolves.toContain("What the winner, ");
    // Played again in the page, the match ends when and as the server recorded it, on the same
    // state hash: the engine's maths give the same bits in Chromium's V8 as in Node's.
    const record = (await (await fetch(`${baseUrl()}/api/matches/${encodeURIComponent(matchId)}`)).json()) as { winner: string | null; endedMonth: number | null };
    const played = await lp.evaluate(() => (window.__terrafab as { replay?: { months: number; winner: string | null; hashMatches?: boolean } } | undefined)?.replay);
    expect(played?.months).toBe(record.endedMonth);
    expect(played?.winner).toBe(record.winner);
    expect(played?.hashMatches).toBe(true);
    await expect(byTestId(lp, "replay-mismatch").count()).resolves.toBe(0);
    // The world map is drawn.
    await lp.waitForFunction(() => (window.__terrafab?.frames?.() ?? 0) > 2, undefined, { timeout: LONG });
    await shot(lp, "90-replay-1366");

    // Step, then scrub to Ana's month: her orders, by name.
    await byTestId(lp, "replay-next").click();
    await expect(byTestId(lp, "replay-month").textContent()).resolves.toBe("Feb 2026");
    await lp.keyboard.press("ArrowRight");
    await expect(byTestId(lp, "replay-month").textContent()).resolves.toBe("Mar 2026");
    await setMonth(lp, anaMonth!);
    await expect.poll(() => byTestId(lp, "replay-orders").textContent(), { timeout: LONG }).toContain("by Ana");
    const prices = await byTestId(lp, "replay-price-dram").textContent();
    await shot(lp, "91-replay-1366-ana");
    await byTestId(lp, "replay-last").click();
    await expect.poll(() => byTestId(lp, "replay-price-dram").textContent()).not.toBe(prices);
    // The last step shows the world after the last month was played.
    await expect(byTestId(lp, "replay-month").textContent()).resolves.toMatch(/^End of \w+ 20\d\d$/);
    await expect(byTestId(lp, "replay-no-orders").textContent()).resolves.toContain("wins");
    // Play runs the months on; pause stops them.
    await byTestId(lp, "replay-first").click();
    await byTestId(lp, "replay-play").click();
    await expect.poll(() => byTestId(lp, "replay-month").textContent(), { timeout: LONG }).not.toBe("Jan 2026");
    await byTestId(lp, "replay-play").click();
    // A timeline entry jumps to its month.
    const entry = byTestId(lp, "replay-tl-item").last();
    const entryMonth = await entry.locator(".tl-month").textContent();
    await entry.click();
    await expect(byTestId(lp, "replay-month").textContent()).resolves.toBe(entryMonth);
    expect(laptop.errors).toEqual([]);

    // On a phone: everything reachable in one scrolling column, nothing wider than the screen.
    const phone = await open(browser(), `/replay/${encodeURIComponent(matchId)}`, "en-US", { width: 390, height: 844 });
    explainFailure(phone, "replay-phone");
    const pp = phone.page;
    await byTestId(pp, "replay-ribbons").waitFor({ timeout: LONG });
    await setMonth(pp, anaMonth!);
    await expect.poll(() => byTestId(pp, "replay-orders").textContent(), { timeout: LONG }).toContain("by Ana");
    await pp.waitForFunction(() => (window.__terrafab?.frames?.() ?? 0) > 2, undefined, { timeout: LONG });
    await shot(pp, "92-replay-390");
    const overflow = await pp.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="replay"] *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => el.className || el.tagName).slice(0, 5));
    expect(overflow).toEqual([]);
    await byTestId(pp, "replay-orders").scrollIntoViewIfNeeded();
    await shot(pp, "93-replay-390-orders");
    await byTestId(pp, "replay-timeline").scrollIntoViewIfNeeded();
    await shot(pp, "93-replay-390-timeline");
    expect(phone.errors).toEqual([]);

    // In Traditional Chinese at 1366×768.
    const zh = await open(browser(), `/replay/${encodeURIComponent(matchId)}`, "zh-TW", { width: 1366, height: 768 });
    explainFailure(zh, "replay-zh");
    await byTestId(zh.page, "replay-ribbons").waitFor({ timeout: LONG });
    await setMonth(zh.page, anaMonth!);
    await expect.poll(() => byTestId(zh.page, "replay-orders").textContent(), { timeout: LONG }).toContain("由Ana下達");
    await zh.page.waitForFunction(() => (window.__terrafab?.frames?.() ?? 0) > 2, undefined, { timeout: LONG });
    await shot(zh.page, "94-replay-1366-zh");
    expect(zh.errors).toEqual([]);

    for (const t of [teacher, ana]) expect(t.errors).toEqual([]);
  }, LONG * 2);

  it("an unknown match id says so", async () => {
    const t = await open(browser(), "/replay/no-such-match");
    await expect.poll(() => byTestId(t.page, "replay-error").textContent(), { timeout: LONG }).toContain("no-such-match");
    // Back from a replay link goes to the title screen.
    await byTestId(t.page, "replay-back").click();
    await byTestId(t.page, "title").waitFor();
    expect(new URL(t.page.url()).pathname).toBe("/");
    expect(t.errors.filter((e) => !e.includes("404"))).toEqual([]);
  });
});
