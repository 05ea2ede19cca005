// A China that builds a DUV logic fab makes far more dies than its HBM can pair with: the score
// dialog says how many of its own wafers earned nothing this month, and why (docs/design.md §8,
// "A deployer's own dies count as far as its memory can use them").
import { describe, expect, it } from "vitest";
import { LONG, answer, byTestId, explainFailure, foundFab, hudMonthIndex, open, shot, skipTutorial, useBrowser } from "./browser";

describe("score: own wafers beyond what memory can use", () => {
  const browser = useBrowser();

  it("a China whose new fab outruns its HBM is told how many of its wafers earned no points", async () => {
    const tracked = await open(browser(), "/?solo=china&difficulty=normal&speed=normal&months=60&seed=7");
    explainFailure(tracked, "score-uncounted");
    const { page, errors } = tracked;
    await skipTutorial(page);

    // A 20 k 7 nm-class DUV fab (the form's defaults for China) and, once it exists, its tools.
    await foundFab(page);
    await byTestId(page, "tab-tools").click();
    await byTestId(page, "field-orderToolKit-fabId").selectOption({ index: 0 });
    await byTestId(page, "confirm-orderToolKit").click();
    expect(await answer(page, "orderToolKit")).toBe("queued");

    // About four years on, the fab is in volume while HBM still binds China.
    await byTestId(page, "speed-fast").click();
    await expect.poll(() => hudMonthIndex(page), { timeout: 2 * LONG }).toBeGreaterThanOrEqual(48);
    await byTestId(page, "btn-pause").click();
    expect(await byTestId(page, "hud-limiting-factor").textContent()).toMatch(/Memory/);
    await byTestId(page, "hud-score").click();
    await byTestId(page, "score-dialog").waitFor();
    const note = (await byTestId(page, "score-uncounted").textContent()) ?? "";
    expect(note).toMatch(/^This month [\d.]+ k of your own wafers earned no points: more than 5 times what your HBM let you assemble/);
    expect(Number(/([\d.]+) k/.exec(note)?.[1])).toBeGreaterThan(1);
    await shot(page, "score-uncounted");
    expect(errors).toEqual([]);
  });
});
