// A loan's preview says what the player would owe after it. It read "Credit left $76.5 B (you owe
// $5.0 B)" to a TSMC that owed nothing, beside the repay form's "You have no debt".
import { describe, expect, it } from "vitest";
import { createMatch, previewOrder } from "../../shared/index";
import { effectText } from "../../client/src/panels/effect-text";

describe("the loan preview", () => {
  it("names the debt after the loan as what would be owed, with nothing owed now", () => {
    const s = createMatch({ seed: 1, months: 120 });
    expect(s.factions.tsmc.debt).toBe(0);
    const p = previewOrder(s, "tsmc", { type: "borrow", amount: 5000 });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const left = p.effects.find((e) => e.key === "preview.borrow.left");
    expect(left).toBeDefined();
    expect(effectText(left!)).toMatch(/^\$[\d.]+ B of credit would be left, and you would owe \$5\.0 B in all\.$/);
  });
});
