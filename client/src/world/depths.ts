// The map's drawing order in one place: what is drawn over what.
export const DEPTH = {
  /** The limiting-factor rings: under what they surround, so their icons' text stays readable. */
  ring: 3,
  /** Icons: power, warehouses, crates, satellites, tool makers. */
  icon: 4,
  /** The icons' labels (and the tool queues' squares). */
  label: 5,
  /** Rivals' fabs, then the player's own over them. */
  rivalFab: 6,
  myFab: 8,
  /** Site names and rockets in flight. */
  siteName: 9,
  /** The limiting-factor tag ("Limiting: Power"). */
  tag: 10,
  /** The tooltip, over everything. */
  tip: 20,
} as const;
