// A seat's view is the shared view with its own faction's advice: so is its month's patch. The
// shared part's patch is worked out once for every seat; only the advice is diffed per seat.
import type { FactionId } from "../data/factions";
import type { Order } from "../protocol/order";
import { diffView, type Plain, type ViewPatch } from "./view-patch";

type KeysPatch = { $keys: Record<string, ViewPatch>; $drop?: string[] };

function keysOf(patch: ViewPatch | undefined): KeysPatch {
  return patch !== undefined && patch !== null && typeof patch === "object" && "$keys" in patch ? patch : { $keys: {} };
}

/** The shared part's patch with the seat's own advice (`attack`) going from `before` to `now`. */
export function seatPatch(shared: ViewPatch | undefined, seat: FactionId | null, before: Order[] | null, now: Order[] | null): ViewPatch | undefined {
  if (seat === null) return shared;
  const attack = diffView(before as unknown as Plain, now as unknown as Plain);
  if (attack === undefined) return shared;
  const top = keysOf(shared);
  const factions = keysOf(top.$keys.factions);
  const mine = keysOf(factions.$keys[seat]);
  return { ...top, $keys: { ...top.$keys, factions: { ...factions, $keys: { ...factions.$keys, [seat]: { ...mine, $keys: { ...mine.$keys, attack } } } } } };
}
