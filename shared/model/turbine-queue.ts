// A turbine maker's queue: how many months of its output a number of gigawatts takes, its output
// growing as the casting lines factions have funded come in (docs/design.md §6).
import type { TurbineMakerState } from "./types";

/** Months of output, the first made in `firstMonth`, that `gw` takes; the maker makes
 *  `outputPerMonth` plus each funded casting line from the month it is due. */
export function monthsOfOutput(t: TurbineMakerState, gw: number, firstMonth: number): number {
  const coming = t.castingPipeline ?? [];
  let left = gw;
  let months = 0;
  // A maker that makes nothing never works the queue off: the bound keeps the answer finite.
  while (left > 1e-9 && months < 1200) {
    const month = firstMonth + months;
    let output = t.outputPerMonth;
    for (const [from, more] of coming) if (from <= month) output += more;
    left -= output;
    months += 1;
  }
  return months;
}
