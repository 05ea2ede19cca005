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
  amat: { x: 150, y: 295 },
  lam: { x: 150, y: 345 },
  kla: { x: 150, y: 395 },
  tel: { x: A.japan.x + 25, y: A.japan.y + 35 },
  domestic: { x: 790, y: 525 },
};

/** Each deploying faction's power, warehouse and (Tesla) edge fleet. */
export const DEPLOY_POS: Partial<Record<FactionId, { power: Point; warehouse: Point; edge?: Point; launch?: Point }>> = {
  tesla: { power: A["us-grid"], warehouse: { x: 430, y: 560 }, edge: { x: 530, y: 385 }, launch: A.texas },
  china: { power: { x: 1090, y: 545 }, warehouse: { x: 1185, y: 595 } },
};

export const ORBIT: Point = A.orbit;
