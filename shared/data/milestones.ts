// Three milestones per faction (docs/design.md §8). Thresholds are data; the checks live in rules/month/milestones.ts.
import type { FactionId } from "./factions";

export const MILESTONE_IDS: Record<FactionId, readonly string[]> = {
  tesla: ["power", "chips", "memory"],
  tsmc: ["n2-volume", "arizona-volume", "demand-share"],
  samsung: ["hbm-qualified", "texas-volume", "hbm-share"],
  china: ["duv-7nm", "domestic-euv", "domestic-3nm"],
} as const;

/** Tesla "power": 10 GW of powered compute. src: docs/design.md §8. */
export const TESLA_POWER_GW = 10;
/** Tesla "memory": months in a row with compute ≥ this GW, memory not binding and ≥ this share of HBM from its own fabs or contracts. src: docs/design.md §8 (months at scale, not memory-bound, with HBM secured); share tuned. */
export const TESLA_MEMORY_MONTHS = 8;
export const TESLA_MEMORY_MIN_GW = 10;
export const TESLA_MEMORY_SECURED_SHARE = 0.6;
/** TSMC "demand-share": ≥ 70 % of leading-edge demand served for 12 months in a row. src: docs/design.md §8. */
export const TSMC_DEMAND_SHARE = 0.7;
export const TSMC_DEMAND_MONTHS = 14;
/** Samsung "hbm-share": ≥ 40 % of HBM sold for 12 months in a row. src: docs/design.md §8. */
export const SAMSUNG_HBM_SHARE = 0.4;
export const SAMSUNG_HBM_MONTHS = 15;
/** China "duv-7nm": 7 nm-class capacity at full staffing near the DUV yield ceiling (≥ 45 %). src: WORLD-DATA (SMIC ~50 % yield at 7 nm). */
export const CHINA_DUV_7NM_YIELD = 0.45;
/** …of at least this many kWSPM: three times the 10 k China starts with, so the milestone is built, not inherited. tuned */
export const CHINA_DUV_7NM_CAPACITY = 30;
/** Milestone points, plus an early bonus that falls to zero at the end of the match. tuned */
export const MILESTONE_POINTS = 100;
export const MILESTONE_EARLY_BONUS = 60;
/** Points for the share of world AI compute a faction enabled (deployer + logic supplier + memory supplier). tuned */
export const COMPUTE_SHARE_POINTS = 1500;
/**
 * A deployer's own new wafers earn logic points up to this many times the wafers its accelerators
 * took that month: dies far beyond what its HBM can pair with enable no compute. tuned: the 60-month
 * China's month-0 all-in gains +7.1 / +6.1 points on the means of eight seed sets of 200 (+33.8 /
 * +32.5 counted without a limit; 4.5: +5.4 / +4.0 with the all-easy TSMC at 40 %); at 1 (only the
 * wafers used) the 60-month China won 0 % of every cell, since HBM binds it all match.
 */
export const OWN_WAFER_CREDIT = 5;
/** TSMC "n2-volume": N2 capacity in volume, kWSPM. src: WORLD-DATA "N2 capacity … 100–140 k end-2026". */
export const TSMC_N2_VOLUME_K = 100;

/** Capacity in volume, kWSPM, that the "a fab in volume" milestones ask for in a 120-month match: the size of a first fab. tuned */
export const TESLA_CHIPS_K = 40;
export const TSMC_ARIZONA_K = 20;
export const SAMSUNG_TEXAS_K = 20;
export const CHINA_3NM_K = 30;

/**
 * Milestones scale with the match's length so 60, 120 and 180 months each give a full arc (issue 12):
 * in shorter matches the amounts and the capacity in volume are the 120-month figures above times
 * months / 120 and the months-in-a-row times its square root; longer matches ask for a second wave
 * of building (LONG_MATCH_SCALE); the research breakthroughs (qualification, domestic EUV) stay.
 */
export interface MilestoneTargets {
  teslaPowerGW: number;
  teslaMemoryGW: number;
  teslaMemoryMonths: number;
  tsmcN2K: number;
  tsmcDemandMonths: number;
  samsungHbmMonths: number;
  chinaDuv7K: number;
  teslaChipsK: number;
  tsmcArizonaK: number;
  samsungTexasK: number;
  china3nmK: number;
}

