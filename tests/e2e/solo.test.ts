// A solo match played through the UI at fast speed: orders placed by clicking, a refusal shown
// next to the control, a milestone toast, and the debrief with its charts at the end.
import { describe, expect, it } from "vitest";
import { LONG, byTestId, explainFailure, open, shot, useBrowser } from "./browser";

describe("solo match through the UI", () => {
  const browser = useBrowser();

  it("plays a fast 5-year match from the title to the debrief", async () => {
    const tracked = await open(browser());
    explainFailure(tracked, "solo");
    const { page, errors } = tracked;
    await byTestId(page, "title").waitFor();
    await shot(page, "01-title");

    await byTestId(page, "menu-solo").click();
    await byTestId(page, "faction-card-tesla").click();
    await byTestId(page, "setup-months-60").click();
    await byTestId(page, "setup-speed-fast").click();
    await shot(page, "02-solo-setup");
    await byTestId(page, "setup-start").click();

    // Note every milestone toast from now on (they come and go while we play).
    await page.evaluate(() => {
      const w = window as unknown as { seenMilestone?: boolean };
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="toast-milestone"]')) w.seenMilestone = true;
      }).observe(document.getElementById("toasts")!, { childList: true });
    });

    // The first-match tutorial points at the limiting factor, then at the first sensible order.
    await byTestId(page, "tutorial").waitFor();
    await expect.poll(() => byTestId(page, "hud-limiting-factor").textContent(), { timeout: LONG }).toBe("Power");
    await shot(page, "03-tutorial");
    await byTestId(page, "tutorial-next").click();
    await byTestId(page, "tutorial-next").click();
    await byTestId(page, "tutorial-action").click();
    await byTestId(page, "form-buildPower").waitFor({ state: "visible" });
    await byTestId(page, "tutorial-next").click();
    await byTestId(page, "tutorial-next").click();
    await byTestId(page, "tutorial").waitFor({ state: "detached" });

    // An order by clicking: 1 GW of grid, with its cost shown before confirming.
    await byTestId(page, "field-buildPower-gw").fill("1");
    await expect.poll(() => byTestId(page, "preview-buildPower").textContent(), { timeout: LONG }).toContain("$2.5 B");
    await byTestId(page, "confirm-buildPower").click();
    await expect.poll(() => byTestId(page, "sent-buildPower").textContent(), { timeout: LONG }).toContain("Queued");

    // A launch to orbit, from the same tab.
    await byTestId(page, "field-launch-count").fill("1");
    await byTestId(page, "confirm-launch").click();
    await expect.poll(() => byTestId(page, "sent-launch").textContent(), { timeout: LONG }).toMatch(/Queued|Sent/);
    await shot(page, "04-game-power-orders");

    // A refusal, shown before trying: borrowing past the credit line is the engine's preview, and Confirm waits.
    await byTestId(page, "tab-money").click();
    await byTestId(page, "field-borrow-amount").fill("900000");
    const refusal = byTestId(page, "preview-refusal-borrow");
    await refusal.waitFor({ state: "visible", timeout: LONG });
    await expect(refusal.textContent()).resolves.toMatch(/bank will lend only/);
    await expect.poll(() => byTestId(page, "confirm-borrow").isDisabled(), { timeout: LONG }).toBe(true);
    await shot(page, "05-refusal");

    // The map and the HUD show the world moving.
    await byTestId(page, "tab-tools").click();
    await expect.poll(async () => Number((await byTestId(page, "hud-month").getAttribute("title"))?.match(/\d+/)?.[0] ?? 0), { timeout: LONG }).toBeGreaterThan(3);
    await expect(byTestId(page, "hud-cash").textContent()).resolves.toMatch(/\$/);

    // Some faction reaches a milestone during the match: a toast says so.
    await page.waitForFunction(() => (window as unknown as { seenMilestone?: boolean }).seenMilestone === true, undefined, { timeout: 400_000 });
    await shot(page, "06-milestone-toast");
    await byTestId(page, "tab-market").click();
    await byTestId(page, "market-chart-dram").waitFor();
    await shot(page, "07-markets");

    // …and when the last month is played, the debrief.
    const debrief = byTestId(page, "debrief");
    await debrief.waitFor({ state: "visible", timeout: 400_000 });
    await expect(byTestId(page, "debrief-lessons").locator("li").count()).resolves.toBe(6);
    for (const id of ["debrief-output-compute", "debrief-output-sales", "debrief-ribbons", "debrief-dram", "debrief-wafer", "debrief-fabs", "debrief-milestones"]) {
      await byTestId(page, id).waitFor();
    }
    // Output as the HUD counts it: the deployers' compute on one chart, the makers' sales on another
    // (on one compute chart TSMC and Samsung were flat lines at zero). Each line's tooltip ends with
    // its last value, and no maker ended the match selling nothing.
    const lastValues = (id: string) => byTestId(page, id).locator("path").evaluateAll((ps) => ps.map((p) => Number((p.querySelector("title")?.textContent ?? "").split(": ").pop()?.replace(/,/g, ""))));
    await expect(lastValues("debrief-output-compute").then((v) => v.length)).resolves.toBe(2);
    const sales = await lastValues("debrief-output-sales");
    expect(sales).toHaveLength(2);
    for (const v of sales) expect(v).toBeGreaterThan(0);
    await expect(byTestId(page, "debrief-ribbon-tesla").locator(".ribbon-run").count()).resolves.toBeGreaterThan(0);
    await expect(byTestId(page, "lesson-memory").textContent()).resolves.toMatch(/DRAM went from \$\d/);
    // Every fab's name and years sit inside the timeline (a China fab's name ran off its left edge,
    // a late fab's years off its right).
    const names = byTestId(page, "debrief-fabs").locator("svg text");
    await expect(names.count()).resolves.toBeGreaterThan(0);
    await expect(names.evaluateAll((ts) => ts.filter((t) => {
      const text = t as SVGGraphicsElement;
      const box = text.getBBox();
      return box.x < 0 || box.x + box.width > (text.ownerSVGElement?.viewBox.baseVal.width ?? 0);
    }).map((t) => t.textContent))).resolves.toEqual([]);
    await shot(page, "08-debrief");
    await page.mouse.wheel(0, 2000);
    await shot(page, "09-debrief-charts");

    expect(errors).toEqual([]);
  });
});
