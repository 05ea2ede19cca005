// The class join link's QR code: the library's output (uqr, via qr.ts), rasterised, is read back by an
// independent decoder (jsQR) for short and long links, across versions 1–10.
import { describe, expect, it } from "vitest";
import jsQR from "jsqr";
import { encodeQr } from "../../client/src/class/qr";

/** Draw the code as RGBA pixels, with its quiet zone, `scale` pixels per module. */
function render(text: string, scale = 4): { data: Uint8ClampedArray; side: number; version: number } {
  const code = encodeQr(text);
  const modules = code.size + 8;
  const side = modules * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) {
    if (!code.dark[y][x]) continue;
    for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) {
      const p = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
      data[p] = data[p + 1] = data[p + 2] = 0;
    }
  }
  return { data, side, version: (code.size - 17) / 4 };
}

describe("QR code for the join link", () => {
  const texts = [
    "A",
    "http://localhost:2567/?class=K7WQ3M",
    "https://terrafab.example.org/?class=ABCDEF",
    `https://school.example.edu/games/terrafab/?class=XYZ234&lang=zh-TW&${"x".repeat(60)}`,
    `https://a.example/${"p".repeat(150)}`,
    "課堂代碼 ABC234",
  ];
  for (const text of texts) {
    it(`reads back ${text.length} characters`, () => {
      const { data, side, version } = render(text);
      expect(version).toBeGreaterThanOrEqual(1);
      expect(version).toBeLessThanOrEqual(10);
      const read = jsQR(data, side, side);
      expect(read?.data).toBe(text);
    });
  }

  it("grows with the text: a longer link needs a larger version", () => {
    expect(render("short").version).toBe(1);
    expect(render("h".repeat(100)).version).toBeGreaterThan(4);
  });

  it("refuses text too long for version 10", () => {
    expect(() => encodeQr("z".repeat(400))).toThrow(/too long/);
  });
});
