// How the limiting factor is measured (DESIGN.md §3): relieve one input, project the chain, compare.

/** How much each relief eases its input (+25 %). tuned */
export const RELIEF = 0.25;
/** Months ahead at which the objective is sampled (three years: a fab's build is mostly inside it). tuned */
export const HORIZONS = [1, 6, 12, 24, 36];
/** Gains smaller than this share of the objective count as nothing. tuned */
export const MIN_GAIN = 0.004;
/** Last month's factor stays unless another's relief beats it clearly (keeps the HUD from flickering). tuned */
export const HYSTERESIS = 0.6;
