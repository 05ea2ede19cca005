// TerraFab image generator: faction emblems, site icons and the world map (SVG).
// Plain Node ESM, no dependencies, fully deterministic (seeded PRNG only).
//   node tools/assets/images.mjs
import { mulberry32, writeOut, n } from './lib.mjs';
import { buildWorldMap } from './worldmap.mjs';

const OUT = 'assets/images';

// ---------------------------------------------------------------------------
// Palette (shared by icons and emblems)
// ---------------------------------------------------------------------------
export const P = {
  ink: '#0f1824',
  white: '#f2f6fa',
  steel1: '#cfd9e4', // light face
  steel2: '#97a8bc', // mid face
  steel3: '#5f7088', // dark face
  steel4: '#3b4a5f',
  cyan: '#36c8ec',
  cyanD: '#1686b0',
  teal: '#2fd3b4',
  tealD: '#159c86',
  violet: '#9a72ff',
  violetL: '#d2c2ff',
  amber: '#f6b93b',
  amberD: '#d9871a',
  orange: '#ff7a3d',
  red: '#ee5a4e',
  green: '#62cf8c',
  greenD: '#3a9a66',
  sky: '#5aaaf6',
  skyD: '#2f74c4',
  navy: '#1b2b48',
  gold: '#e8c15a',
};

const SW = 2.5; // the one outline weight used by every 64 px icon

function icon(body, defs = '') {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
    (defs ? `<defs>${defs}</defs>` : '') +
    `<g fill="none" stroke="${P.ink}" stroke-width="${SW}" stroke-linejoin="round" stroke-linecap="round">` +
    body +
    `</g></svg>\n`
  );
}

function emblem(body, defs = '') {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">` +
    (defs ? `<defs>${defs}</defs>` : '') +
    body +
    `</svg>\n`
  );
}

const r = (x, y, w, h, fill, extra = '') =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${extra}/>`;
const c = (cx, cy, rad, fill, extra = '') =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(rad)}" fill="${fill}"${extra}/>`;
const p = (d, fill = 'none', extra = '') => `<path d="${d}" fill="${fill}"${extra}/>`;
const poly = (pts, fill, extra = '') =>
  `<polygon points="${pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${fill}"${extra}/>`;
const line = (x1, y1, x2, y2, extra = '') =>
  `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"${extra}/>`;

