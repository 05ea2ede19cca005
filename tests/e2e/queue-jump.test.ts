// The ASML queue, felt in the browser: a TSMC player orders the tool kit its Arizona fab lacks;
// a Tesla player (a real SDK client in the same private match) founds a fab, orders EUV tools
// and prepays them. The TSMC player's screen says who jumped the queue and what it costs them.
import { Client, type Room } from "@colyseus/sdk";
import { WebSocket } from "ws";
import { describe, expect, it } from "vitest";
import { applyViewPatch, type Plain, type PublicView, type ViewPayload } from "../../shared/index";
import { LONG, baseUrl, byTestId, explainFailure, open, shot, skipTutorial, useBrowser } from "./browser";

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

/** The Tesla seat's own copy of the match's public view, kept up to date from the server's patches. */
function mirror(room: Room): { view: () => PublicView | null; until: (what: string, ok: (v: PublicView) => boolean) => Promise<PublicView> } {
  let view: Plain | null = null;
  const waiters: Array<() => void> = [];
  room.onMessage("view", (p: ViewPayload) => {
    view = "view" in p ? (p.view as unknown as Plain) : view && applyViewPatch(view, p.patch);
    for (const w of waiters.splice(0)) w();
  });
  const get = () => view as unknown as PublicView | null;
  const until = (what: string, ok: (v: PublicView) => boolean) => new Promise<PublicView>((resolve, reject) => {
    const backstop = setTimeout(() => reject(new Error(`timed out waiting for: ${what}`)), LONG);
    const check = () => {
      const v = get();
      if (v && ok(v)) {
        clearTimeout(backstop);
        resolve(v);
      } else waiters.push(check);
    };
    check();
  });
  return { view: get, until };
}

describe("queue-jump news in the browser", () => {
  const browser = useBrowser();

  it("TSMC's player sees a toast naming Tesla, the tools and the delay when Tesla prepays ahead of it", async () => {
    const tracked = await open(browser());
    explainFailure(tracked, "queue-jump");
    const { page, errors } = tracked;
    await byTestId(page, "menu-online").click();
    await byTestId(page, "lobby-name").fill("Ada");
    await byTestId(page, "create-faction").selectOption("tsmc");
    await byTestId(page, "create-months").selectOption("60");
    await byTestId(page, "create-speed").selectOption("normal");
    await byTestId(page, "create-private").check();
    await byTestId(page, "create-match").click();
    const code = ((await byTestId(page, "room-code").textContent()) ?? "").trim();

    // Tesla joins by the same code from outside the browser.
    const lookup = await fetch(`${baseUrl()}/api/rooms/by-code/${code}`);
    const { roomId } = (await lookup.json()) as { roomId: string };
    const tesla = await new Client(baseUrl()).joinById(roomId, { name: "Elon", faction: "tesla" });
    tesla.onMessage("*", () => {});
    const seen = mirror(tesla);
    tesla.send("ready", { ready: true });
    await expect.poll(() => byTestId(page, "room-faction-tesla").textContent(), { timeout: LONG }).toContain("Elon");
    await byTestId(page, "room-ready").click();
    await byTestId(page, "room-start").click();
    await skipTutorial(page);

    // TSMC orders the tool kit for its Arizona fab, which still lacks EUV tools; Tesla founds a fab meanwhile.
    await byTestId(page, "tab-fabs").click();
    const kit = byTestId(page, "list-fabs").locator('[data-testid^="kit-"]').first();
    await kit.waitFor({ timeout: LONG });
    await kit.click();
    tesla.send("order", { type: "buildFab", site: "texas", node: "N2", capacity: 40 });
    const withOrders = await seen.until("TSMC's EUV order and Tesla's fab", (v) =>
      v.toolOrders.some((o) => o.faction === "tsmc" && o.line === "asml:euv") && v.fabs.some((f) => f.owner === "tesla"));
    const teslaFab = withOrders.fabs.find((f) => f.owner === "tesla")!.id;

    tesla.send("order", { type: "orderTools", fabId: teslaFab, line: "asml:euv", quantity: 8 });
    const booked = await seen.until("Tesla's EUV order", (v) => v.toolOrders.some((o) => o.faction === "tesla" && o.line === "asml:euv"));
    const mine = booked.toolOrders.find((o) => o.faction === "tesla" && o.line === "asml:euv")!;
    const theirs = booked.toolOrders.find((o) => o.faction === "tsmc" && o.line === "asml:euv")!;
    expect(mine.position).toBeGreaterThan(theirs.position);
    tesla.send("order", { type: "prepay", orderId: mine.id });

    // The TSMC player reads it as news (the bots may jump the queue too: their news is theirs to read).
    const toast = page.locator('[data-testid="toast-news"]', { hasText: "Tesla prepaid" }).first();
    await toast.waitFor({ timeout: LONG });
    const text = (await toast.textContent()) ?? "";
    expect(text).toMatch(/Tesla prepaid 8 EUV lithography tools at ASML and went ahead of your order there: yours now come (a little later|about \d+ months? later)\./);
    await shot(page, "58-queue-jumped");
    await tesla.leave();
    expect(errors).toEqual([]);
  });
});
