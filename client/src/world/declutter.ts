// Map labels that never overlap: every label is drawn at least MIN_PX tall on screen, then
// placed in priority order — at its own spot, or nudged below or above it; a label that still
// collides is left out until the player zooms in (its object keeps its tooltip). The
// limiting-factor tag goes last, at the first spot around its target that hides nothing.
import Phaser from "phaser";

/** Smallest text on screen, in CSS pixels. */
export const MIN_PX = 11;

type Rect = { x: number; y: number; w: number; h: number };

const overlaps = (a: Rect, b: Rect, pad: number) => a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

/** Where the owner last put each label (our nudges are not the owner's choice). */
const home = new WeakMap<Phaser.GameObjects.Text, { x: number; y: number }>();
const placed = new WeakMap<Phaser.GameObjects.Text, { x: number; y: number }>();

function fontPx(t: Phaser.GameObjects.Text): number {
  return parseFloat(String(t.style.fontSize)) || 14;
}

function rectOf(t: Phaser.GameObjects.Text): Rect {
  const b = t.getBounds();
  return { x: b.x, y: b.y, w: b.width, h: b.height };
}

/** All texts on the map, inside containers too. */
function texts(scene: Phaser.Scene): Phaser.GameObjects.Text[] {
  const out: Phaser.GameObjects.Text[] = [];
  const walk = (list: Phaser.GameObjects.GameObject[]) => {
    for (const o of list) {
      if (o instanceof Phaser.GameObjects.Text) out.push(o);
      else if (o instanceof Phaser.GameObjects.Container && o.visible) walk(o.list);
    }
  };
  walk(scene.children.list);
  return out;
}

/** Priority of a label: set by its layer (data "prio"), else its size. */
function prio(t: Phaser.GameObjects.Text): number {
  return (t.getData("prio") as number | undefined) ?? fontPx(t);
}

export interface DeclutterOptions {
  zoom: number;
  /** The limiting-factor tag: placed last, where it covers no label and no marked object. */
  tag?: Phaser.GameObjects.Text | null;
  /** Objects no label may cover (fab markers), in world coordinates; a label may sit on its own owner. */
  obstacles?: Array<Rect & { owner?: unknown }>;
  /** Labels never placed here (under a panel, off the map), in world coordinates. */
  visible?: Rect;
}

export function declutter(scene: Phaser.Scene, o: DeclutterOptions): void {
  const all = texts(scene).filter((t) => t !== o.tag && t.text !== "" && t.visible);
  for (const t of [...all, ...(o.tag ? [o.tag] : [])]) {
    const last = placed.get(t);
    if (!last || last.x !== t.x || last.y !== t.y) home.set(t, { x: t.x, y: t.y });
    const h0 = home.get(t)!;
    t.setPosition(h0.x, h0.y);
    // On screen: never below MIN_PX; zoomed in, no bigger than about its nominal size (so
    // zooming in makes room for more labels rather than bigger ones).
    const px = fontPx(t);
    t.setScale(Math.max(MIN_PX, px * Math.min(o.zoom, 0.9)) / (px * o.zoom));
  }
  const taken: Rect[] = [];
  const takenBy: Phaser.GameObjects.Text[] = [];
  const pad = 2 / o.zoom;
  const order = all.filter((t) => t.getData("wanted") !== false).sort((a, b) => prio(b) - prio(a));
  for (const t of order) {
    const h0 = home.get(t)!;
    const r0 = rectOf(t);
    // Kept inside the view: a label at the edge slides in rather than running off (under a panel).
    const v = o.visible;
    // (Only a label partly in view: one whose object is off screen stays with it.)
    const partly = v && overlaps(r0, v, 0) && !(r0.x >= v.x && r0.x + r0.w <= v.x + v.w);
    const dx = v && partly ? (r0.x + r0.w > v.x + v.w ? v.x + v.w - (r0.x + r0.w) - 2 : r0.x < v.x ? v.x - r0.x + 2 : 0) : 0;
    let ok = false;
    // A label inside a marker (a fab's) stays under it or goes; one on a row of its own (a tool
    // line's, data "row") keeps to its row, further right at most: a line down, a tool line's
    // text sat beside the next row's icon and read as that line's. Others may move a line or half
    // their width.
    const moves: Array<[number, number]> = t.parentContainer ? [[0, 0]] : t.getData("row") ? [[0, 0], [r0.w * 0.5, 0]] : [[0, 0], [0, r0.h * 0.9], [0, -r0.h * 0.9], [r0.w * 0.5, 0], [-r0.w * 0.5, 0], [r0.w * 0.5, r0.h * 0.9], [-r0.w * 0.5, r0.h * 0.9]];
    // Place names (priority 100+) always show: they only avoid other labels, not markers.
    const blocks = prio(t) >= 100 ? [] : (o.obstacles ?? []).filter((q) => q.owner !== t.parentContainer);
    for (const [mx, dy] of moves) {
      const r = { ...r0, x: r0.x + dx + mx, y: r0.y + dy };
      // Slid in, a label may not be moved back out (half its width right undid the slide).
      if (partly && (r.x < v.x || r.x + r.w > v.x + v.w)) continue;
      if (taken.some((q) => overlaps(r, q, pad)) || blocks.some((q) => overlaps(r, q, 0))) continue;
      t.setPosition(h0.x + dx + mx, h0.y + dy);
      taken.push(r);
      takenBy.push(t);
      ok = true;
      break;
    }
    t.setAlpha(ok ? 1 : 0);
    placed.set(t, { x: t.x, y: t.y });
  }
  if (o.tag && o.tag.visible) {
    const t = o.tag;
    const h0 = home.get(t)!;
    const r0 = rectOf(t);
    const blocks = [...taken, ...(o.obstacles ?? [])];
    const step = r0.h + 6 / o.zoom;
    const candidates: Array<[number, number]> = [[0, 0], [0, -step], [r0.w * 0.6 + 30, 0], [-(r0.w * 0.6 + 30), 0], [0, 100 + r0.h], [r0.w * 0.6 + 30, -step], [-(r0.w * 0.6 + 30), -step], [0, -2 * step]];
    let best: { dx: number; dy: number; hits: number } | null = null;
    for (const [dx, dy] of candidates) {
      const r = { ...r0, x: r0.x + dx, y: r0.y + dy };
      const inside = !o.visible || (r.x >= o.visible.x && r.y >= o.visible.y && r.x + r.w <= o.visible.x + o.visible.w && r.y + r.h <= o.visible.y + o.visible.h);
      const hits = blocks.filter((q) => overlaps(r, q, pad)).length + (inside ? 0 : 100);
      if (!best || hits < best.hits) best = { dx, dy, hits };
      if (hits === 0) break;
    }
    t.setPosition(h0.x + best!.dx, h0.y + best!.dy);
    // Its target out of view (panned away): no tag half off the edge.
    t.setAlpha(best!.hits >= 100 ? 0 : 1);
    // No free spot: the tag matters more than the labels it would cover, which make way.
    if (best!.hits > 0 && best!.hits < 100) {
      const r = { ...r0, x: r0.x + best!.dx, y: r0.y + best!.dy };
      taken.forEach((q, i) => overlaps(r, q, pad) && takenBy[i].setAlpha(0));
    }
    placed.set(t, { x: t.x, y: t.y });
  }
}