/** Regular polygon / star points. */
function ngon(cx, cy, rad, k, rot = 0) {
  const pts = [];
  for (let i = 0; i < k; i++) {
    const a = rot + (i * 2 * Math.PI) / k;
    pts.push([cx + rad * Math.cos(a), cy + rad * Math.sin(a)]);
  }
  return pts;
}
function star(cx, cy, ro, ri, k, rot = -Math.PI / 2) {
  const pts = [];
  for (let i = 0; i < 2 * k; i++) {
    const a = rot + (i * Math.PI) / k;
    const rr = i % 2 ? ri : ro;
    pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  return pts;
}
/** Gear outline path with k teeth. */
function gearPath(cx, cy, ro, ri, k, toothFrac = 0.5, rot = 0) {
  let d = '';
  const step = (2 * Math.PI) / k;
  for (let i = 0; i < k; i++) {
    const a0 = rot + i * step;
    const half = (step * toothFrac) / 2;
    const taper = half * 0.72;
    const pts = [
      [ri, a0 - half - step * 0.08],
      [ro, a0 - taper],
      [ro, a0 + taper],
      [ri, a0 + half + step * 0.08],
    ];
    for (const [rr, a] of pts) {
      d += `${d ? 'L' : 'M'}${n(cx + rr * Math.cos(a))} ${n(cy + rr * Math.sin(a))}`;
    }
  }
  return d + 'Z';
}

// ---------------------------------------------------------------------------
// 64 px site / tool icons
// ---------------------------------------------------------------------------
const icons = {};

// Shared fab hall silhouette so logic / DRAM / construction read as one family.
function fabHall({ stackBand, stacks = 1 }) {
  let s = '';
  // cleanroom HVAC block on the roof
  s += r(11, 17, 28, 13, P.steel2);
  s += line(16, 23.5, 34, 23.5, ` stroke="${P.steel3}" stroke-width="2"`);
  // exhaust stacks
  const xs = stacks === 1 ? [45] : [43, 51];
  for (const x of xs) {
    s += r(x, 7, 6, 23, P.steel3);
    s += r(x, 11, 6, 4, stackBand);
  }
  // main hall
  s += r(5, 28, 54, 29, P.steel1, ' rx="2.5"');
  // roof edge shading
  s += line(7, 32.5, 57, 32.5, ` stroke="${P.steel2}" stroke-width="2"`);
  return s;
}

icons['site-fab-logic'] = icon(
  fabHall({ stackBand: P.cyan }) +
    // pins
    [38, 43.5, 49]
      .map((y) => line(15, y, 21, y) + line(43, y, 49, y))
      .join('') +
    r(20, 35, 24, 20, P.cyan, ' rx="2.5"') +
    r(26, 39.5, 12, 11, P.cyanD, ' rx="1.5"') +
    line(29, 45, 35, 45, ` stroke="${P.white}" stroke-width="2"`)
);

icons['site-fab-dram'] = icon(
  fabHall({ stackBand: P.teal, stacks: 2 }) +
    // memory module (DIMM): PCB with three dies and a contact strip
    r(10, 37, 44, 16, P.teal, ' rx="2"') +
    [14.5, 27, 39.5].map((x) => r(x, 40, 10, 7.5, P.navy, ' rx="1" stroke-width="2"')).join('') +
    [16, 22, 28, 34, 40, 46].map((x) => line(x, 50, x + 2, 50, ` stroke="${P.amber}" stroke-width="2.2"`)).join('') +
    // key notch
    r(30.5, 51, 3, 3.5, P.steel1, ' stroke="none"') +
    line(30.5, 53, 30.5, 51.2, ' stroke-width="2"') +
    line(33.5, 53, 33.5, 51.2, ' stroke-width="2"')
);

icons['site-fab-building'] = icon(
  // foundation slab
  r(5, 52, 54, 5, P.steel2, ' rx="1.5"') +
  // scaffold frame (unfinished hall)
  p('M8 52V33H40V52', 'none', ` stroke="${P.steel3}"`) +
  line(8, 42.5, 40, 42.5, ` stroke="${P.steel3}"`) +
  line(19, 33, 19, 52, ` stroke="${P.steel3}"`) +
  line(29.5, 33, 29.5, 52, ` stroke="${P.steel3}"`) +
  line(8, 33, 19, 42.5, ` stroke="${P.steel3}" stroke-width="1.8"`) +
  line(19, 42.5, 29.5, 33, ` stroke="${P.steel3}" stroke-width="1.8"`) +
  line(29.5, 42.5, 40, 52, ` stroke="${P.steel3}" stroke-width="1.8"`) +
  // tower crane mast (lattice)
  r(45, 12, 7, 40, P.amber) +
  p('M45 18L52 24L45 30L52 36L45 42L52 48', 'none', ' stroke-width="1.8"') +
  // jib and counter-jib
  r(12, 9, 50, 5, P.amber) +
  p('M16 9L20 14L24 9L28 14L32 9L36 14L40 9L44 14', 'none', ' stroke-width="1.6"') +
  // cab + apex
  p('M45 9L48.5 3L52 9', P.amberD) +
  r(53, 14, 6, 5, P.steel3) +
  // hook line and hanging beam
  line(20, 14, 20, 22, ' stroke-width="1.8"') +
  r(13, 22, 14, 4.5, P.steel1, ' rx="1"')
);

icons['power-grid'] = icon(
  // sagging wires behind the pylon
  p('M1 22Q8 27 14 20M50 20Q56 27 63 22M1 33Q8 38 11 31M53 31Q56 38 63 33', 'none', ` stroke="${P.steel3}" stroke-width="1.8"`) +
  // pylon body
  p('M20 59L28 8H36L44 59', P.steel1) +
  // cross arms
  r(14, 18, 36, 4.5, P.steel2, ' rx="1"') +
  r(11, 29, 42, 4.5, P.steel2, ' rx="1"') +
  // lattice bracing
  p('M26 22.5L38 29M38 22.5L26 29M24.5 33.5L39.5 45M39.5 33.5L24.5 45M22.6 45L41.4 59M41.4 45L22.6 59', 'none', ` stroke="${P.steel3}" stroke-width="1.8"`) +
  // insulators
  [14, 50].map((x) => line(x, 22.5, x, 26, ' stroke-width="2"')).join('') +
  [11, 53].map((x) => line(x, 33.5, x, 37, ' stroke-width="2"')).join('') +
  // energy badge
  c(49, 49, 11, P.amber) +
  p('M51 40.5L44.5 50H49.5L47 57.5L54 47.5H49Z', P.white, ' stroke-width="1.8"')
);

{
  // wind turbine with a smaller one behind
  const blade = (cx, cy, len, w, ang, fill) => {
    const ca = Math.cos(ang), sa = Math.sin(ang);
    const pt = (u, v) => `${n(cx + u * ca - v * sa)} ${n(cy + u * sa + v * ca)}`;
    return p(`M${pt(2, -w * 0.35)}Q${pt(len * 0.35, -w)} ${pt(len, -w * 0.15)}L${pt(len, w * 0.1)}Q${pt(len * 0.5, w * 0.55)} ${pt(2, w * 0.45)}Z`, fill);
  };
  const turbine = (cx, cy, len, w, towerW, base, fill, sw) => {
    let s = `<g stroke-width="${sw}">`;
    s += p(`M${n(cx - towerW * 0.45)} ${n(cy + 3)}L${n(cx - towerW)} ${base}H${n(cx + towerW)}L${n(cx + towerW * 0.45)} ${n(cy + 3)}Z`, fill);
    for (const a of [-Math.PI / 2 - 0.35, Math.PI / 6 - 0.35, (5 * Math.PI) / 6 - 0.35]) s += blade(cx, cy, len, w, a, fill);
    s += c(cx, cy, len * 0.16, P.steel2);
    s += '</g>';
    return s;
  };
  icons['power-turbine'] = icon(
    p('M2 58Q20 50 36 54T62 55V62H2Z', P.green, ' stroke-width="2"') +
      turbine(50, 26, 12, 4.2, 2.2, 55, P.steel2, 2) +
      turbine(26, 24, 21, 6.4, 3.4, 57, P.white, SW)
  );
}

icons['power-solar'] = icon(
  // sun
  [0, 1, 2, 3, 4, 5, 6, 7]
    .map((i) => {
      const a = (i * Math.PI) / 4;
      return line(17 + 11 * Math.cos(a), 16 + 11 * Math.sin(a), 17 + 15 * Math.cos(a), 16 + 15 * Math.sin(a), ` stroke="${P.amberD}" stroke-width="2.5"`);
    })
    .join('') +
    c(17, 16, 7.5, P.amber) +
    // stand
    p('M36 44V58M28 58H44', 'none') +
    // tilted panel
    p('M14 50L24 28H60L50 50Z', P.skyD) +
    // cell grid
    p('M26.5 50L34.2 28M38.5 50L46.2 28M19 39H55', 'none', ` stroke="${P.sky}" stroke-width="1.8"`) +
    p('M14 50L24 28H60L50 50Z', 'none') +
    // glint
    line(27, 32, 31, 32, ` stroke="${P.white}" stroke-width="2"`)
);

icons['orbit-satellite'] = icon(
  // planet limb
  c(32, 86, 32, P.skyD) +
    p('M2 64Q32 44 62 64', 'none', ` stroke="${P.cyan}" stroke-width="2" opacity="0.9"`) +
    // orbit ring
    `<ellipse cx="32" cy="31" rx="29" ry="11" transform="rotate(-14 32 31)" stroke="${P.cyan}" stroke-width="2" stroke-dasharray="4 4"/>` +
    // wings
    `<g transform="rotate(-14 32 29)">` +
    line(20, 29, 44, 29) +
    r(3, 22, 17, 14, P.skyD, ' rx="1"') +
    p('M8.7 22V36M14.3 22V36M3 29H20', 'none', ` stroke="${P.sky}" stroke-width="1.6"`) +
    r(3, 22, 17, 14, 'none', ' rx="1"') +
    r(44, 22, 17, 14, P.skyD, ' rx="1"') +
    p('M49.7 22V36M55.3 22V36M44 29H61', 'none', ` stroke="${P.sky}" stroke-width="1.6"`) +
    r(44, 22, 17, 14, 'none', ' rx="1"') +
    // bus
    r(25, 21, 14, 16, P.amber, ' rx="2"') +
    line(25, 27, 39, 27, ` stroke="${P.amberD}" stroke-width="2"`) +
    // dish
    p('M28 43Q32 49 36 43Z', P.white) +
    line(32, 37, 32, 44) +
    `</g>`
);

icons['launch-rocket'] = icon(
  // exhaust plume and smoke
  p('M26 46Q24 56 32 63Q40 56 38 46Z', P.orange) +
    p('M29 46Q28.5 53 32 58Q35.5 53 35 46Z', P.amber, ' stroke="none"') +
    c(17, 57, 6, P.steel1, ' stroke-width="2"') +
    c(47, 57, 6, P.steel1, ' stroke-width="2"') +
    c(10, 60, 4.5, P.steel1, ' stroke-width="2"') +
    c(54, 60, 4.5, P.steel1, ' stroke-width="2"') +
    // fins
    p('M24 32L14 44L15 48L24 44Z', P.red) +
    p('M40 32L50 44L49 48L40 44Z', P.red) +
    // body
    p('M32 3Q43 13 42 28V46H22V28Q21 13 32 3Z', P.white) +
    p('M25 14H39', 'none', ` stroke="${P.steel2}" stroke-width="2"`) +
    // nozzle
    r(26, 45, 12, 4, P.steel3, ' rx="1"') +
    // centre fin
    line(32, 36, 32, 46, ` stroke-width="3"`) +
    // window
    c(32, 24, 4.5, P.cyan)
);

icons['edge-car'] = icon(
  // wireless arcs
  p('M25 14Q32 7 39 14', 'none', ` stroke="${P.cyan}" stroke-width="2.5"`) +
    p('M20 10Q32 -1 44 10', 'none', ` stroke="${P.cyan}" stroke-width="2.5"`) +
    c(32, 17.5, 2.5, P.cyan, ' stroke="none"') +
    // body
    p('M5 47V39Q5 34 11 33L20 31L26 24Q28 22 31 22H41Q45 22 48 25L54 31Q59 32 59 37V47Z', P.sky) +
    // windows
    p('M23 31L28 26H34V31Z', P.navy, ' stroke-width="2"') +
    p('M38 26H41Q44 26 46 28L49 31H38Z', P.navy, ' stroke-width="2"') +
    // beltline + light
    line(8, 38, 56, 38, ` stroke="${P.skyD}" stroke-width="2"`) +
    r(52, 34, 5, 3, P.amber, ' rx="1" stroke-width="1.6"') +
    // wheels
    c(17, 47, 7, P.steel4) +
    c(17, 47, 3, P.steel1, ' stroke-width="2"') +
    c(47, 47, 7, P.steel4) +
    c(47, 47, 3, P.steel1, ' stroke-width="2"') +
    // chip badge on the door
    r(29, 34, 8, 8, P.cyan, ' rx="1" stroke-width="2"') +
    line(31, 38, 35, 38, ` stroke="${P.cyanD}" stroke-width="2"`)
);

icons['warehouse'] = icon(
  // walls and roof
  r(8, 27, 48, 30, P.steel1) +
    p('M3 29L32 10L61 29Z', P.steel3) +
    line(14, 25, 50, 25, ` stroke="${P.steel4}" stroke-width="2" opacity="0"`) +
    // gable vent
    p('M27 22H37', 'none', ` stroke="${P.steel1}" stroke-width="2"`) +
    // roll-up door
    r(18, 35, 28, 22, P.amber) +
    p('M18 40.5H46M18 46H46M18 51.5H46', 'none', ` stroke="${P.amberD}" stroke-width="2"`) +
    r(18, 35, 28, 22, 'none') +
    // crates
    r(47, 45, 12, 12, P.amberD, ' rx="1"') +
    p('M47 45L59 57M59 45L47 57', 'none', ` stroke="${P.ink}" stroke-width="1.6"`) +
    r(4, 49, 10, 8, P.amberD, ' rx="1"') +
    line(4, 53, 14, 53, ' stroke-width="1.6"')
);

icons['tool-euv'] = icon(
  // wafer stage
      r(8, 50, 48, 8, P.steel3, ' rx="2"') +
        `<ellipse cx="32" cy="49.5" rx="15" ry="4.5" fill="${P.cyan}"/>` +
        // light cone
        p('M19 28L30.5 48H33.5L45 28Z', 'url(#euv-beam)', ' stroke="none"') +
        p('M19 28L30.5 48M45 28L33.5 48', 'none', ` stroke="${P.violet}" stroke-width="1.8"`) +
        // machine housing
        r(6, 6, 52, 24, P.white, ' rx="3"') +
        r(6, 6, 52, 7, P.steel2, ' rx="3"') +
        r(6, 6, 52, 24, 'none', ' rx="3"') +
        // mirror optics window
        r(18, 16, 28, 10, P.navy, ' rx="2" stroke-width="2"') +
        p('M22 24L27 18M31 24L36 18M40 24L44 19.5', 'none', ` stroke="${P.violetL}" stroke-width="2"`) +
        c(52, 21, 2.2, P.green, ' stroke-width="1.6"') +
        // focus spark
        poly(star(32, 48.5, 5.5, 1.6, 4), P.white, ` stroke="${P.violet}" stroke-width="1.4"`),
  `<linearGradient id="euv-beam" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${P.violet}" stop-opacity="0.55"/><stop offset="1" stop-color="${P.violetL}"/></linearGradient>`
);

icons['tool-generic'] = icon(
  p(gearPath(32, 32, 28, 21.5, 9, 0.5, -Math.PI / 2), P.steel2) +
    c(32, 32, 15, P.steel3) +
    // wafer
    `<clipPath id="tg-wafer"><circle cx="32" cy="32" r="11"/></clipPath>` +
    c(32, 32, 11, P.cyan, ' stroke="none"') +
    `<g clip-path="url(#tg-wafer)" stroke="${P.cyanD}" stroke-width="1.6">` +
    p('M18 27.5H46M18 32H46M18 36.5H46M27.5 18V46M32 18V46M36.5 18V46', 'none') +
    `</g>` +
    p('M21 32A11 11 0 1 1 43 32A11 11 0 1 1 21 32Z', 'none', ' stroke-width="2.2"') +
    // flat (orientation notch)
    r(29, 41.2, 6, 2, P.steel3, ' stroke="none"') +
    line(29, 41.8, 35, 41.8, ' stroke-width="2"')
);

icons['vendor'] = icon(
  // building
  r(8, 24, 48, 33, P.steel1) +
    // sign board with a chip glyph
    r(16, 5, 32, 11, P.navy, ' rx="2"') +
    r(28, 7.5, 8, 6, P.cyan, ' rx="1" stroke-width="1.6"') +
    p('M25 9.5H28M25 11.5H28M36 9.5H39M36 11.5H39', 'none', ` stroke="${P.cyan}" stroke-width="1.4"`) +
    line(22, 16, 22, 19, ' stroke-width="2"') +
    line(42, 16, 42, 19, ' stroke-width="2"') +
    // window with goods
    r(13, 35, 20, 14, P.navy, ' stroke-width="2"') +
    r(16, 41, 6, 8, P.amber, ' stroke-width="1.6"') +
    r(24, 38, 6, 11, P.teal, ' stroke-width="1.6"') +
    // door
    r(38, 35, 13, 22, P.steel3) +
    c(47.5, 46, 1.3, P.white, ' stroke="none"') +
    // striped awning with scalloped edge
    p('M5 19H59V26Q55.4 30 51.8 26Q48.2 30 44.6 26Q41 30 37.4 26Q33.8 30 30.2 26Q26.6 30 23 26Q19.4 30 15.8 26Q12.2 30 8.6 26Q5 30 5 26Z', P.white) +
    p('M5 19H12.2V26.6Q10.4 29 8.6 26Q6.8 29 5 26Z', P.red, ' stroke="none"') +
    [19.4, 33.8, 48.2].map((x) => p(`M${x} 19H${x + 7.2}V26Q${x + 5.4} 29 ${x + 3.6} 26Q${x + 1.8} 29 ${x} 26Z`, P.red, ' stroke="none"')).join('') +
    p('M5 19H59V26Q55.4 30 51.8 26Q48.2 30 44.6 26Q41 30 37.4 26Q33.8 30 30.2 26Q26.6 30 23 26Q19.4 30 15.8 26Q12.2 30 8.6 26Q5 30 5 26Z', 'none')
);

// ---------------------------------------------------------------------------
// 128 px faction emblems (invented, abstract marks — no real logos)
// ---------------------------------------------------------------------------
const emblems = {};

function badge(id, c0, c1, ring, ringInner) {
  return {
    defs: `<radialGradient id="${id}-bg" cx="0.38" cy="0.32" r="0.75"><stop offset="0" stop-color="${c0}"/><stop offset="1" stop-color="${c1}"/></radialGradient>` +
      `<clipPath id="${id}-clip"><circle cx="64" cy="64" r="56"/></clipPath>`,
    back: c(64, 64, 60, `url(#${id}-bg)`) ,
    front:
      c(64, 64, 58, 'none', ` stroke="${ring}" stroke-width="5"`) +
      c(64, 64, 52, 'none', ` stroke="${ringInner}" stroke-width="1.5" opacity="0.7"`) +
      c(64, 64, 61.5, 'none', ` stroke="#05080d" stroke-width="2" opacity="0.6"`),
  };
}

{
  // Tesla-faction: a red orbit arc rising off a planet rim into a spark.
  const b = badge('ts', '#4a1116', '#170508', '#e8423a', '#ff8a73');
  const sparkGlow = `<radialGradient id="ts-glow"><stop offset="0" stop-color="#ffd9cc" stop-opacity="0.95"/><stop offset="0.35" stop-color="#ff6a4d" stop-opacity="0.45"/><stop offset="1" stop-color="#ff3b2e" stop-opacity="0"/></radialGradient>` +
    `<linearGradient id="ts-arc" x1="0" y1="1" x2="1" y2="0"><stop offset="0" stop-color="#a8201d"/><stop offset="0.6" stop-color="#ee4b3c"/><stop offset="1" stop-color="#ffb199"/></linearGradient>`;
  emblems['tesla'] = emblem(
    b.back +
      `<g clip-path="url(#ts-clip)">` +
      // planet rim
      c(64, 176, 86, '#2a0a0e', ` stroke="#e8423a" stroke-width="3"`) +
      c(64, 176, 78, 'none', ` stroke="#ff8a73" stroke-width="1" opacity="0.5"`) +
      // faint secondary orbit
      p('M14 104Q44 52 112 40', 'none', ` stroke="#ff8a73" stroke-width="1.5" stroke-dasharray="3 5" opacity="0.55"`) +
      `</g>` +
      // main rising arc (tapered crescent)
      p('M20 100Q36 40 97 33Q52 54 33 103Z', 'url(#ts-arc)', ` stroke="#170508" stroke-width="1.5" stroke-linejoin="round"`) +
      c(97, 33, 26, 'url(#ts-glow)') +
      poly(star(97, 33, 19, 3.8, 4, -Math.PI / 2), '#fff3ee') +
      poly(star(97, 33, 9, 2.4, 4, -Math.PI / 4), '#ffd2c4') +
      b.front,
    b.defs + sparkGlow
  );
}

{
  // TSMC-faction: three stacked wafer rings in blue.
  const b = badge('tw', '#123262', '#060f22', '#3d8bff', '#8fc2ff');
  const cx = 64, rx = 36, ry = 12.5, th = 5;
  const wafer = (cy, top, side, grid) => {
    let s = '';
    s += p(`M${cx - rx} ${cy}V${cy + th}A${rx} ${ry} 0 0 0 ${cx + rx} ${cy + th}V${cy}Z`, side, ` stroke="#040a16" stroke-width="1.5"`);
    s += `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${top}" stroke="#040a16" stroke-width="1.5"/>`;
    if (grid) {
      s += `<clipPath id="tw-g"><ellipse cx="${cx}" cy="${cy}" rx="${rx - 4}" ry="${ry - 1.5}"/></clipPath>`;
      s += `<g clip-path="url(#tw-g)" stroke="#0b2a5c" stroke-width="1.2" opacity="0.8">`;
      // isometric die grid: lines along the two ellipse axes directions
      for (let k = -5; k <= 5; k++) {
        const off = k * 8;
        s += line(cx + off - 20, cy - 14 * 0.0 - 10, cx + off + 20, cy + 10, '');
        s += line(cx + off + 20, cy - 10, cx + off - 20, cy + 10, '');
      }
      s += `</g>`;
      s += `<ellipse cx="${cx}" cy="${cy}" rx="${rx - 4}" ry="${ry - 1.5}" fill="none" stroke="#dff0ff" stroke-width="1.2" opacity="0.6"/>`;
      // specular streak
      s += p(`M${cx - 22} ${cy - 5}Q${cx - 6} ${cy - 11} ${cx + 14} ${cy - 9}`, 'none', ` stroke="#ffffff" stroke-width="2.2" stroke-linecap="round" opacity="0.8"`);
    } else {
      s += `<ellipse cx="${cx}" cy="${cy}" rx="${rx - 5}" ry="${ry - 2.5}" fill="none" stroke="#cfe6ff" stroke-width="1.6" opacity="0.55"/>`;
    }
    return s;
  };
  emblems['tsmc'] = emblem(
    b.back +
      wafer(86, '#1d4f9c', '#0f2d5e', false) +
      wafer(69, '#2f6fd0', '#164087', false) +
      wafer(52, '#6fb2ff', '#2a62b8', true) +
      // orientation notch on top wafer
      c(cx, 52 + ry, 2.4, '#0f2d5e') +
      b.front,
    b.defs
  );
}

{
  // Samsung-faction: a memory-stack hexagon (stacked dies with vias) in indigo/teal.
  const b = badge('sm', '#2a2370', '#0b0926', '#27d3c3', '#9d8cff');
  const hex = ngon(64, 64, 42, 6, -Math.PI / 2);
  const hexIn = ngon(64, 64, 34, 6, -Math.PI / 2);
  let s = b.back;
  s += poly(hex, '#161246', ` stroke="#27d3c3" stroke-width="5" stroke-linejoin="round"`);
  s += `<clipPath id="sm-h"><polygon points="${hexIn.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}"/></clipPath>`;
  s += `<g clip-path="url(#sm-h)">`;
  const layers = [
    [38, '#27d3c3'],
    [49, '#6b5cf0'],
    [60, '#27d3c3'],
    [71, '#6b5cf0'],
    [82, '#27d3c3'],
  ];
  for (const [y, col] of layers) s += r(22, y - 4, 84, 8, col, ` rx="1.5" stroke="#0b0926" stroke-width="1.5"`);
  // through-silicon vias
  for (const x of [50, 64, 78]) {
    s += line(x, 30, x, 92, ` stroke="#0b0926" stroke-width="3.2"`);
    s += line(x, 30, x, 92, ` stroke="#e9fffb" stroke-width="1.4" opacity="0.9"`);
  }
  s += `</g>`;
  s += poly(hexIn, 'none', ` stroke="#9d8cff" stroke-width="1.5" opacity="0.8"`);
  // base die (logic layer) peeking below the stack
  s += b.front;
  emblems['samsung'] = emblem(s, b.defs);
}

{
  // China-faction: a gold gear around a window-lattice disc with an eight-point star.
  const b = badge('cn', '#8e1620', '#3d050a', '#e8c15a', '#ffe29a');
  let s = b.back;
  s += p(gearPath(64, 64, 47, 39, 12, 0.5, 0), '#e8c15a', ` stroke="#5a0910" stroke-width="1.5" stroke-linejoin="round"`);
  s += c(64, 64, 33, '#7a1019', ` stroke="#5a0910" stroke-width="1.5"`);
  s += `<clipPath id="cn-l"><circle cx="64" cy="64" r="30"/></clipPath>`;
  s += `<g clip-path="url(#cn-l)" stroke="#e8c15a" stroke-width="2" opacity="0.55">`;
  for (let k = -6; k <= 6; k++) {
    const o = k * 10;
    s += line(34 + o, 34, 94 + o, 94) + line(94 + o, 34, 34 + o, 94);
  }
  s += `</g>`;
  s += c(64, 64, 30, 'none', ` stroke="#e8c15a" stroke-width="2"`);
  s += c(64, 64, 14, '#7a1019');
  s += poly(star(64, 64, 24, 7, 8, -Math.PI / 2), '#ffd776', ` stroke="#5a0910" stroke-width="1.5" stroke-linejoin="round"`);
  s += poly(star(64, 64, 13, 4.5, 4, -Math.PI / 4), '#fff0c2');
  s += c(64, 64, 3.2, '#7a1019');
  s += b.front;
  emblems['china'] = emblem(s, b.defs);
}

// ---------------------------------------------------------------------------
// Write everything
// ---------------------------------------------------------------------------
export function buildImages() {
  const written = [];
  for (const [name, svg] of Object.entries(emblems)) {
    written.push([`${OUT}/emblem-${name}.svg`, writeOut(`${OUT}/emblem-${name}.svg`, svg)]);
  }
  for (const [name, svg] of Object.entries(icons)) {
    written.push([`${OUT}/${name}.svg`, writeOut(`${OUT}/${name}.svg`, svg)]);
  }
  const { svg, anchors } = buildWorldMap(mulberry32(0x7e77afab));
  written.push([`${OUT}/world-map.svg`, writeOut(`${OUT}/world-map.svg`, svg)]);
  written.push([`${OUT}/map-anchors.json`, writeOut(`${OUT}/map-anchors.json`, JSON.stringify(anchors, null, 2) + '\n')]);
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [f, size] of buildImages()) console.log(`${f}  ${size} B`);
}
