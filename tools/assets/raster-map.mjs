// Rasterises world-map.svg to world-map.webp (2400×1350) with Debian's Chromium.
// Why: the SVG has 2 350 paths, a clip and a blur; a browser on software rendering
// spends ~0.8 s drawing it behind the first game frame. A WebP decodes off the main thread.
//   node tools/assets/raster-map.mjs        (needs /usr/bin/chromium or CHROMIUM_PATH)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './lib.mjs';

const WIDTH = 2400;
const QUALITY = 0.85;
const src = resolve(ROOT, 'assets/images/world-map.svg');
const out = resolve(ROOT, 'assets/images/world-map.webp');

const svg = readFileSync(src, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const dataUrl = await page.evaluate(async ({ svg, width, quality }) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = Math.round((width * 900) / 1600);
    canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/webp', quality);
  }, { svg, width: WIDTH, quality: QUALITY });
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  writeFileSync(out, bytes);
  console.log(`wrote ${out} (${(bytes.length / 1024).toFixed(1)} KB)`);
} finally {
  await browser.close();
}
