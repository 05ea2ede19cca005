// Quick sanity check of the generated TerraFab assets. Exits non-zero on any problem.
//   node tools/assets/check.mjs
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './lib.mjs';

const IMG = 'assets/images';
const SND = 'assets/sounds';
const FX_MAX_BYTES = 60000;
const MUSIC_MAX_BYTES = 1100000;

const svgs = {
  'emblem-tesla.svg': 128, 'emblem-tsmc.svg': 128, 'emblem-samsung.svg': 128, 'emblem-china.svg': 128,
  'site-fab-logic.svg': 64, 'site-fab-dram.svg': 64, 'site-fab-building.svg': 64, 'power-grid.svg': 64,
  'power-turbine.svg': 64, 'power-solar.svg': 64, 'orbit-satellite.svg': 64, 'launch-rocket.svg': 64,
  'edge-car.svg': 64, 'warehouse.svg': 64, 'tool-euv.svg': 64, 'tool-generic.svg': 64, 'vendor.svg': 64,
  'world-map.svg': [1600, 900],
};
const sounds = ['click', 'confirm', 'refused', 'alert', 'milestone', 'launch', 'fab-complete', 'music-loop'];
const anchorKeys = ['arizona', 'texas', 'netherlands', 'japan', 'taiwan', 'korea', 'china', 'us-grid', 'orbit'];
const others = [`${IMG}/map-anchors.json`, `${IMG}/README.md`, `${SND}/README.md`];

const errors = [];
const fail = (f, msg) => errors.push(`${f}: ${msg}`);
let checked = 0;

function attr(tag, name) {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
}

/** Minimal well-formedness: every element closed in order, nothing after </svg>. */
function tagsBalanced(text) {
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  const re = /<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  const stack = [];
  let m;
  while ((m = re.exec(body))) {
    const [, close, name, , self] = m;
    if (self) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return `unexpected </${name}>`;
  }
  if (stack.length) return `unclosed <${stack[stack.length - 1]}>`;
  return null;
}

for (const [f, dim] of Object.entries(svgs)) {
  const path = resolve(ROOT, IMG, f);
  checked++;
  if (!existsSync(path)) { fail(f, 'missing'); continue; }
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith('<svg')) { fail(f, 'does not start with <svg'); continue; }
  if (!text.trimEnd().endsWith('</svg>')) fail(f, 'does not end with </svg>');
  const open = text.slice(0, text.indexOf('>') + 1);
  const [w, h] = Array.isArray(dim) ? dim : [dim, dim];
  if (attr(open, 'width') !== String(w)) fail(f, `width should be ${w}, got ${attr(open, 'width')}`);
  if (attr(open, 'height') !== String(h)) fail(f, `height should be ${h}, got ${attr(open, 'height')}`);
  if (attr(open, 'viewBox') !== `0 0 ${w} ${h}`) fail(f, `viewBox should be "0 0 ${w} ${h}", got ${attr(open, 'viewBox')}`);
  if (!attr(open, 'xmlns')) fail(f, 'missing xmlns');
  const bal = tagsBalanced(text);
  if (bal) fail(f, `malformed markup (${bal})`);
  if (/<(image|script|foreignObject)\b/.test(text) || /href="http/.test(text)) fail(f, 'external/embedded content not allowed');
}

for (const f of others) {
  checked++;
  if (!existsSync(resolve(ROOT, f))) fail(f, 'missing');
}
{
  const f = `${IMG}/map-anchors.json`;
  try {
    const a = JSON.parse(readFileSync(resolve(ROOT, f), 'utf8'));
    for (const k of anchorKeys) {
      const v = a[k];
      if (!v || !Number.isFinite(v.x) || !Number.isFinite(v.y)) fail(f, `anchor ${k} missing or not {x,y}`);
      else if (v.x < 0 || v.x > 1600 || v.y < 0 || v.y > 900) fail(f, `anchor ${k} outside the 1600x900 map`);
    }
  } catch (e) {
    if (existsSync(resolve(ROOT, f))) fail(f, `invalid JSON (${e.message})`);
  }
}

for (const name of sounds) {
  const f = `${name}.wav`;
  const path = resolve(ROOT, SND, f);
  checked++;
  if (!existsSync(path)) { fail(f, 'missing'); continue; }
  const b = readFileSync(path);
  const size = statSync(path).size;
  const limit = name === 'music-loop' ? MUSIC_MAX_BYTES : FX_MAX_BYTES;
  if (size > limit) fail(f, `${size} B exceeds limit of ${limit} B`);
  if (b.length < 44) { fail(f, 'too short for a WAV header'); continue; }
  if (b.toString('ascii', 0, 4) !== 'RIFF' || b.toString('ascii', 8, 12) !== 'WAVE') { fail(f, 'not RIFF/WAVE'); continue; }
  if (b.readUInt32LE(4) !== b.length - 8) fail(f, 'RIFF chunk size does not match file size');
  // walk chunks
  let off = 12, fmt = null, data = null;
  while (off + 8 <= b.length) {
    const id = b.toString('ascii', off, off + 4), len = b.readUInt32LE(off + 4);
    if (id === 'fmt ') fmt = { off: off + 8, len };
    if (id === 'data') data = { off: off + 8, len };
    off += 8 + len + (len & 1);
  }
  if (!fmt || !data) { fail(f, 'missing fmt or data chunk'); continue; }
  const format = b.readUInt16LE(fmt.off), ch = b.readUInt16LE(fmt.off + 2), rate = b.readUInt32LE(fmt.off + 4);
  const byteRate = b.readUInt32LE(fmt.off + 8), align = b.readUInt16LE(fmt.off + 12), bits = b.readUInt16LE(fmt.off + 14);
  if (format !== 1) fail(f, `format ${format}, expected PCM (1)`);
  if (ch !== 1) fail(f, `${ch} channels, expected mono`);
  if (rate !== 22050) fail(f, `${rate} Hz, expected 22050`);
  if (bits !== 16) fail(f, `${bits}-bit, expected 16`);
  if (byteRate !== 44100 || align !== 2) fail(f, 'inconsistent byte rate / block align');
  if (data.off + data.len > b.length) fail(f, 'data chunk runs past end of file');
  const n = Math.floor(data.len / 2);
  if (n === 0) { fail(f, 'no audio'); continue; }
  let peak = 0, clipped = 0, sumDiff = 0;
  const s = (i) => b.readInt16LE(data.off + 2 * i);
  for (let i = 0; i < n; i++) {
    const v = s(i);
    peak = Math.max(peak, Math.abs(v));
    if (v >= 32767 || v <= -32768) clipped++;
    if (i) sumDiff += Math.abs(v - s(i - 1));
  }
  if (clipped) fail(f, `${clipped} clipped samples`);
  if (peak < 3000) fail(f, `too quiet (peak ${peak})`);
  if (name === 'music-loop') {
    const dur = n / rate;
    if (dur < 20 || dur > 28) fail(f, `loop length ${dur.toFixed(2)} s, expected ~24 s`);
    const seam = Math.abs(s(0) - s(n - 1));
    const meanDiff = sumDiff / (n - 1);
    if (seam > 4 * meanDiff + 200) fail(f, `loop seam jump ${seam} vs typical step ${meanDiff.toFixed(0)}`);
  } else {
    if (Math.abs(s(0)) > 200 || Math.abs(s(n - 1)) > 200) fail(f, 'effect does not start/end near silence (click risk)');
  }
}

if (errors.length) {
  console.error(`asset check FAILED (${errors.length} problem(s)):`);
  for (const e of errors) console.error('  - ' + e);
  process.exit(1);
}
console.log(`asset check OK: ${checked} files`);
