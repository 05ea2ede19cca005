// A class through the pages: a teacher creates it at /teach, two students join (by the
// link and by typing the code), the teacher starts, pauses and resumes; a student's quick
// message reaches the other; a refresh returns a student to their seat; the class ends on
// the class debrief, whose results download as CSV with the teacher key.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { LONG, byTestId, explainFailure, open, shot, skipTutorial, type TrackedPage, useBrowser } from "./browser";

/** How far (px) an overlay reaches outside the map's box: the quick messages and the teacher's pause
 *  banner sit on the map (centred on the screen, they covered the side panel's text and the factor
 *  banner's last line). */
async function outsideMap(page: Page, testid: string): Promise<number> {
  return page.evaluate((id) => {
    const r = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
    const m = document.querySelector(".map-wrap")!.getBoundingClientRect();
    return Math.max(0, Math.round(m.left - r.left), Math.round(r.right - m.right), Math.round(m.top - r.top), Math.round(r.bottom - m.bottom));
  }, testid);
}

/** The faction whose card at the bottom of the game screen is marked as the player's. */
async function myFaction(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('[data-testid^="rival-"].me')?.getAttribute("data-testid")?.replace("rival-", "") ?? "");
}

describe("classroom through the pages", () => {
  const browser = useBrowser();

  it("one teacher and two students, from /teach to the class debrief", async () => {
    // The teacher: a class of 60 months, one student per seat, months of 400 ms (the server's
    // test hook TERRAFAB_CLASS_TICK_MS, set in server-process.ts; clients cannot set it).
    const teacher = await open(browser(), "/teach");
    explainFailure(teacher, "class-teacher");
    const tp = teacher.page;
    await byTestId(tp, "teach-setup").waitFor();
    await byTestId(tp, "teach-seat").selectOption("1");
    await shot(tp, "70-teach-setup");
    await byTestId(tp, "teach-create").click();
    const code = ((await byTestId(tp, "class-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect((await byTestId(tp, "teacher-key").textContent())?.trim().length).toBeGreaterThan(16);
    await expect(byTestId(tp, "class-link").getAttribute("href")).resolves.toContain(`?class=${code}`);
    await expect(byTestId(tp, "class-qr").isVisible()).resolves.toBe(true);
    // The key stays on screen only until the teacher confirms they have it (the page is projected).
    await byTestId(tp, "teacher-key-hide").click();
    await expect(byTestId(tp, "teacher-key-box").count()).resolves.toBe(0);
    await expect(byTestId(tp, "teacher-key-show").isVisible()).resolves.toBe(true);

    // Student A opens the join link (the code is filled in); student B types the code.
    const ana = await open(browser(), `/?class=${code}`);
    explainFailure(ana, "class-ana");
    await expect(byTestId(ana.page, "class-join-code").inputValue()).resolves.toBe(code);
    await byTestId(ana.page, "class-join-name").fill("Ana");
    await shot(ana.page, "71-student-join");
    await byTestId(ana.page, "class-join-submit").click();
    await byTestId(ana.page, "class-wait").waitFor();

    const ben = await open(browser(), "/");
    explainFailure(ben, "class-ben");
    await byTestId(ben.page, "menu-join-class").click();
    await byTestId(ben.page, "class-join-code").fill("WRONG9");
    await byTestId(ben.page, "class-join-name").fill("Ben");
    await byTestId(ben.page, "class-join-submit").click();
    await expect.poll(() => byTestId(ben.page, "class-join-error").textContent(), { timeout: LONG }).toContain("WRONG9");
    await byTestId(ben.page, "class-join-code").fill(code.toLowerCase());
    await byTestId(ben.page, "class-join-submit").click();
    await byTestId(ben.page, "class-wait").waitFor();
    await shot(ben.page, "72-student-wait");

    // Both on the roster; the teacher starts.
    await expect.poll(() => byTestId(tp, "student-row").count(), { timeout: LONG }).toBe(2);
    await shot(tp, "73-teach-room");
    await byTestId(tp, "class-start").click();
    await expect.poll(() => byTestId(tp, "class-split").textContent(), { timeout: LONG }).toContain("2 students");

    // Each student is put into the match and plays it; no clock controls, quick messages instead.
    for (const s of [ana, ben]) {
      await skipTutorial(s.page);
      await byTestId(s.page, "hud-month").waitFor();
      await byTestId(s.page, "quick-bar").waitFor();
      await expect(byTestId(s.page, "btn-pause").isVisible()).resolves.toBe(false);
    }
    // On a 1366×768 laptop the quick messages stay on the map, clear of the side panel.
    await ben.page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => outsideMap(ben.page, "quick-bar"), { timeout: LONG }).toBe(0);
    await expect.poll(() => byTestId(tp, "match-row").count(), { timeout: LONG }).toBe(1);
    await expect.poll(() => byTestId(tp, "cell-factor").count(), { timeout: LONG }).toBe(4);
    await shot(tp, "74-class-dashboard");

    // The dashboard's rows are updated in place: a row's speed list is the same element, still
    // focused (so an open list stays open), after months have passed.
    const matchSpeed = byTestId(tp, "match-speed-1");
    await matchSpeed.focus();
    await matchSpeed.evaluate((el) => el.setAttribute("data-probe", "kept"));
    const monthNow = await byTestId(tp, "match-month").textContent();
    await expect.poll(() => byTestId(tp, "match-month").textContent(), { timeout: LONG }).not.toBe(monthNow);
    await expect(matchSpeed.evaluate((el) => el === document.activeElement && el.getAttribute("data-probe"))).resolves.toBe("kept");
    await matchSpeed.selectOption("normal");
    await expect(matchSpeed.inputValue()).resolves.toBe("");

    // An event injected into every match reaches the students (random events are off in this class).
    await byTestId(tp, "class-inject").click();
    for (const s of [ana, ben]) await byTestId(s.page, "toast-event").first().waitFor({ timeout: LONG });

    // "Keep matches in step" shows the class's state `inStep` (redrawn every month), on and off.
    for (const on of [true, false]) {
      await byTestId(tp, "class-step").setChecked(on);
      const month = await byTestId(tp, "match-month").textContent();
      await expect.poll(() => byTestId(tp, "match-month").textContent(), { timeout: LONG }).not.toBe(month);
      await expect(byTestId(tp, "class-step").isChecked()).resolves.toBe(on);
    }

    // A late joiner is given a seat at once and goes straight into the match.
    const cai = await open(browser(), `/?class=${code}`);
    explainFailure(cai, "class-cai");
    await byTestId(cai.page, "class-join-name").fill("Cai");
    await byTestId(cai.page, "class-join-submit").click();
    await skipTutorial(cai.page);
    await byTestId(cai.page, "quick-bar").waitFor();
    await expect.poll(() => byTestId(tp, "student-row").count(), { timeout: LONG }).toBe(3);

    // The teacher renames Ana: the roster and her own seat in the match show the new name.
    await byTestId(tp, "rename-Ana").click();
    await byTestId(tp, "rename-input").fill("Ana B.");
    await byTestId(tp, "rename-save").click();
    await expect.poll(() => byTestId(tp, "class-roster").textContent(), { timeout: LONG }).toContain("Ana B.");
    await expect.poll(() => ana.page.locator('[data-testid^="rival-"].me').textContent(), { timeout: LONG }).toContain("Ana B.");

    // A refresh of the teacher's page keeps control (the key is in this browser; it is not shown again).
    await tp.reload();
    await byTestId(tp, "class-dashboard").waitFor();
    await expect(byTestId(tp, "teacher-key-box").count()).resolves.toBe(0);
    // "Show teacher key" brings it back on the teacher's own screen, and it hides again.
    await byTestId(tp, "teacher-key-show").click();
    expect((await byTestId(tp, "teacher-key").textContent())?.trim().length).toBeGreaterThan(16);
    await byTestId(tp, "teacher-key-hide").click();
    await expect(byTestId(tp, "teacher-key-box").count()).resolves.toBe(0);

    // The teacher pauses the class: both students see who paused, and can still use the panels.
    await byTestId(tp, "class-pause").click();
    for (const s of [ana, ben]) await expect.poll(() => byTestId(s.page, "teacher-pause").textContent(), { timeout: LONG }).toContain("teacher");
    expect(await outsideMap(ben.page, "teacher-pause")).toBe(0);
    await byTestId(ana.page, "tab-power").click();
    await shot(ana.page, "75-student-paused");

    // A quick message from Ana reaches Ben.
    await byTestId(ana.page, "quick-need-power").click();
    await expect.poll(() => byTestId(ben.page, "toast-quick").first().textContent(), { timeout: LONG }).toContain("Ana");

    await byTestId(tp, "class-resume").click();
    await expect.poll(() => byTestId(ana.page, "teacher-pause").isVisible(), { timeout: LONG }).toBe(false);

    // The teacher pauses only this match, and Ana refreshes: the banner is there again at once.
    await byTestId(tp, "match-pause-1").click();
    await expect.poll(() => byTestId(ana.page, "teacher-pause").isVisible(), { timeout: LONG }).toBe(true);
    await ana.page.reload();
    await byTestId(ana.page, "hud-month").waitFor();
    await expect.poll(() => byTestId(ana.page, "teacher-pause").isVisible(), { timeout: LONG }).toBe(true);
    await byTestId(tp, "match-resume-1").click();
    await expect.poll(() => byTestId(ana.page, "teacher-pause").isVisible(), { timeout: LONG }).toBe(false);

    // Ben refreshes: back in the same seat, with the quick messages.
    const benFaction = await myFaction(ben.page);
    expect(benFaction).not.toBe("");
    await ben.page.reload();
    await byTestId(ben.page, "hud-month").waitFor();
    await expect.poll(() => myFaction(ben.page), { timeout: LONG }).toBe(benFaction);
    await byTestId(ben.page, "quick-bar").waitFor();

    // The teacher removes Cai: gone from the roster, and Cai is told so and leaves the match.
    await byTestId(tp, "remove-Cai").click();
    await expect.poll(() => byTestId(tp, "student-row").count(), { timeout: LONG }).toBe(2);
    await expect.poll(() => byTestId(cai.page, "title-notice").textContent(), { timeout: LONG }).toContain("removed");

    // The teacher ends the class (two clicks) and the class debrief comes up.
    await byTestId(tp, "class-end").click();
    await byTestId(tp, "class-end").click();
    await byTestId(tp, "class-lessons").waitFor({ timeout: LONG });
    await expect(byTestId(tp, "class-lessons").locator("ol > li").count()).resolves.toBe(6);
    await expect(byTestId(tp, "class-ribbons").isVisible()).resolves.toBe(true);
    await expect(byTestId(tp, "class-compute").isVisible()).resolves.toBe(true);
    await expect(byTestId(tp, "class-dram").isVisible()).resolves.toBe(true);
    await shot(tp, "76-class-debrief");
    await byTestId(tp, "class-ribbons").scrollIntoViewIfNeeded();
    await shot(tp, "77-class-debrief-charts");
    await byTestId(tp, "download-csv").scrollIntoViewIfNeeded();
    await shot(tp, "78-class-debrief-fabs");

    // The debrief survives a refresh of the teacher's page (results are kept under the class code).
    await tp.reload();
    await byTestId(tp, "class-lessons").waitFor({ timeout: LONG });

    const [download] = await Promise.all([tp.waitForEvent("download"), byTestId(tp, "download-csv").click()]);
    const csv = await (await download.createReadStream()).toArray();
    expect(download.suggestedFilename()).toBe(`terrafab-class-${code}.csv`);
    const text = Buffer.concat(csv as Buffer[]).toString("utf8");
    expect(text.split("\n")[0]).toMatch(/^nickname,match,faction/);
    expect(text).toContain("Ana");
    expect(text).toContain("Ben");

    // The only failed request allowed: the server's 404 for the mistyped code (the browser logs it).
    const expected404 = (e: string) => e.includes("/by-code/WRONG9") || e.includes("status of 404");
    expect(ben.errors.filter((e) => expected404(e))).toHaveLength(2);
    for (const t of [teacher, ana, ben, cai] as TrackedPage[]) expect(t.errors.filter((e) => !expected404(e))).toEqual([]);
  }, LONG);
});
