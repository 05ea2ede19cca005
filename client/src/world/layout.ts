// Where things sit on the 1600×900 world map (assets/images/map-anchors.json pixel space).
import anchors from "../../../assets/images/map-anchors.json";
import type { FactionId, SiteId, VendorId } from "../../../shared/index";

export const MAP_W = 1600;
export const MAP_H = 900;

export interface Point {
  x: number;
  y: number;
}

const A = anchors as Record<string, Point>;

export const SITE_POS: Record<SiteId, Point> = {
  taiwan: A.taiwan, korea: A.korea, arizona: A.arizona, texas: A.texas, china: A.china,
};

/** Which side of its anchor a site's name sits (away from its fabs and its neighbours). */
export const SITE_LABEL: Record<SiteId, { dx: -1 | 1; dy: -1 | 1 }> = {
  taiwan: { dx: -1, dy: 1 },
  korea: { dx: -1, dy: 1 },
  arizona: { dx: -1, dy: -1 },
  texas: { dx: 1, dy: -1 },
  china: { dx: 1, dy: 1 },
};

/** Fabs fan out from their site: a small grid whose direction keeps clusters apart. */
export const SITE_FAN: Record<SiteId, { dx: number; dy: number; cols: number }> = {
  taiwan: { dx: 1, dy: 1, cols: 4 },
  korea: { dx: 1, dy: -1, cols: 3 },
  arizona: { dx: -1, dy: 1, cols: 3 },
  texas: { dx: 1, dy: 1, cols: 3 },
  china: { dx: -1, dy: -1, cols: 4 },
};

export const VENDOR_POS: Record<VendorId, Point> = {
  asml: A.netherlands,
  // 60 apart: a maker's name, then its line's label, then the next maker's name.
  amat: { x: 150, y: 275 },
  lam: { x: 150, y: 335 },
  kla: { x: 150, y: 395 },
  // South-west of Japan, where its name and its line's label fit inside the view (east of Japan
  // they ran past the map's edge) between Korea's fab labels and Taiwan's fabs.
  tel: { x: A.japan.x - 35, y: A.japan.y + 75 },
  domestic: { x: 790, y: 525 },
};

/** Where the i-th fab of a site sits. */
export function fabSlot(site: SiteId, i: number): Point {
  const a = SITE_POS[site];
  const fan = SITE_FAN[site];
  const col = i % fan.cols, row = Math.floor(i / fan.cols);
  return { x: a.x + fan.dx * (32 + col * 58), y: a.y + fan.dy * (34 + row * 64) };
}

/** The warehouse's pile beside the shed: a pyramid of crates (px), `base` on its bottom row, one
 *  fewer on each row above, at most `max`. */
export const PILE = { crateW: 13, crateH: 11, base: 9, max: 45, gap: 26, drop: 16 };

/** Where the i-th crate of a pile sits: its bottom corner nearest the shed. */
export function crateSpot(shed: Point, dir: 1 | -1, i: number): Point {
  let row = 0, left = i;
  while (left >= Math.max(1, PILE.base - row)) {
    left -= Math.max(1, PILE.base - row);
    row++;
  }
  return { x: shed.x + dir * (PILE.gap + left * PILE.crateW + row * PILE.crateW / 2), y: shed.y + PILE.drop - row * PILE.crateH };
}

/** Each deploying faction's power, warehouse and (Tesla) edge fleet. Tesla's warehouse sits east of
 *  the Texas fabs (beside them, its pile of crates ran over their markers and labels), China's below its
 *  power, which a full pile used to cover. */
export const DEPLOY_POS: Partial<Record<FactionId, { power: Point; warehouse: Point; pileDir: 1 | -1; edge?: Point; launch?: Point }>> = {
  tesla: { power: A["us-grid"], warehouse: { x: 528, y: 590 }, pileDir: 1, edge: { x: 530, y: 385 }, launch: A.texas },
  china: { power: { x: 1090, y: 545 }, warehouse: { x: 1185, y: 665 }, pileDir: -1 },
};

export const ORBIT: Point = A.orbit;

/** Where a view narrower than the map (a phone) starts: the player's home site, and for Tesla a
 *  little east of Texas, so its warehouse and the whole pile beside it are in view. */
export const HOME_VIEW: Record<FactionId, Point> = {
  tesla: { x: SITE_POS.texas.x + 90, y: SITE_POS.texas.y },
  tsmc: SITE_POS.taiwan,
  samsung: SITE_POS.korea,
  china: SITE_POS.china,
};
