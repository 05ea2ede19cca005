// The overtime form offers the change the chosen fab can take: on for a fab at normal pace, off
// for one already on overtime (marked in the fab list). It once offered "on" for every fab, so a
// player could confirm an order that changed nothing ("Already on overtime").
import { describe, expect, it } from "vitest";
import { answer, byTestId, explainFailure, LONG, open, shot, skipTutorial, useBrowser, waitMonths } from "./browser";

describe("the overtime form", () => {
  const browser = useBrowser();

  it("turns overtime off for a fab already on it", async () => {
    // Samsung starts with its Texas N2 fab in the shell stage.
    const tracked = await open(browser(), "/?solo=samsung&difficulty=normal&speed=slow&months=60&seed=3");
    explainFailure(tracked, "overtime-form");
    const { page, errors } = tracked;
    await skipTutorial(page);
    await byTestId(page, "tab-fabs").click();
    const fab = byTestId(page, "field-setOvertime-fabId");
    const on = byTestId(page, "field-setOvertime-on");
    await byTestId(page, "form-setOvertime").scrollIntoViewIfNeeded();
    const texas = await fab.locator("option", { hasText: "Texas" }).getAttribute("value");
    await fab.selectOption(texas!);
    expect(await fab.locator("option:checked").textContent()).not.toMatch(/overtime/);
    expect(await on.isChecked()).toBe(true);
    await expect.poll(() => byTestId(page, "preview-setOvertime").textContent(), { timeout: LONG }).toMatch(/finishes ~20 % sooner/);
    await byTestId(page, "confirm-setOvertime").click();
    expect(await answer(page, "setOvertime")).toBe("queued");

    // Next month the fab is on overtime: the form says so and offers to turn it off.
    await waitMonths(page, 1);
    await expect.poll(() => fab.locator("option:checked").textContent(), { timeout: LONG }).toMatch(/^On overtime: Texas N2/);
    await expect.poll(() => on.isChecked(), { timeout: LONG }).toBe(false);
    await expect.poll(() => byTestId(page, "preview-setOvertime").textContent(), { timeout: LONG }).toBe("Back to normal pace and cost.");
    await shot(page, "overtime-form-off");
    expect(errors).toEqual([]);
    await tracked.context.close();
  });
});
