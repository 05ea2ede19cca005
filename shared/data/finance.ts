// Capital: loans, interest, subsidies, other business income (DESIGN.md §7).
import type { FactionId } from "./factions";

/** Annual interest on loans, by faction (China's state banks lend cheap). src: 2026 corporate rates ~5–7 %; tuned. */
export const LOAN_RATE_YEAR: Record<FactionId, number> = { tesla: 0.07, tsmc: 0.05, samsung: 0.055, china: 0.03 };
/** Credit line, $M. tuned */
export const CREDIT_LIMIT: Record<FactionId, number> = { tesla: 40000, tsmc: 60000, samsung: 50000, china: 80000 };
/** Money a faction's other businesses bring in each month, $M (cars, phones, state fund…). tuned */
export const OTHER_INCOME: Record<FactionId, number> = { tesla: 1400, tsmc: 0, samsung: 1100, china: 1500 };
/** Value earned per GW-month of powered compute by a deployer (AI services), $M. tuned */
export const COMPUTE_INCOME_PER_GW_MONTH = 500;
/** Power opex per GW-month, $M. tuned (~$50/MWh × 730 h). */
export const POWER_OPEX_PER_GW_MONTH = 40;
/** Minimum cash; below it new spending is refused and construction stalls. */
export const CASH_FLOOR = 0;
