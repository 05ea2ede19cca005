// The HBM share form shows the share in force: an "Attack it" that raises it moves the form's field
// too, until the player types a share of their own. The field once kept the first month's 5 %, so
// a China whose attacks had raised the share to 35 % was offered a cut back to 5 % under a memory banner.
import { describe, expect, it } from "vitest";
import { LONG, byTestId, explainFailure, open, shot, skipTutorial, useBrowser } from "./browser";

describe("the HBM share form", () => {
  const browser = useBrowser();

  it("follows the share an attack on memory sets", async () => {
    const tracked = await open(browser(), "/?solo=china&difficulty=normal&speed=slow&months=60&seed=5");
    explainFailure(tracked, "hbm-share-form");
    const { page, errors } = tracked;
    await skipTutorial(page);
    // China's dies outrun its HBM from its second month.
    await expect.poll(() => byTestId(page, "hud-limiting-factor").textContent(), { timeout: LONG }).toMatch(/Memory/);
    await byTestId(page, "tab-market").click();
    const share = byTestId(page, "field-setHbmShare-share");
    expect(await share.inputValue()).toBe("5");

    await byTestId(page, "btn-fix").click();
    await byTestId(page, "attack-dialog").waitFor();
    const items = await byTestId(page, "attack-orders").locator("li").allTextContents();
    expect(items).toContain("Put 10 % of the DRAM wafers into HBM");
    await byTestId(page, "attack-confirm").click();
    await byTestId(page, "toast-attack").waitFor();
    await expect.poll(() => share.inputValue(), { timeout: LONG }).toBe("10");
    await shot(page, "hbm-share-follows");

    // Typed by the player, the share stays theirs.
    await share.fill("20");
    await page.waitForTimeout(1500);
    expect(await share.inputValue()).toBe("20");
    expect(errors).toEqual([]);
    await tracked.context.close();
  });
});
