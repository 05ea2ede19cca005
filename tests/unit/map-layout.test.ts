// The world map's fixed places: a warehouse's shed and its fullest pile of crates cover no fab
// marker (nor the fab's label under it) at any site, however many fabs a site fills, and none of
// the faction's own power icons or a tool maker's icon. Before, Tesla's pile ran over its Texas
// fabs once it had three, and China's full pile covered its power plant.
import { describe, expect, it } from "vitest";
import { FACTION_IDS, SITE_IDS } from "../../shared/index";
import { crateSpot, DEPLOY_POS, fabSlot, PILE, SITE_FAN, VENDOR_POS, type Point } from "../../client/src/world/layout";

type Rect = { x0: number; x1: number; y0: number; y1: number; what: string };
const overlap = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const around = (p: Point, left: number, right: number, up: number, down: number, what: string): Rect => ({ x0: p.x - left, x1: p.x + right, y0: p.y - up, y1: p.y + down, what });

/** A fab's marker: the ring, its stage bar and the label under it. */
const fabRect = (p: Point, what: string) => around(p, 30, 30, 24, 44, what);

function warehouseRects(shed: Point, dir: 1 | -1): Rect[] {
  const crates = Array.from({ length: PILE.max }, (_, i) => {
    const c = crateSpot(shed, dir, i);
    return dir > 0 ? around(c, 0, 14, 12, 0, `crate ${i}`) : around(c, 14, 0, 12, 0, `crate ${i}`);
  });
  return [around(shed, 19, 19, 19, 19, "shed"), ...crates];
}

describe("the world map's layout", () => {
  const deployers = FACTION_IDS.flatMap((id) => (DEPLOY_POS[id] ? [[id, DEPLOY_POS[id]!] as const] : []));

  it("has two deployers with warehouses", () => {
    expect(deployers.map(([id]) => id)).toEqual(["tesla", "china"]);
  });

  it.each(deployers)("%s's warehouse and fullest pile cover no fab, power icon or tool maker", (_id, pos) => {
    const pile = warehouseRects(pos.warehouse, pos.pileDir);
    const others: Rect[] = [
      ...SITE_IDS.flatMap((site) => Array.from({ length: SITE_FAN[site].cols * 3 }, (_, i) => fabRect(fabSlot(site, i), `${site} fab ${i}`))),
      ...[-32, 0, 32].map((dx) => around({ x: pos.power.x + dx, y: pos.power.y }, 15, 15, 15, 15, "power icon")),
      around({ x: pos.power.x, y: pos.power.y + 18 }, 50, 50, 0, 14, "power label"),
      ...Object.entries(VENDOR_POS).map(([v, p]) => around(p, 20, 20, 20, 20, `vendor ${v}`)),
    ];
    const hits = pile.flatMap((a) => others.filter((b) => overlap(a, b)).map((b) => `${a.what} × ${b.what}`));
    expect(hits).toEqual([]);
  });
});