/**
 * What a 180-month match asks for, as multiples of the 120-month figures (in between, in proportion).
 * Scaled by the length alone (1.5×) the targets were in hand by month 77 of 180, as in a 120-month
 * match (month 73): the bots build to the amounts, and the first fabs reach them. These ask for a
 * second wave — Tesla expands its TerraFab, Samsung its Taylor fab, China founds a third 3 nm fab —
 * so the last milestone falls around month 90–95 with normal bots, 82–84 with hard ones. Samsung's
 * Texas asks for most because its first expansion comes early (ordered while Taylor ramps); Tesla's
 * memory holds a month longer; the streaks that are shares (TSMC's, Samsung's) do not: held longer,
 * they are out of reach (Samsung's 15 → 20 months left it 0–2 % of 180-month matches). tuned: every
 * 180-month cell 15–35 % on four seed sets of 200 (npm run balance -- --months 180)
 */
export const LONG_MATCH_SCALE = {
  teslaPowerGW: 2, teslaChipsK: 2.5, teslaMemoryMonths: 9 / 8, tsmcN2K: 2.5, tsmcArizonaK: 2.5, samsungTexasK: 3.5, chinaDuv7K: 2, china3nmK: 2.5,
} as const;

export function milestoneTargets(months: number): MilestoneTargets {
  const l = months / 120;
  // Months-in-a-row shrink with a shorter match (by the square root: holding a share is what is
  // hard). tuned
  const hold = Math.sqrt(Math.min(1, l));
  // …and TSMC's demand share grows with the square root both ways (14 → 17 months in 180):
  // held 14 months it gave TSMC 44–58 % of 180-month matches, ended at a median month 75 of 180. tuned
  const demandHold = Math.sqrt(l);
  // A shorter match: × months / 120; a longer one: from 1 at 120 months to LONG_MATCH_SCALE at 180.
  const scale = (k: keyof typeof LONG_MATCH_SCALE) => (months <= 120 ? l : 1 + ((LONG_MATCH_SCALE[k] - 1) * (months - 120)) / 60);
  return {
    teslaPowerGW: Math.round(TESLA_POWER_GW * scale("teslaPowerGW")),
    teslaMemoryGW: Math.round(TESLA_MEMORY_MIN_GW * l),
    teslaMemoryMonths: Math.round(TESLA_MEMORY_MONTHS * (months <= 120 ? hold : scale("teslaMemoryMonths"))),
    tsmcN2K: Math.round(TSMC_N2_VOLUME_K * scale("tsmcN2K")),
    tsmcDemandMonths: Math.round(TSMC_DEMAND_MONTHS * demandHold),
    samsungHbmMonths: Math.round(SAMSUNG_HBM_MONTHS * hold),
    chinaDuv7K: Math.round(CHINA_DUV_7NM_CAPACITY * scale("chinaDuv7K")),
    teslaChipsK: Math.round(TESLA_CHIPS_K * scale("teslaChipsK")),
    tsmcArizonaK: Math.round(TSMC_ARIZONA_K * scale("tsmcArizonaK")),
    samsungTexasK: Math.round(SAMSUNG_TEXAS_K * scale("samsungTexasK")),
    china3nmK: Math.round(CHINA_3NM_K * scale("china3nmK")),
  };
}

/** The parameters a milestone's description shows for a match of this length (the i18n templates use them). */
export function milestoneParams(months: number): Record<string, number> {
  const t = milestoneTargets(months);
  return {
    gw: t.teslaPowerGW, memoryGw: t.teslaMemoryGW, memoryMonths: t.teslaMemoryMonths, n2k: t.tsmcN2K,
    demandMonths: t.tsmcDemandMonths, demandShare: Math.round(TSMC_DEMAND_SHARE * 100), hbmMonths: t.samsungHbmMonths,
    hbmShare: Math.round(SAMSUNG_HBM_SHARE * 100), duvK: t.chinaDuv7K, duvYield: Math.round(CHINA_DUV_7NM_YIELD * 100),
    chipsK: t.teslaChipsK, arizonaK: t.tsmcArizonaK, texasK: t.samsungTexasK, n3k: t.china3nmK,
  };
}
