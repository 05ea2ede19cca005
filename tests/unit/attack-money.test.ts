// "Attack it" amounts in the player's money format. Before, money orders were written as billions
// with one decimal: Chinese read "出資 2 十億美元…" (not how amounts are said; the HUD says 20.0 億美元)
// and the normal China's $300 M for its tool makers read "$0.3 B".
import { describe, expect, it, vi } from "vitest";

const lang = vi.hoisted(() => ({ locale: "en" as "en" | "zh-TW" }));
vi.mock("../../client/src/app/settings", () => ({ settings: () => ({ locale: lang.locale }) }));
const { describeOrder } = await import("../../client/src/hud/attack-text");

describe("money in the attack orders", () => {
  it("reads in millions or billions in English", () => {
    lang.locale = "en";
    expect(describeOrder({ type: "fundVendor", vendor: "domestic", amount: 300 })).toBe("Fund China domestic's expansion with $300 M");
    expect(describeOrder({ type: "fundVendor", vendor: "asml", amount: 2000 })).toBe("Fund ASML's expansion with $2.0 B");
    expect(describeOrder({ type: "borrow", amount: 2500 })).toBe("Borrow $2.5 B");
    expect(describeOrder({ type: "fundCasting", maker: "ge", amount: 1000 })).toMatch(/blade castings with \$1\.0 B$/);
  });

  it("reads in 億 in Traditional Chinese", () => {
    lang.locale = "zh-TW";
    expect(describeOrder({ type: "fundVendor", vendor: "asml", amount: 2000 })).toBe("出資 20.0 億美元協助ASML擴產");
    expect(describeOrder({ type: "borrow", amount: 5000 })).toBe("借款 50.0 億美元");
    expect(describeOrder({ type: "fundVendor", vendor: "domestic", amount: 300 })).toMatch(/^出資 3.0 億美元協助/);
    expect(describeOrder({ type: "fundCasting", maker: "ge", amount: 1000 })).toMatch(/^出資 10.0 億美元擴建/);
  });
});
