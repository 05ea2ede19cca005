// Rasterises the world view's SVG icons to 64×64 PNGs (assets/images/png64/) with Debian's
// Chromium. Why: the map loads 17 icons before its first frame, and on software rendering each
// SVG costs a document parse and a main-thread rasterisation; a PNG decodes off the main thread.
//   node tools/assets/raster-icons.mjs       (needs /usr/bin/chromium or CHROMIUM_PATH)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './lib.mjs';

const SIZE = 64;
const ICONS = [
  'site-fab-logic', 'site-fab-dram', 'site-fab-building', 'power-grid', 'power-solar', 'power-turbine',
  'orbit-satellite', 'launch-rocket', 'edge-car', 'warehouse', 'tool-euv', 'tool-generic', 'vendor',
  'emblem-tesla', 'emblem-tsmc', 'emblem-samsung', 'emblem-china',
];
const outDir = resolve(ROOT, 'assets/images/png64');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const name of ICONS) {
    const svg = readFileSync(resolve(ROOT, `assets/images/${name}.svg`), 'utf8');
    const dataUrl = await page.evaluate(async ({ svg, size }) => {
      const img = new Image(size, size);
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      canvas.getContext('2d').drawImage(img, 0, 0, size, size);
      return canvas.toDataURL('image/png');
    }, { svg, size: SIZE });
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    writeFileSync(resolve(outDir, `${name}.png`), bytes);
    console.log(`wrote png64/${name}.png (${bytes.length} B)`);
  }
} finally {
  await browser.close();
}
