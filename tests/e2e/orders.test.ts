// Every order panel reaches the server in a shape it accepts: each enabled form, confirmed,
// is either queued or refused with a plain reason (never "not well-formed"). Then the row
// buttons: order a fab's tools, prepay an order in the vendor's queue.
import { describe, expect, it } from "vitest";
import { answer, byTestId, explainFailure, foundFab, LONG, open, shot, skipTutorial, useBrowser, waitMonths } from "./browser";

const TABS = ["fabs", "tools", "power", "people", "money", "market", "deals"];

describe("order panels", () => {
  const browser = useBrowser();

  it("send every order the engine knows, and get an answer for each", async () => {
    const tracked = await open(browser(), "/?solo=tesla&difficulty=normal&speed=slow&months=60&seed=21");
    explainFailure(tracked, "orders");
    const { page, errors } = tracked;
    // Slow speed (10 s a month): the forms are all tried well within a month or two.
    await skipTutorial(page);

    // A fab first, so the forms about fabs and tools have something to work on.
    await foundFab(page, "texas");

    const outcomes: Record<string, string> = {};
    for (const tab of TABS) {
      await byTestId(page, `tab-${tab}`).click();
      const forms = await byTestId(page, `panel-${tab}`).locator("form.order-form").evaluateAll((els) => els.map((e) => e.getAttribute("data-order")!));
      for (const id of forms) {
        const confirm = byTestId(page, `confirm-${id}`);
        if (!(await confirm.isEnabled())) {
          outcomes[id] = "(not available to Tesla now)";
          continue;
        }
        await confirm.scrollIntoViewIfNeeded();
        await confirm.click();
        outcomes[id] = await answer(page, id);
      }
    }
    console.log("order outcomes:", outcomes);
    for (const [id, outcome] of Object.entries(outcomes)) expect(outcome, id).not.toMatch(/not well-formed|Unknown order/);
    expect(Object.values(outcomes).filter((o) => o === "queued").length).toBeGreaterThanOrEqual(12);
    for (const id of ["orderToolKit", "buildPower", "launch", "hire", "borrow", "lobby", "spotTrade", "setProcurement", "offerContract", "fundResearch", "fundVendor", "orderTurbines", "fundCasting", "supplyDeal", "poach"]) {
      expect(Object.keys(outcomes), id).toContain(id);
    }
    await shot(page, "50-orders");

    // Poaching: Tesla's staff fill its fabs' posts at the start, so its form says why it may lure nobody.
    await byTestId(page, "tab-people").click();
    await byTestId(page, "form-poach").scrollIntoViewIfNeeded();
    await expect(byTestId(page, "preview-refusal-poach").textContent()).resolves.toMatch(/^You have work for only 0 more engineers and [\d,]+ more PhDs?: /);
    expect(await byTestId(page, "confirm-poach").isEnabled()).toBe(false);
    await shot(page, "57-poach-no-posts");

    // Row buttons: the new fab's tool orders appear in the vendors' queues with their places; prepay one.
    await waitMonths(page, 1);

    // The export controls box: the level, what China may buy, and the lobbying on the public record,
    // Tesla's $1 B to tighten (sent above) included now that the month is played.
    await byTestId(page, "tab-money").click();
    await expect(byTestId(page, "controls-level").textContent()).resolves.toMatch(/today's rules/);
    await expect.poll(() => byTestId(page, "controls-lobbied-tesla").textContent(), { timeout: LONG }).toMatch(/^Tesla: \$1(\.0)? B to tighten, \$0 M to loosen$/);
    await expect(byTestId(page, "controls-push").textContent()).resolves.toMatch(/each \$3(\.0)? B one side has banked beyond the other moves the level one step/);
    await expect(byTestId(page, "controls-push-tighten").textContent()).resolves.toMatch(/^\$1(\.0)? B$/);
    await byTestId(page, "export-controls").scrollIntoViewIfNeeded();
    await shot(page, "55-export-controls");

    // Each milestone chip carries where it stands now (the engine's measure against its target).
    await expect(byTestId(page, "hud-milestone-power").getAttribute("title")).resolves.toMatch(/ — now [\d.,]+ GW of 5[\d.]* GW$/);
    await expect(byTestId(page, "hud-milestone-memory").getAttribute("title")).resolves.toMatch(/HBM secured .* needs 60 %.*; held \d+ of \d+ months$/);
    // A click on them opens every faction's, rivals' included (the tooltips' figures, on a phone too).
    await byTestId(page, "hud-milestones").click();
    await byTestId(page, "milestones-dialog").waitFor();
    await expect(byTestId(page, "ms-row-tesla-power").textContent()).resolves.toMatch(/now [\d.,]+ GW of 5[\d.]* GW/);
    await expect(byTestId(page, "ms-row-tsmc-demand-share").textContent()).resolves.toMatch(/leading-edge demand served \d+ %, needs 70 %; held \d+ of \d+ months/);
    await shot(page, "56-milestones");
    await byTestId(page, "milestones-dialog-close").click();
    await byTestId(page, "tab-tools").click();
    // Tesla is not offered China's own tool makers, which sell only to China.
    const teslaLines = await byTestId(page, "field-orderTools-line").locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(teslaLines).toContain("asml:euv");
    expect(teslaLines.filter((l) => l.startsWith("domestic:"))).toEqual([]);
    const prepay = byTestId(page, "list-queue").locator('[data-testid^="prepay-"]').first();
    await prepay.waitFor({ timeout: LONG });
    await expect(byTestId(page, "list-queue").locator('[data-testid^="queue-place-"]').first().textContent()).resolves.toMatch(/#\d+ of \d+/);
    await prepay.click();
    expect(await answer(page, "queue")).toMatch(/queued|Not enough cash/);
    await shot(page, "51-tool-queue");

    await byTestId(page, "tab-fabs").click();
    const overtime = byTestId(page, "list-fabs").locator('[data-testid^="overtime-"]').first();
    await overtime.click();
    expect(await answer(page, "fabs")).toBe("queued");

    // Tesla starts with wafer contracts in force: each shows its months left and a button to break it
    // at the penalty the engine will charge; once broken, the contract leaves the list.
    await byTestId(page, "tab-deals").click();
    const contracts = byTestId(page, "list-contracts");
    const breakButton = contracts.locator('[data-testid^="break-"]').first();
    await breakButton.waitFor({ timeout: LONG });
    await expect(breakButton.textContent()).resolves.toMatch(/Break it: pay \$[\d.,]+ ?[MB]?$/);
    const id = ((await breakButton.getAttribute("data-testid")) ?? "").slice("break-".length);
    await expect(byTestId(page, `contract-${id}`).textContent()).resolves.toMatch(/\d+ months? left/);
    // AI5's Arizona half says where it is made, and what bounds its deliveries.
    await expect(contracts.locator('[data-testid^="contract-site-"]').first().textContent()).resolves.toBe("Made in Arizona: each month's delivery is at most what TSMC's leading-edge fabs there turn out.");
    await shot(page, "53-contracts");
    // It asks first: "Keep it" sends nothing; "Break it" sends the order.
    await breakButton.click();
    await expect(byTestId(page, "break-confirm").textContent()).resolves.toMatch(/You pay (TSMC|Samsung) \$[\d.,]+ ?[MB]? at the end of this month/);
    await byTestId(page, "break-confirm-no").click();
    await expect(byTestId(page, "break-confirm").count()).resolves.toBe(0);
    await expect(byTestId(page, "sent-contracts").textContent()).resolves.toBe("");
    await breakButton.click();
    await shot(page, "54-contract-break-confirm");
    await byTestId(page, "break-confirm-yes").click();
    expect(await answer(page, "contracts")).toBe("queued");
    await waitMonths(page, 1);
    await expect.poll(() => byTestId(page, `contract-${id}`).count(), { timeout: LONG }).toBe(0);

    // The event deck's odds, under the market charts: the chance of an event and the cards still to come.
    await byTestId(page, "tab-market").click();
    await expect(byTestId(page, "risk-rate").textContent()).resolves.toMatch(/about 9 % of months: \d+ % chance of at least one in the next 12 months/);
    await expect(byTestId(page, "risk-left").locator("li").count()).resolves.toBeGreaterThanOrEqual(10);
    await expect(byTestId(page, "risk-left").textContent()).resolves.toMatch(/Taiwan earthquake|Export-control escalation/);
    await byTestId(page, "event-risks").scrollIntoViewIfNeeded();
    await shot(page, "55-event-risks");
    expect(errors).toEqual([]);
  });

  it("show the engine's refusal and a disabled Confirm for China's ASML EUV order", async () => {
    const tracked = await open(browser(), "/?solo=china&difficulty=normal&speed=slow&months=60&seed=21");
    explainFailure(tracked, "orders-china-euv");
    const { page, errors } = tracked;
    await skipTutorial(page);

    await foundFab(page);

    // China's single-line tool order starts on a line it may buy (ASML DUV), its own makers listed too;
    // ASML EUV is listed, and choosing it shows the engine's refusal, and Confirm waits.
    await byTestId(page, "tab-tools").click();
    await expect.poll(() => byTestId(page, "field-orderTools-fabId").locator("option").first().getAttribute("value"), { timeout: LONG }).toMatch(/\S/);
    await expect(byTestId(page, "field-orderTools-line").inputValue()).resolves.toBe("asml:duv");
    await expect(byTestId(page, "field-orderTools-line").locator('option[value="domestic:euv"]').count()).resolves.toBe(1);
    await byTestId(page, "field-orderTools-line").selectOption("asml:euv");
    const refusal = byTestId(page, "preview-refusal-orderTools");
    await refusal.waitFor({ timeout: LONG });
    await expect(refusal.textContent()).resolves.toMatch(/export controls/i);
    await expect(byTestId(page, "confirm-orderTools").isDisabled()).resolves.toBe(true);
    await expect(byTestId(page, "preview-orderTools").textContent()).resolves.not.toMatch(/last ≈/);

    // A line China may buy from gets a cost and the engine's queue line instead, and Confirm comes back.
    await byTestId(page, "field-orderTools-line").selectOption("domestic:dep");
    await expect.poll(() => byTestId(page, "preview-orderTools").textContent(), { timeout: LONG }).toMatch(/Cost now.*queue/is);
    await expect.poll(() => byTestId(page, "confirm-orderTools").isEnabled(), { timeout: LONG }).toBe(true);
    await shot(page, "52-china-euv-refused");
    expect(errors).toEqual([]);
  });
});
