// How far a balance run is from issue 12's targets, as one number to compare runs by: the
// percentage points by which each cell falls outside 15–35 %, each hard seat outside 40–75 %,
// and each all-in opening (and Tesla booking the outside makers' HBM) gains beyond +10 points.
// Zero means every one of those targets is met.
import { FACTION_IDS } from "../../shared/index";
import type { Cell, Rates } from "./cells";

export const CELL_RANGE = [0.15, 0.35] as const;
export const HARD_SEAT_RANGE = [0.4, 0.75] as const;
export const ALL_IN_MAX_GAIN = 0.1;

export interface Misses {
  cellsOff: number;
  cells: number;
  /** Points outside the ranges, by table. */
  cellPoints: number;
  hardPoints: number;
  allInPoints: number;
  /** Points by which Tesla booking the outside HBM gains beyond +10. */
  outsideHbmPoints: number;
  total: number;
}

/** Percentage points by which x lies outside [lo, hi]. A win rate summed as 1/n per win that lands on
 *  a bound (35 wins in 100 sum to 0.35000000000000003) is inside: the bounds are inclusive. */
export function outside(x: number, [lo, hi]: readonly [number, number]): number {
  const points = 100 * Math.max(0, lo - x, x - hi);
  return points < 1e-9 ? 0 : points;
}

export interface OpeningRates { normal: Rates; allIn: Rates; outsideHbm?: number }

export function targetMisses(run: { cells?: Cell[]; hardSeats?: Array<{ winRate: Rates }>; openings?: OpeningRates[] }): Misses {
  let cellsOff = 0;
  let cells = 0;
  let cellPoints = 0;
  for (const c of run.cells ?? []) {
    for (const f of FACTION_IDS) {
      const d = outside(c.winRate[f], CELL_RANGE);
      cells += 1;
      cellPoints += d;
      if (d > 0) cellsOff += 1;
    }
  }
  let hardPoints = 0;
  for (const h of run.hardSeats ?? []) for (const f of FACTION_IDS) hardPoints += outside(h.winRate[f], HARD_SEAT_RANGE);
  let allInPoints = 0;
  let outsideHbmPoints = 0;
  for (const o of run.openings ?? []) {
    for (const f of FACTION_IDS) allInPoints += 100 * Math.max(0, o.allIn[f] - o.normal[f] - ALL_IN_MAX_GAIN);
    if (o.outsideHbm !== undefined) outsideHbmPoints += 100 * Math.max(0, o.outsideHbm - o.normal.tesla - ALL_IN_MAX_GAIN);
  }
  return { cellsOff, cells, cellPoints, hardPoints, allInPoints, outsideHbmPoints, total: cellPoints + hardPoints + allInPoints + outsideHbmPoints };
}
