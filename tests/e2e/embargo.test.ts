// The full embargo through the UI: Tesla lobbies the export controls up two steps, from today's
// rules to the embargo, and the Money tab's box says what that costs China's fabs (no Western
// servicing: they learn yield slower, EMBARGO_LEARNING_SPEED). What a player sees of the rivals'
// end of the tug-of-war (docs/design.md §5).
import { describe, expect, it } from "vitest";
import { EMBARGO_LEARNING_SPEED, SANCTION_MAX } from "../../shared/index";
import { LONG, answer, byTestId, explainFailure, open, shot, startSolo, useBrowser } from "./browser";

describe("the full embargo", () => {
  const browser = useBrowser();

  it("two steps of lobbying to tighten reach the embargo, and the box says China's fabs learn slower", async () => {
    const tracked = await open(browser());
    explainFailure(tracked, "embargo");
    const { page, errors } = tracked;
    await startSolo(page, "tesla", 120);

    await byTestId(page, "tab-money").click();
    const level = byTestId(page, "controls-level");
    await expect(level.textContent()).resolves.toMatch(/^Level 1 /);
    // Under today's rules China's tools are serviced: the box says nothing of it.
    expect(await byTestId(page, "controls-unserviced").count()).toBe(0);

    // A step a month: the step's cost ($3 B, the box's own figure) and a little more, since China's
    // bot pushes the other way with $100 M a month and the two sides' money nets out.
    for (const next of [2, SANCTION_MAX]) {
      await byTestId(page, "field-lobby-direction").selectOption("tighten");
      await byTestId(page, "field-lobby-amount").fill("3500");
      await byTestId(page, "confirm-lobby").click();
      await expect(answer(page, "lobby")).resolves.toBe("queued");
      await expect.poll(() => level.textContent(), { timeout: LONG }).toMatch(new RegExp(`^Level ${next} `));
    }
    await expect(level.textContent()).resolves.toMatch(/full embargo: no foreign tools at all, and no servicing of those China has/);
    const slower = `${Math.round((1 - EMBARGO_LEARNING_SPEED) * 100)} %`;
    await expect(byTestId(page, "controls-unserviced").textContent()).resolves.toBe(
      `No Western maker may service the tools already in China's fabs: they learn yield ${slower} slower.`,
    );
    await byTestId(page, "export-controls").scrollIntoViewIfNeeded();
    await shot(page, "65-embargo-unserviced");
    expect(errors).toEqual([]);
  });
});
