// The tool makers' order books on the map: each line's label ("DUV 3.4/mo  you #1") stays on its
// own row, beside its squares, or is left out until the player zooms in. China's domestic column
// has six rows closer together than a label is tall, and the labels used to be nudged a line down
// or half their width left, onto the next row's icon and squares ("DU⚙▮/mo") or beside another
// line's icon, where they read as that line's.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { LONG, byTestId, explainFailure, hudMonthIndex, open, shot, skipTutorial, useBrowser } from "./browser";

/** Labels drawn over a line's icon or squares, and line labels off their row. */
function misplaced(page: Page): Promise<{ rows: number; over: string[]; offRow: string[] }> {
  return page.evaluate(() => {
    type R = { x: number; y: number; width: number; height: number };
    type T = { type: string; text: string; visible: boolean; alpha: number; list?: T[]; getBounds(): R };
    type Row = { icon: { y: number; visible: boolean }; text: T };
    const scene = (window as unknown as { __terrafab?: { world?: { children: { list: T[] }; vendors: { bounds(): Array<{ x: number; y: number; w: number; h: number }>; rows: Map<string, Row> } } } }).__terrafab?.world;
    if (!scene) return { rows: 0, over: ["no scene"], offRow: [] };
    const shown: T[] = [];
    const walk = (list: T[]) => { for (const o of list) { if (o.type === "Text") { if (o.visible && o.alpha > 0 && o.text) shown.push(o); } else if (o.list && o.visible) walk(o.list); } };
    walk(scene.children.list);
    const blocks = scene.vendors.bounds();
    const over = shown.filter((t) => {
      const r = t.getBounds();
      return blocks.some((b) => r.x < b.x + b.w && b.x < r.x + r.width && r.y < b.y + b.h && b.y < r.y + r.height);
    }).map((t) => t.text);
    const rows = [...scene.vendors.rows.values()].filter((row) => row.icon.visible && row.text.visible && row.text.alpha > 0);
    const offRow = rows.filter((row) => {
      const r = row.text.getBounds();
      return Math.abs(r.y + r.height / 2 - row.icon.y) > 4;
    }).map((row) => row.text.text);
    return { rows: rows.length, over, offRow };
  });
}

describe("the tool makers' labels", () => {
  const browser = useBrowser();

  it("stay on their own rows and off the icons and order squares", async () => {
    const tracked = await open(browser(), "/?solo=china&difficulty=normal&speed=fast&months=60&seed=7");
    explainFailure(tracked, "vendor-labels");
    const { page, errors } = tracked;
    await skipTutorial(page);
    await page.locator('[data-testid="world-canvas"] canvas').waitFor();
    // China attacks its limiting factor each month (HBM, then the fabs and tools behind it): by its
    // third year it has orders queued at its own tool makers and at the Western ones.
    let last = -1;
    // Rows of China's own makers with orders in their books: where the labels were pushed about.
    const queuedAtHome = () => page.evaluate(() => {
      const w = (window as unknown as { __terrafab?: { world?: { vendors: { rows: Map<string, { squares: Array<{ visible: boolean }> }> } } } }).__terrafab?.world;
      return w ? [...w.vendors.rows.entries()].filter(([id, row]) => id.startsWith("domestic") && row.squares.some((q) => q.visible)).length : 0;
    });
    for (let month = await hudMonthIndex(page); month < 48 && (month < 30 || await queuedAtHome() < 2); month = await hudMonthIndex(page)) {
      if (month !== last && await byTestId(page, "btn-fix").isVisible()) {
        last = month;
        await byTestId(page, "btn-fix").click();
        await page.waitForTimeout(300);
        if (await byTestId(page, "attack-confirm").isVisible()) await byTestId(page, "attack-confirm").click();
        else await page.keyboard.press("Escape");
      }
      await page.waitForTimeout(500);
    }
    await byTestId(page, "btn-pause").click();
    await page.waitForTimeout(500);
    const fit = await misplaced(page);
    await shot(page, "vendor-labels-fit");
    expect(fit.rows).toBeGreaterThanOrEqual(4);
    expect(await queuedAtHome()).toBeGreaterThanOrEqual(2);
    expect(fit.over).toEqual([]);
    expect(fit.offRow).toEqual([]);
    // Zoomed in, more rows have room for their labels, and still each keeps to its own.
    await page.mouse.move(560, 560);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    await page.waitForTimeout(500);
    const zoomed = await misplaced(page);
    await shot(page, "vendor-labels-zoomed");
    expect(zoomed.over).toEqual([]);
    expect(zoomed.offRow).toEqual([]);
    expect(errors).toEqual([]);
    await tracked.context.close();
  }, LONG);
});
