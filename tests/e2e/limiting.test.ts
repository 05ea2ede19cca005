// The limiting factor as a player meets it: the month's evidence, "next up", the score's
// breakdown, "Attack it" with the engine's orders, and the faction cards' month-0 factor.
import { describe, expect, it } from "vitest";
import { LONG, byTestId, explainFailure, open, shot, skipTutorial, useBrowser } from "./browser";

describe("the limiting factor in the HUD", () => {
  const browser = useBrowser();

  it("shows the engine's month-0 factor on the faction cards, in the numbers of the match that starts", async () => {
    const tracked = await open(browser());
    explainFailure(tracked, "limiting-cards");
    const { page, errors } = tracked;
    await byTestId(page, "menu-solo").click();
    const first = byTestId(page, "faction-card-tesla-first");
    await first.waitFor();
    expect(await first.getAttribute("data-factor")).toBe("power");
    expect(await first.textContent()).toMatch(/GW of accelerators wait/);
    await shot(page, "limiting-01-setup-cards");
    // When Samsung's Taylor fab will produce is drawn per match: the card tells this match's month,
    // and the HUD of the match that starts says the same (the cards once showed seed 1's).
    const card = (await byTestId(page, "faction-card-samsung-first").textContent()) ?? "";
    const month = /around month (\d+)/.exec(card)?.[1];
    expect(month, card).toBeDefined();
    await byTestId(page, "faction-card-samsung").click();
    await byTestId(page, "setup-speed-slow").click();
    await byTestId(page, "setup-start").click();
    await skipTutorial(page);
    await expect.poll(() => byTestId(page, "hud-factor-why").textContent(), { timeout: LONG }).toContain(`the first produces around month ${month}.`);
    expect(errors).toEqual([]);
    await tracked.context.close();
  });

  it("names the factor with its numbers, forecasts the next, explains the score and attacks with the engine's orders", async () => {
    const tracked = await open(browser(), "/?solo=tesla&difficulty=normal&speed=slow&months=120&seed=9");
    explainFailure(tracked, "limiting-hud");
    const { page, errors } = tracked;
    await skipTutorial(page);
    await expect.poll(() => byTestId(page, "hud-limiting-factor").textContent(), { timeout: LONG }).toBe("Power");
    // The proof in the month's numbers, and what binds next.
    await expect.poll(() => byTestId(page, "hud-factor-why").textContent(), { timeout: LONG }).toMatch(/GW of accelerators wait in the warehouse for power/);
    await expect.poll(() => byTestId(page, "hud-next-up").textContent(), { timeout: LONG }).toMatch(/^Next up/);
    await shot(page, "limiting-02-hud");

    // The score explains itself.
    await byTestId(page, "hud-score").click();
    await byTestId(page, "score-dialog").waitFor();
    await expect(byTestId(page, "score-breakdown").textContent()).resolves.toMatch(/Total/);
    await shot(page, "limiting-03-score");
    await byTestId(page, "score-dialog-close").click();

    // "Attack it": the engine's orders, sized, sent on confirm.
    await byTestId(page, "btn-fix").click();
    await byTestId(page, "attack-dialog").waitFor();
    const items = await byTestId(page, "attack-orders").locator("li").allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(items.join(" ")).toMatch(/power|solar|grid|rocket|cars/i);
    await shot(page, "limiting-04-attack");
    await byTestId(page, "attack-confirm").click();
    await byTestId(page, "toast-attack").waitFor();
    await expect(byTestId(page, "attack-dialog").count()).resolves.toBe(0);
    await shot(page, "limiting-05-attack-sent");
    expect(errors).toEqual([]);
    await tracked.context.close();
  });
});
