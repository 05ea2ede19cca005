// China's curb on solar exports through the UI (docs/design.md §5, engine 35): a China player finds
// the order in the Money tab beside the export controls, reads what it slows and how the West answers,
// gives it, and sees the curb on the public record (the export controls box) with the form now
// offering to lift it; lifting it clears the record.
import { describe, expect, it } from "vitest";
import { LONG, answer, byTestId, explainFailure, open, shot, skipTutorial, useBrowser } from "./browser";

describe("China's curb on solar exports", () => {
  const browser = useBrowser();

  it("is given from the Money tab, shows on the export controls box, and is lifted the same way", async () => {
    const tracked = await open(browser(), "/?solo=china&difficulty=normal&speed=fast&months=60&seed=4");
    explainFailure(tracked, "solar-curb");
    const { page, errors } = tracked;
    await skipTutorial(page);

    await byTestId(page, "tab-money").click();
    await expect(byTestId(page, "controls-solar-curb").count()).resolves.toBe(0);
    // The box offers the change: to curb while there is no curb.
    await expect(byTestId(page, "field-curbSolarExports-on").isChecked()).resolves.toBe(true);
    await expect.poll(() => byTestId(page, "preview-curbSolarExports").textContent(), { timeout: LONG }).toMatch(/outside China go at half pace.*The West answers: each month it holds adds \$300 M/);
    await byTestId(page, "confirm-curbSolarExports").click();
    await expect(answer(page, "curbSolarExports")).resolves.toBe("queued");
    await expect.poll(() => byTestId(page, "controls-solar-curb").textContent().catch(() => ""), { timeout: LONG }).toMatch(/China has curbed its solar exports since .*half pace.*\$300 M a month/);
    // Now it offers to lift it.
    await expect.poll(() => byTestId(page, "field-curbSolarExports-on").isChecked(), { timeout: LONG }).toBe(false);
    await expect.poll(() => byTestId(page, "preview-curbSolarExports").textContent(), { timeout: LONG }).toMatch(/full pace again/);
    await byTestId(page, "controls-solar-curb").scrollIntoViewIfNeeded();
    await shot(page, "solar-curb-controls");
    await byTestId(page, "confirm-curbSolarExports").click();
    await expect(answer(page, "curbSolarExports")).resolves.toBe("queued");
    await expect.poll(() => byTestId(page, "controls-solar-curb").count(), { timeout: LONG }).toBe(0);
    expect(errors).toEqual([]);
  });
});
