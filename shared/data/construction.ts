// Fab construction, yield learning and talent (docs/design.md §5, talent in issue #2).

/** Shell & cleanroom months, drawn per fab between these. src: docs/design.md §5 (20–24). */
export const SHELL_MONTHS = { min: 20, max: 24 };
/** Tool install & qualification months, drawn per fab. src: docs/design.md §5 (10–14: the first design's 8–12, lengthened so a greenfield fab takes about five years in play (WORLD-DATA: ~5 years to high-yield volume)); tuned. */
export const INSTALL_MONTHS = { min: 10, max: 14 };
/** Expanding an existing fab: no permitting, a short shell, a cheaper shell. src: docs/design.md §5 (expansions "skip permitting and most of the shell"); shares tuned. */
export const EXPANSION_SHELL_SHARE = 0.35;
export const EXPANSION_SHELL_COST_SHARE = 0.5;
/** Overtime: −20 % construction time for +50 % cost. src: docs/design.md §5. */
export const OVERTIME_SPEEDUP = 1.25;
export const OVERTIME_COST_FACTOR = 1.5;
/** Yield at the start of ramp and the share of the mature yield a fab ramps to. src: docs/design.md §5 (ramp from 20–30 % toward 72–85 %). */
export const RAMP_START_YIELD = 0.3;
/** Yield at which a fab counts as "in volume" (with full capacity). src: issue #2 contract (volumeMonth: yield ≥ 70 %). */
export const VOLUME_YIELD = 0.7;
/** A site halted by a disaster stays down this many months. tuned */
export const DISASTER_HALT_MONTHS = { min: 1, max: 4 };

/** Engineers (thousands) a fab needs per 10 kWSPM, by stage. tuned (TSMC Arizona ~2 000 staff for 20 k wspm, WORLD-DATA). */
export const ENGINEERS_PER_10K = { permitting: 0, shell: 0.25, install: 0.5, ramp: 0.4, volume: 0.3 } as const;
/** PhDs (hundreds) per 10 kWSPM in ramp for full learning speed. tuned */
export const PHDS_PER_10K_RAMP = 0.6;
/** Progress never falls below this share when understaffed (contractors fill in). tuned */
export const MIN_STAFFING_RATE = 0.35;
/** Monthly salary, $M per thousand engineers / per hundred PhDs. tuned (~$180 k and ~$300 k a year loaded). */
export const ENGINEER_SALARY = 15;
export const PHD_SALARY = 2.5;
/** Hiring: months before new hires are productive. tuned */
export const HIRE_DELAY_MONTHS = 3;
/** Monthly attrition of staff. tuned */
export const ATTRITION_PER_MONTH = 0.005;
/** Recruitable engineers (thousands) and PhDs (hundreds) per region per month. tuned */
export const TALENT_POOL: Record<string, { engineers: number; phds: number }> = {
  us: { engineers: 1.2, phds: 1.0 },
  taiwan: { engineers: 1.5, phds: 0.8 },
  korea: { engineers: 1.2, phds: 0.6 },
  china: { engineers: 3.0, phds: 1.2 },
};
/**
 * Poaching: a rival's engineers and PhDs lured away with a premium. At most this share of the rival's staff
 * can be taken in a month (notice periods, retention offers), and it costs this many months of their salary
 * up front (signing bonuses, relocation). Both tuned.
 */
export const POACH_SHARE_PER_MONTH = 0.05;
export const POACH_FEE_MONTHS = 18;
/** Learning speed bonus when fully staffed with PhDs (x this). tuned */
export const PHD_LEARNING_BONUS = 0.6;
