// A good named inside a sentence is written in lower case ("forbid selling leading-edge wafers to
// China"); its label, in menus and headings, is capitalised ("Leading-edge wafers"). Before, every
// sentence borrowed the label: "Buy Leading-edge wafers from TSMC".
import { describe, expect, it } from "vitest";
import { checkOrder, createMatch } from "../../shared/index";
import { describeOrder } from "../../client/src/hud/attack-text";
import { tr } from "../../client/src/i18n";
import { refusalText } from "../../client/src/panels/refusal-text";

describe("goods inside sentences", () => {
  it("a real refusal names wafers in lower case; the label keeps its capital", () => {
    const s = createMatch({ seed: 1, months: 120 });
    const refusal = checkOrder(s, "china", { type: "spotTrade", good: "wafer", side: "buy", quantity: 1 });
    expect(refusal?.reason).toBe("refusal.controlledGood");
    expect(refusalText(refusal!)).toBe("Export controls forbid selling leading-edge wafers to China.");
    expect(tr("good.wafer")).toBe("Leading-edge wafers");
  });

  it("an offered contract in the attack list reads the same way", () => {
    expect(describeOrder({ type: "offerContract", to: "tsmc", side: "buy", good: "wafer", perMonth: 4, price: 30, months: 24 })).toBe("Offer TSMC a contract: 4 k of leading-edge wafers a month for 24 months");
    expect(describeOrder({ type: "offerContract", to: "samsung", side: "buy", good: "hbm", perMonth: 300, price: 700, months: 36 })).toBe("Offer Samsung a contract: 300 k of HBM a month for 36 months");
  });
});
