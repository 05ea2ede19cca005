// Every bot order carries a reason a player can read, in both languages, and the replay keeps it.
import { describe, expect, it } from "vitest";
import { FACTION_IDS, botDecisions, botFactor, botOrders, runMatch, step, t } from "../../shared/index";
import { quietMatch } from "./helpers";

describe("bot reasons", () => {
  it("each bot order has a reason with text in English and Traditional Chinese", () => {
    let s = quietMatch(11);
    const keys = new Set<string>();
    for (let m = 0; m < 36; m++) {
      const orders = [];
      for (const f of FACTION_IDS) {
        const decisions = botDecisions(s, f, "normal");
        expect(decisions.map((d) => d.order)).toEqual(botOrders(s, f, "normal"));
        for (const d of decisions) {
          keys.add(d.reason.key);
          for (const locale of ["en", "zh-TW"] as const) {
            const text = t(locale, d.reason.key, d.reason.params);
            expect(text, `${locale} ${d.reason.key}`).not.toBe(d.reason.key);
            expect(text).not.toMatch(/\{\w+\}/);
          }
          orders.push({ issuer: f, order: d.order });
        }
      }
      const r = step(s, orders);
      // Each decision once: nothing the rules refuse as a repeat of another order the same month.
      expect(r.refusals.filter((x) => x.refusal.reason === "refusal.researchMonthlyCap" || x.refusal.reason === "refusal.nothingToOrder")).toEqual([]);
      s = r.state;
    }
    // Different orders, different reasons: not one line for everything.
    expect(keys.size).toBeGreaterThan(6);
  });

  it("names the factor the bot attacked, which for the easy bot is what bound it two months ago, and a fab of the other kind is built ahead of need", () => {
    let lagged = 0;
    for (const seed of [1, 2, 3]) {
      runMatch({ seed, months: 120, difficulty: "easy" }, {
        untilMonth: 80,
        observe: (s) => {
          for (const f of FACTION_IDS) {
            const attacked = botFactor(s, f, "easy");
            if (attacked !== s.factions[f].limitingFactor) lagged++;
            for (const d of botDecisions(s, f, "easy")) {
              if (d.order.type === "buildPower") expect(d.reason.key).toBe(attacked === "power" ? "bot.why.power" : "bot.why.powerAhead");
              if (d.order.type === "buildFab") {
                const kind = d.order.node === "D1c" ? "memory" : "logic";
                const answers = attacked === "construction" || attacked === "demand" || attacked === kind;
                expect(d.reason.key).toBe(answers ? `bot.why.fab.${attacked}` : "bot.why.fab.ahead");
              }
            }
          }
        },
      });
    }
    expect(lagged).toBeGreaterThan(0);
  });

  it("a recorded replay keeps each bot order's reason", () => {
    const { replay } = runMatch({ seed: 5, months: 60 }, { recordReplay: true, untilMonth: 12 });
    expect(replay!.orders.length).toBeGreaterThan(0);
    expect(replay!.orders.every((o) => typeof o.reason?.key === "string")).toBe(true);
  });
});
