// How the limiting factor is read and checked (docs/design.md, "The limiting factor").
// It is read from the chain the month just ran; the relief probe checks it by relieving
// each factor on a copy and running the real engine forward.

/** Accelerators left unpowered count as "power binds" once they exceed this share of the month's assembly (a few days' output). tuned */
export const POWER_WAIT_SHARE = 0.1;
/** …and at least this many thousand accelerators (a rounding-sized pile is not a bottleneck). tuned */
export const POWER_WAIT_MIN_K = 2;
/**
 * Dies ran out but power (free now, plus solar and turbines online next month) has room for less than this
 * many months of accelerators: power binds the flow, since extra dies would wait for it next month. The relief
 * probe measured it: at Tesla's logic → power turn (month ~19) logic's relief gained nothing, power's the most. tuned
 */
export const POWER_HEADROOM_MONTHS = 1;
/** The input that ran out was cut for want of cash by more than this share of what came in: capital binds. tuned */
export const CASH_SHORT_SHARE = 0.25;
/** A maker whose unsold output exceeds this share of what it offered is bound by demand. tuned */
export const UNSOLD_SHARE = 0.05;
/** Running fabs staffed below this share of need: talent binds. tuned */
export const STAFFED_ENOUGH = 0.95;
/** A fab this many months or fewer from producing counts as "coming soon" when naming what holds capacity back. tuned */
export const SOON_MONTHS = 24;

/** The relief probe: months the real engine runs after a relief. Issue #9: 12. */
export const PROBE_MONTHS = 12;
/**
 * Standard relief amounts (relieve()). The chain factors are sized alike so their gains compare:
 * each adds what RELIEF_ACCEL_SHARE of a month's accelerators need (power slots, dies, HBM stacks, or the money for them).
 * tuned
 */
export const RELIEF_ACCEL_SHARE = 0.25;
/** The smallest relief, thousand accelerators' worth (a faction that made nothing still gets a meaningful nudge). tuned */
export const RELIEF_MIN_KACCEL = 40;
/** Construction relief: each fab under construction gains this many months of progress. tuned */
export const RELIEF_CONSTRUCTION_MONTHS = 6;
/** Talent relief: +25 % engineers and PhDs. tuned */
export const RELIEF_TALENT_SHARE = 0.25;
/** Demand relief for makers: non-player demand for their goods +25 %. tuned */
export const RELIEF_DEMAND_SHARE = 0.25;
/** Capital relief for makers, $M (a fab deposit and a year of its shell). tuned */
export const RELIEF_CAPITAL_MAKER = 5000;
/** The probe counts a named factor as right when its gain is within this share of the best. Issue #9: 10 %. */
export const PROBE_TOLERANCE = 0.1;
/** Gains below this share of the faction's 12-month objective mean "nothing relieved helps within the probe". tuned */
export const PROBE_NOTHING_SHARE = 0.002;

/** "Next up": months the engine looks ahead on a copy with the orders already queued. tuned (fits the 5 ms step budget) */
export const NEXT_UP_MONTHS = 12;
