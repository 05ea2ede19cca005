// Funding a maker every month through the UI (docs/design.md §5, engine 34): a Tesla player backs
// ASML's expansion with one order ticked "every month", sees it listed in the Tools tab with its
// Stop button while the months pass, stops it, and sets a caster's funding the same way in the Power tab.
import { describe, expect, it } from "vitest";
import { LONG, answer, byTestId, explainFailure, hudMonthIndex, open, shot, skipTutorial, useBrowser } from "./browser";

describe("monthly funding of makers", () => {
  const browser = useBrowser();

  it("one order funds ASML every month until the player stops it; a caster's the same in the Power tab", async () => {
    const tracked = await open(browser(), "/?solo=tesla&difficulty=normal&speed=fast&months=60&seed=4");
    explainFailure(tracked, "maker-funding");
    const { page, errors } = tracked;
    await skipTutorial(page);

    await byTestId(page, "tab-tools").click();
    await expect(byTestId(page, "list-monthlyToolMakers").textContent()).resolves.toMatch(/No tool maker funded every month/);
    await byTestId(page, "field-fundVendor-vendor").selectOption("asml");
    await byTestId(page, "field-fundVendor-amount").fill("500");
    // A maker is usually funded once: the box starts unticked, and the preview says when ticked.
    await expect(byTestId(page, "field-fundVendor-everyMonth").isChecked()).resolves.toBe(false);
    await byTestId(page, "field-fundVendor-everyMonth").check();
    await expect.poll(() => byTestId(page, "preview-fundVendor").textContent(), { timeout: LONG }).toMatch(/Then \$500 M every month from/);
    await byTestId(page, "confirm-fundVendor").click();
    await expect(answer(page, "fundVendor")).resolves.toBe("queued");
    await expect.poll(() => byTestId(page, "list-monthlyToolMakers").textContent(), { timeout: LONG }).toMatch(/ASML: \$500 M a month.*since/);
    // The months pass and it stays, paid (no "short of cash").
    const from = await hudMonthIndex(page);
    await expect.poll(() => hudMonthIndex(page), { timeout: LONG }).toBeGreaterThanOrEqual(from + 2);
    await expect(byTestId(page, "list-monthlyToolMakers").textContent()).resolves.toMatch(/ASML: \$500 M a month.*since/);
    await expect(byTestId(page, "list-monthlyToolMakers").textContent()).resolves.not.toMatch(/short of cash/);
    await byTestId(page, "monthly-vendor-asml").scrollIntoViewIfNeeded();
    await shot(page, "maker-funding-tools");
    await byTestId(page, "stop-vendor-asml").click();
    await expect.poll(() => byTestId(page, "list-monthlyToolMakers").textContent(), { timeout: LONG }).toMatch(/No tool maker funded every month/);

    await byTestId(page, "tab-power").click();
    await expect(byTestId(page, "list-monthlyLaunches").textContent()).resolves.toMatch(/Launches are not funded every month/);
    await byTestId(page, "field-fundCasting-maker").selectOption("siemens");
    await byTestId(page, "field-fundCasting-everyMonth").check();
    await byTestId(page, "confirm-fundCasting").click();
    await expect(answer(page, "fundCasting")).resolves.toBe("queued");
    await expect.poll(() => byTestId(page, "list-monthlyCastings").textContent(), { timeout: LONG }).toMatch(/Siemens Energy castings: .* a month.*since/);
    await byTestId(page, "monthly-casting-siemens").scrollIntoViewIfNeeded();
    await shot(page, "maker-funding-power");
    expect(errors).toEqual([]);
  });
});
