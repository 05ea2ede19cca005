// China's HBM licences through the UI: refused HBM under today's rules, a lobbying push that the
// rules pace (a step's worth at once is refused; $100 M a month counts), set once to run every month
// down to the licensed level, the news and the Money tab's box saying on what terms, and then the same HBM
// purchase accepted. What a player of China sees of the tug-of-war (docs/design.md §5).
import { describe, expect, it } from "vitest";
import { LONG, answer, byTestId, explainFailure, hudMonthIndex, open, shot, skipTutorial, useBrowser } from "./browser";

describe("HBM licences for China", () => {
  const browser = useBrowser();

  it("lobbying every month from one order down to the licensed level: the box and the news say so, and the market takes the order", async () => {
    const tracked = await open(browser(), "/?solo=china&difficulty=normal&speed=fast&months=120&seed=4");
    explainFailure(tracked, "hbm-licences");
    const { page, errors } = tracked;
    await skipTutorial(page);

    const fillHbm = async () => {
      await byTestId(page, "tab-market").click();
      await byTestId(page, "field-spotTrade-good").selectOption("hbm");
      await byTestId(page, "field-spotTrade-side").selectOption("buy");
      await byTestId(page, "field-spotTrade-quantity").fill("100");
    };
    // Today's rules: HBM is controlled, and the form says so before Confirm (the engine's preview).
    await fillHbm();
    const refusal = byTestId(page, "preview-refusal-spotTrade");
    await refusal.waitFor({ state: "visible", timeout: LONG });
    await expect(refusal.textContent()).resolves.toMatch(/Export controls forbid selling HBM to China/);

    await byTestId(page, "tab-money").click();
    await byTestId(page, "field-lobby-direction").selectOption("loosen");
    // A step's worth at once is refused before Confirm: loosening counts up to $100 M a month.
    await byTestId(page, "field-lobby-amount").fill("3000");
    const lobbyRefusal = byTestId(page, "preview-refusal-lobby");
    await lobbyRefusal.waitFor({ state: "visible", timeout: LONG });
    await expect(lobbyRefusal.textContent()).resolves.toMatch(/At most \$100 M a month of lobbying to loosen/);
    await expect.poll(() => byTestId(page, "confirm-lobby").isDisabled(), { timeout: LONG }).toBe(true);
    // $100 M is taken, and the preview says how long a step takes at that pace and that it repeats
    // every month: loosening is lobbied month after month, so the form starts with "Every month" ticked.
    await byTestId(page, "field-lobby-amount").fill("100");
    await expect(byTestId(page, "field-lobby-everyMonth").isChecked()).resolves.toBe(true);
    await expect.poll(() => byTestId(page, "preview-lobby").textContent(), { timeout: LONG }).toMatch(/a step takes a lone lobbyist 30 months.*Then \$100 M every month from/);
    await expect(byTestId(page, "list-monthlyLobby").textContent()).resolves.toMatch(/No monthly lobbying/);
    await byTestId(page, "confirm-lobby").click();
    await expect(answer(page, "lobby")).resolves.toBe("queued");
    // One order: the Money tab lists it, and the engine lobbies every month until the level moves.
    await expect.poll(() => byTestId(page, "list-monthlyLobby").textContent(), { timeout: LONG }).toMatch(/Loosen controls: \$100 M a month.*since/);
    const from = await hudMonthIndex(page);
    await byTestId(page, "controls-licence").waitFor({ timeout: 2 * LONG });
    // Thirty months at the pace (more if an event tightened the controls on the way).
    expect(await hudMonthIndex(page) - from).toBeGreaterThanOrEqual(29);
    // The box names the licence and its terms.
    await byTestId(page, "controls-licence").waitFor({ timeout: LONG });
    await expect(byTestId(page, "controls-level").textContent()).resolves.toMatch(/^Level 0 \(from 0 to 3\): licensed/);
    await expect(byTestId(page, "controls-licence").textContent()).resolves.toMatch(/up to 1,500 thousand HBM stacks a month.*25 % of the price on top/);
    await expect.poll(() => page.locator("#toasts").textContent(), { timeout: LONG }).toMatch(/licensed to China: up to 1,500 thousand stacks a month on the market, with a 25 % fee/);
    await byTestId(page, "export-controls").scrollIntoViewIfNeeded();
    await shot(page, "hbm-licences");

    await fillHbm();
    await expect.poll(() => byTestId(page, "confirm-spotTrade").isEnabled(), { timeout: LONG }).toBe(true);
    await byTestId(page, "confirm-spotTrade").click();
    await expect(answer(page, "spotTrade")).resolves.toBe("queued");
    // Stopping it: the row goes, the lobbying with it.
    await byTestId(page, "tab-money").click();
    await byTestId(page, "stop-lobby").click();
    await expect.poll(() => byTestId(page, "list-monthlyLobby").textContent(), { timeout: LONG }).toMatch(/No monthly lobbying/);
    expect(errors).toEqual([]);
  });
});
