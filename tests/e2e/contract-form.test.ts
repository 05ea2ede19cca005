// The contract form starts from the deal a faction usually makes (Samsung sells its HBM to Tesla), and
// its price follows the chosen good's market price until the player types one; quantities follow the
// good too (5 k wafers, not 500 k).
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { byTestId, explainFailure, LONG, open, shot, skipTutorial, useBrowser } from "./browser";

/** The number a form field holds. */
async function fieldNumber(page: Page, name: string): Promise<number> {
  return Number(await byTestId(page, `field-offerContract-${name}`).inputValue());
}

describe("contract form", () => {
  const browser = useBrowser();

  it("Samsung's form offers Tesla its HBM at the market price, and the price follows the good until typed", async () => {
    const tracked = await open(browser(), "/?solo=samsung&difficulty=normal&speed=slow&months=60&seed=5");
    explainFailure(tracked, "contract-form");
    const { page, errors } = tracked;
    await skipTutorial(page);
    await byTestId(page, "tab-deals").click();
    await byTestId(page, "form-offerContract").scrollIntoViewIfNeeded();
    expect(await byTestId(page, "field-offerContract-to").inputValue()).toBe("tesla");
    expect(await byTestId(page, "field-offerContract-side").inputValue()).toBe("sell");
    expect(await byTestId(page, "field-offerContract-good").inputValue()).toBe("hbm");
    // HBM trades at hundreds of dollars a stack (a wafer at tens of $k): the starting price is the stack's.
    await expect.poll(() => fieldNumber(page, "price"), { timeout: LONG }).toBeGreaterThan(300);
    await expect.poll(() => byTestId(page, "preview-offerContract").textContent(), { timeout: LONG }).toMatch(/You deliver 200 k HBM stacks a month to Tesla/);
    await shot(page, "58-contract-form-samsung");

    // Another good: the price becomes that good's market price.
    await byTestId(page, "field-offerContract-good").selectOption("wafer");
    await expect.poll(() => fieldNumber(page, "price"), { timeout: LONG }).toBeLessThan(100);
    // Typed by the player: it stays, whatever good is chosen next.
    await byTestId(page, "field-offerContract-price").fill("777");
    await byTestId(page, "field-offerContract-good").selectOption("hbm");
    await page.waitForTimeout(500);
    expect(await fieldNumber(page, "price")).toBe(777);

    // The same on the market: a spot trade's quantity is a modest month of the chosen good.
    await byTestId(page, "tab-market").click();
    const quantity = async () => Number(await byTestId(page, "field-spotTrade-quantity").inputValue());
    expect(await quantity()).toBe(200);
    await byTestId(page, "field-spotTrade-good").selectOption("wafer");
    await expect.poll(quantity, { timeout: LONG }).toBe(5);
    expect(errors).toEqual([]);
  });
});
