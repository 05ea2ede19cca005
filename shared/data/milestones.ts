// Three milestones per faction (DESIGN.md §8). Thresholds are data; the checks live in rules/month/milestones.ts.
import type { FactionId } from "./factions";

export const MILESTONE_IDS: Record<FactionId, readonly string[]> = {
  tesla: ["power", "chips", "memory"],
  tsmc: ["n2-volume", "arizona-volume", "demand-share"],
  samsung: ["hbm-qualified", "texas-volume", "hbm-share"],
  china: ["duv-7nm", "domestic-euv", "domestic-3nm"],
} as const;

/** Tesla "power": 10 GW of powered compute. src: DESIGN.md §8. */
export const TESLA_POWER_GW = 10;
/** Tesla "memory": months in a row with compute ≥ this GW, memory not binding and ≥ this share of HBM from its own fabs or contracts. src: DESIGN.md §8 ("6 months with compute not memory-bound at scale"); share tuned. */
export const TESLA_MEMORY_MONTHS = 6;
export const TESLA_MEMORY_MIN_GW = 10;
export const TESLA_MEMORY_SECURED_SHARE = 0.6;
/** TSMC "demand-share": ≥ 70 % of leading-edge demand served for 12 months in a row. src: DESIGN.md §8. */
export const TSMC_DEMAND_SHARE = 0.7;
export const TSMC_DEMAND_MONTHS = 12;
/** Samsung "hbm-share": ≥ 40 % of HBM sold for 12 months in a row. src: DESIGN.md §8. */
export const SAMSUNG_HBM_SHARE = 0.4;
export const SAMSUNG_HBM_MONTHS = 12;
/** China "duv-7nm": 7 nm-class capacity at full staffing near the DUV yield ceiling (≥ 45 %). src: WORLD-DATA (SMIC ~50 % yield at 7 nm). */
export const CHINA_DUV_7NM_YIELD = 0.45;
/** …of at least this many kWSPM: three times the 10 k China starts with, so the milestone is built, not inherited. tuned */
export const CHINA_DUV_7NM_CAPACITY = 30;
/** Milestone points, plus an early bonus that falls to zero at the end of the match. tuned */
export const MILESTONE_POINTS = 100;
export const MILESTONE_EARLY_BONUS = 60;
/** Points for the share of world AI compute a faction enabled (deployer + logic supplier + memory supplier). tuned */
export const COMPUTE_SHARE_POINTS = 1500;
/** TSMC "n2-volume": N2 capacity in volume, kWSPM. src: WORLD-DATA "N2 capacity … 100–140 k end-2026". */
export const TSMC_N2_VOLUME_K = 100;
