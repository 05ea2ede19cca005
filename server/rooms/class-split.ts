// Splitting a class into matches: as few matches as the seats allow, students dealt
// round-robin so every match and every seat fills evenly; bots fill the rest.
import type { FactionId } from "../../shared/index";

export interface Placement {
  match: number;
  faction: FactionId;
}

export function matchCount(students: number, factions: number, seatSize: number): number {
  return Math.max(1, Math.ceil(students / (factions * seatSize)));
}

/** Where the i-th student sits, given the number of matches and the factions in play. */
export function placeStudent(i: number, matches: number, factions: readonly FactionId[]): Placement {
  return { match: i % matches, faction: factions[Math.floor(i / matches) % factions.length] };
}

/** A late joiner goes to the emptiest seat with room (ties: lowest match, then faction order). */
export function placeLate(load: number[][], factions: readonly FactionId[], seatSize: number): Placement | null {
  let best: Placement | null = null;
  let bestLoad = Infinity;
  load.forEach((seats, match) => {
    seats.forEach((n, fi) => {
      if (n < seatSize && n < bestLoad) {
        best = { match, faction: factions[fi] };
        bestLoad = n;
      }
    });
  });
  return best;
}
