// Spot markets and their non-player buyers and sellers (docs/design.md §7).

export const GOODS = ["wafer", "hbm", "dram", "accelerator"] as const;
export type Good = (typeof GOODS)[number];

export interface MarketData {
  /** Reference price: wafer $k, HBM $ per stack, DRAM $ per GB, accelerator $k. */
  basePrice: number;
  /** Price floor and cap as multiples of the reference. */
  floor: number;
  cap: number;
  /** How strongly price answers demand ÷ supply, and the largest monthly move. */
  elasticity: number;
  maxMonthlyMove: number;
  /** $M per unit of the good (wafer: per k wafers at $k → ×1; HBM: k stacks × $/stack / 1000; DRAM: PB × $/GB). */
  moneyPerUnitPerPrice: number;
}

export const MARKETS: Record<Good, MarketData> = {
  // N3-class wafer ~$20 k. src: WORLD-DATA "Wafer prices".
  wafer: { basePrice: 20, floor: 0.6, cap: 2.2, elasticity: 0.6, maxMonthlyMove: 0.08, moneyPerUnitPerPrice: 1 },
  // HBM3E stack ~$600 (36 GB). tuned from public HBM ASP estimates.
  hbm: { basePrice: 600, floor: 0.5, cap: 3, elasticity: 0.8, maxMonthlyMove: 0.12, moneyPerUnitPerPrice: 0.001 },
  // Commodity DRAM, $ per GB. src: TrendForce, PC DRAM DDR4 8Gb (1 GB) contract price $9.3 in December 2025, after
  // +45–50 % in 4Q25 (WORLD-DATA "DRAM contract prices"); 1Q26 forecast +90–95 %. The price moves up to 30 % a month.
  dram: { basePrice: 9.3, floor: 0.4, cap: 4, elasticity: 1.6, maxMonthlyMove: 0.3, moneyPerUnitPerPrice: 1 },
  // Accelerator ~$25 k (excluding HBM margins). tuned
  accelerator: { basePrice: 25, floor: 0.5, cap: 2.5, elasticity: 0.5, maxMonthlyMove: 0.08, moneyPerUnitPerPrice: 1 },
};

/** Non-player leading-edge wafer demand (phones, PCs, other chips), k wafers/month, and its growth. tuned so 2026 demand ≈ 1.35 × supply (sold out, WORLD-DATA N2 capacity). */
export const NPC_WAFER_DEMAND_BASE = 280;
export const NPC_WAFER_DEMAND_GROWTH = 0.0065;
/** Non-player AI accelerators built per month at the start (thousands) and growth. src: WORLD-DATA "today's AI build-out ≈ 20 GW a year" at 3 kW each (KW_PER_ACCELERATOR) → 6.7 M a year ≈ 555 k a month. */
export const NPC_AI_ACCEL_BASE = 555;
export const NPC_AI_ACCEL_GROWTH = 0.018;
/** How far non-player HBM demand falls as its price rises (hyperscalers defer builds). tuned */
export const NPC_HBM_ELASTICITY = 0.5;
/** Demand elasticity of non-player buyers to price. tuned */
export const NPC_PRICE_ELASTICITY = 0.8;
/** Non-player leading-edge supply (Intel foundry etc.), k wafers/month. tuned */
export const NPC_WAFER_SUPPLY = 8;

/** Non-player memory makers: DRAM wafer capacity (kWSPM), starting HBM share, the most they can shift, HBM yield, capacity growth a month.
 * src: WORLD-DATA (DRAM share SK hynix 36 %, Micron 25 %; HBM SK hynix 62 %, Micron 21 %; ~14 % of DRAM to HBM end-2024; new fabs:
 * Micron Boise first DRAM mid-2027, New York ~2030). Growth ~10 % a year and the HBM ceilings are tuned. */
export const NPC_MEMORY_MAKERS = {
  skhynix: { capacity: 500, hbmShare: 0.25, hbmShareMax: 0.4, yield: 0.8, growth: 0.008 },
  micron: { capacity: 340, hbmShare: 0.15, hbmShareMax: 0.3, yield: 0.75, growth: 0.008 },
} as const;
export const NPC_HBM_SHIFT_PER_MONTH = 0.012;
/** Commodity DRAM demand (PCs, phones, servers), PB/month, and growth. tuned: about 1.25 × the supply at January's price, so
 * prices roughly double through 2026 (WORLD-DATA: 1Q26 contract +90–95 %; "high prices may last to 2028"). */
export const NPC_DRAM_DEMAND_BASE = 4000;
export const NPC_DRAM_DEMAND_GROWTH = 0.004;
export const NPC_DRAM_ELASTICITY = 0.35;
/**
 * Supply deals with the outside makers (SK hynix and Micron for HBM; Intel's foundry and the like for wafers):
 * a fixed monthly allocation at a premium over today's price, served from their output before the spot market.
 * All players' deals together may take at most this share of that output (the rest stays with their long-standing
 * customers); a deposit of a few months' value is paid on signing. src: WORLD-DATA (HBM sold out a year ahead,
 * high prices to 2028); premium, share, deposit and terms tuned.
 */
export const SUPPLY_DEAL_GOODS = ["wafer", "hbm"] as const;
export type SupplyDealGood = (typeof SUPPLY_DEAL_GOODS)[number];
export const SUPPLY_DEAL_PREMIUM = 0.15;
export const SUPPLY_DEAL_SHARE = 0.2;
export const SUPPLY_DEAL_DEPOSIT_MONTHS = 3;
export const SUPPLY_DEAL_MIN_MONTHS = 12;
export const SUPPLY_DEAL_MAX_MONTHS = 60;
/** Unsold stock kept at most this many months of output (the rest is not started). tuned */
export const INVENTORY_MONTHS = 2;
/** Yield non-player accelerator makers get from a wafer, and extra hyperscaler demand for finished accelerators (k/month). tuned */
export const NPC_WAFER_YIELD = 0.8;
export const NPC_EXTRA_ACCEL_DEMAND = 40;
/** Installed non-player AI compute at the start of 2026, GW. src: WORLD-DATA (US DCs 176 TWh in 2023 ≈ 20 GW; AI share est.); tuned. */
export const NPC_AI_COMPUTE_START_GW = 12;
/** Share of non-player accelerators offered for sale to players. tuned */
export const NPC_ACCELERATOR_OFFER = 0.03;
