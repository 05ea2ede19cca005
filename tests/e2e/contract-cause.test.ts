// A buyer who stops paying loses its supply: Tesla, from month 12, spends all its cash each month, so
// the AI5 wafers TSMC delivers under contract go unpaid. The contract row says how many months running
// Tesla has fallen short, then that TSMC may now walk away for free; TSMC's bot does, and Tesla is told.
// Played in Traditional Chinese, whose HUD shows cash to $10 M (億美元 to one decimal): the player can
// leave less than a month's payment (about $84 M), as the English HUD's $0.1 B would not let it.
// Once over, the contract stays in the Deals tab's history, saying who ended it and why.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { answer, byTestId, explainFailure, hudMonthIndex, LONG, open, shot, skipTutorial, useBrowser } from "./browser";

/** Tesla's cash on the HUD, in $M ("16.8 億美元", or "633 百萬美元" under $100 M). */
async function cashM(page: Page): Promise<number> {
  const text = (await byTestId(page, "hud-cash").textContent()) ?? "";
  const m = /([\d.,]+)\s*(億|百萬)美元/.exec(text);
  if (!m) throw new Error(`no cash on the HUD: ${text}`);
  return Number(m[1].replace(/,/g, "")) * (m[2] === "億" ? 100 : 1);
}

async function setPaused(page: Page, paused: boolean): Promise<void> {
  const status = () => page.locator(".top-bar .who").textContent();
  await byTestId(page, "btn-pause").click();
  if (paused) await expect.poll(status, { timeout: LONG }).toContain("已暫停");
  else await expect.poll(status, { timeout: LONG }).not.toContain("已暫停");
}

describe("termination for material breach", () => {
  const browser = useBrowser();

  it("Tesla stops paying for its TSMC wafers; after three months TSMC ends the contract without paying", async () => {
    const tracked = await open(browser(), "/?solo=tesla&difficulty=normal&speed=fast&months=60&seed=21", "zh-TW");
    explainFailure(tracked, "contract-cause");
    const { page, errors } = tracked;
    await skipTutorial(page);
    await page.evaluate(() => {
      const w = window as unknown as { news?: string[] };
      w.news = [];
      new MutationObserver((changes) => {
        for (const c of changes) for (const n of c.addedNodes) if (n instanceof HTMLElement) w.news!.push(n.textContent ?? "");
      }).observe(document.getElementById("toasts")!, { childList: true });
    });
    // AI5's deliveries begin in 2027; from then on Tesla sinks its cash into ASML each month.
    await expect.poll(() => hudMonthIndex(page), { timeout: LONG }).toBeGreaterThanOrEqual(12);
    let shortRun = "";
    let id = "";
    for (let i = 0; i < 6 && !/可以終止合約/.test(shortRun); i++) {
      await setPaused(page, true);
      await byTestId(page, "tab-deals").click();
      const rows = byTestId(page, "list-contracts").locator('[data-testid^="breach-run-"]');
      await byTestId(page, "list-contracts").waitFor();
      if ((await rows.count()) > 0) {
        shortRun = (await rows.first().textContent()) ?? "";
        id = ((await rows.first().getAttribute("data-testid")) ?? "").slice("breach-run-".length);
        await shot(page, `57-contract-short-${i}`);
      }
      const amount = Math.floor((await cashM(page)) - 10);
      await byTestId(page, "tab-tools").click();
      if (amount >= 100) {
        await byTestId(page, "field-fundVendor-amount").fill(String(amount));
        await byTestId(page, "confirm-fundVendor").click();
        expect(await answer(page, "fundVendor", "已排入")).toBe("queued");
      }
      const month = await hudMonthIndex(page);
      await setPaused(page, false);
      await expect.poll(() => hudMonthIndex(page), { timeout: LONG }).toBeGreaterThan(month);
    }
    // The row counts Tesla's missed payments and says what they allow.
    expect(shortRun).toBe("你已連續 3 個月未履約：台積電可以終止合約而不必賠償");
    // Each missed payment was news to Tesla, with the count and what it leads to.
    const news = () => page.evaluate(() => (window as unknown as { news: string[] }).news.join("\n"));
    await expect(news()).resolves.toContain("你與台積電的先進製程晶圓合約本月未履約");
    await expect(news()).resolves.toContain("已連續 2 個月；再連續 1 個月，台積電就可以終止合約而不必賠償");
    // TSMC's bot ends it (the wafers now fetch more on the spot market), for nothing, and Tesla hears of it.
    await expect.poll(news, { timeout: LONG })
      .toContain("台積電終止了與你的先進製程晶圓合約，不必賠償：你已連續 3 個月未履約。");
    // The row stays a year, in the history: over, who ended it and why, what came of it, no buttons.
    await byTestId(page, "tab-deals").click();
    const row = byTestId(page, `contract-${id}`);
    await expect.poll(() => row.getAttribute("class"), { timeout: LONG }).toContain("finished");
    await expect.poll(() => row.locator(".tag").textContent()).toBe("已毀約");
    await expect.poll(() => byTestId(page, `contract-broken-${id}`).textContent()).toBe("台積電終止了合約，不必賠償：你已連續 3 個月未履約");
    expect(await byTestId(page, `contract-delivered-${id}`).textContent()).toMatch(/^已交付 [\d,.]+／[\d,.]+ 千片晶圓$/);
    expect(await row.locator("button").count()).toBe(0);
    await shot(page, "58-contract-ended");
    expect(errors).toEqual([]);
  });
});
