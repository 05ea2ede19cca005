// How long a bot expects a new fab to take: what decides whether a fab founded now can still count.
/** Months a greenfield logic fab takes from its founding to volume with overtime on its shell
 *  (measured on Tesla's: median 53–56 for the easy and hard bots, 60 without overtime): the TerraFab
 *  must be founded at least this long before the end, and the hard China's early 3 nm shell too. */
export const FAB_TO_VOLUME_MONTHS = 54;
