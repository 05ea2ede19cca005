// Capital: loans, interest, subsidies, other business income (docs/design.md §5).
import type { FactionId } from "./factions";

/** Annual interest on loans, by faction (China's state banks lend cheap). src: 2026 corporate rates ~5–7 %; tuned. */
export const LOAN_RATE_YEAR: Record<FactionId, number> = { tesla: 0.07, tsmc: 0.05, samsung: 0.055, china: 0.03 };
/**
 * Credit is tied to what a faction earns and owns (issue 12: money that binds): lenders give up to
 * this many years of trailing revenue plus a share of the fabs' book value. src: investment-grade
 * covenants of ~2–3× EBITDA ≈ 1× revenue for chip makers at 35–50 % margins; tuned.
 */
export const CREDIT_REVENUE_YEARS = 1;
export const CREDIT_ASSET_SHARE = 0.3;
/** State-directed lending adds to China's line (the Big Fund and policy banks). src: WORLD-DATA (Big Fund III ~$47 B); tuned. */
export const CREDIT_STATE_BACKING: Record<FactionId, number> = { tesla: 0, tsmc: 0, samsung: 0, china: 40000 };
/** Each month trailing revenue moves this share toward the month's revenue × 12 (about a year's memory). */
export const REVENUE_SMOOTHING = 1 / 12;
/** Revenue a year at the start, $M: tuned to 12 × the engine's first months (Tesla counts only what the game models). */
export const STARTING_REVENUE_YEAR: Record<FactionId, number> = { tesla: 20000, tsmc: 50000, samsung: 60000, china: 45000 };
/** Rates rise with leverage: + this much a year at a fully drawn line, in proportion to debt / credit line squared. tuned */
export const LEVERAGE_SPREAD_YEAR = 0.08;
/** Over the line (revenue fell), the covenant sweeps this share of each month's revenue into repayment. tuned */
export const COVENANT_SWEEP = 0.25;
/** Money a faction's other businesses bring in each month, $M (cars, phones, state fund…). tuned */
export const OTHER_INCOME: Record<FactionId, number> = { tesla: 1400, tsmc: 0, samsung: 1100, china: 1500 };
/** Value earned per GW-month of powered compute by a deployer (AI services), $M. tuned */
export const COMPUTE_INCOME_PER_GW_MONTH = 500;
/** Power opex per GW-month, $M. tuned (~$50/MWh × 730 h). */
export const POWER_OPEX_PER_GW_MONTH = 40;
/** Minimum cash; below it new spending is refused and construction stalls. */
export const CASH_FLOOR = 0;
