// The difficulty ladder, seat by seat: one easy bot, one normal bot and one hard bot, each against
// three normal ones. Issue 12 asks for hard > normal > easy in every seat.
import { FACTION_IDS, type FactionId, type MatchLength } from "../../shared/index";
import { cell, zeroRates, type Rates } from "./cells";

export interface Ladder {
  easy: Rates;
  normal: Rates;
  hard: Rates;
  /** Seats where the ladder does not climb (easy ≥ normal or normal ≥ hard). */
  outOfOrder: FactionId[];
}

/** Seats where the ladder does not climb: the easy bot wins as often as the normal one or more, or the normal as the hard. */
export function outOfOrder(easy: Rates, normal: Rates, hard: Rates): FactionId[] {
  return FACTION_IDS.filter((f) => !(easy[f] < normal[f] && normal[f] < hard[f]));
}

/** `hard`, `normal`: the run's own hard-seat table and all-normal cell on the same matches, when it has them. */
export function ladder(months: MatchLength, matches: number, seed0: number, hard?: Rates, normalRates?: Rates): Ladder {
  const easy = zeroRates();
  const normal = normalRates ?? cell(months, "normal", matches, seed0).winRate;
  const hardRates = hard ?? zeroRates();
  for (const f of FACTION_IDS) {
    easy[f] = cell(months, "normal", matches, seed0, { [f]: "easy" }).winRate[f];
    if (!hard) hardRates[f] = cell(months, "normal", matches, seed0, { [f]: "hard" }).winRate[f];
  }
  return { easy, normal, hard: hardRates, outOfOrder: outOfOrder(easy, normal, hardRates) };
}
