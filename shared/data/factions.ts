// The four factions: who they are, where they start, what they are good at (docs/design.md §8).
import type { NodeId } from "./nodes";
import type { RegionId, SiteId } from "./sites";

export const FACTION_IDS = ["tesla", "tsmc", "samsung", "china"] as const;
export type FactionId = (typeof FACTION_IDS)[number];

export interface StartingFab {
  site: SiteId;
  node: NodeId;
  capacity: number;
  /** Existing fabs start at "volume" unless given a stage. */
  stage?: "shell" | "install" | "ramp";
  /** Months already done in that stage. */
  progress?: number;
  yield?: number;
  /** For fabs still being built, the share of tools already delivered. */
  toolsDelivered?: number;
}

export interface StartingContract {
  seller: FactionId | "npc";
  good: "wafer" | "hbm";
  perMonth: number;
  price: number;
  months: number;
  /** Month deliveries begin (default 0). */
  startMonth?: number;
  /** Made at this site (leading-edge fabs only). */
  site?: SiteId;
}

export interface FactionData {
  homeRegion: RegionId;
  cash: number;
  engineers: number;
  phds: number;
  fabs: StartingFab[];
  /** Power capacity by source at the start, GW. */
  gridGW: number;
  /** Accelerators installed and powered, and in the warehouse, thousands. */
  poweredAccelerators: number;
  warehouse: number;
  /** Does this faction deploy accelerators itself (needs power)? */
  deploys: boolean;
  /** Yield learning: months to ramp from start yield to mature, and the mature yield. */
  rampMonths: number;
  matureYield: number;
  /** Multiplier on shell and install time (Tesla's unconventional build < 1). */
  buildSpeed: number;
  /** Ramp start yield (Tesla starts lower). */
  rampStartYield: number;
  /** HBM quality: share of HBM output customers accept (Samsung before qualification < 1). */
  hbmAcceptance: number;
  /** Share of DRAM wafers this faction puts into HBM at the start, and the most it can (TSV stacking and test lines). */
  hbmShare: number;
  hbmShareMax: number;
  contracts: StartingContract[];
}

export const FACTIONS: Record<FactionId, FactionData> = {
  // Tesla: cash, AI5 booked at TSMC and Samsung, no fabs, chips piling up for want of power. src: WORLD-DATA (AI5 at TSMC and Samsung; $16.5 B Samsung Taylor contract); seed article.
  // 0.6 GW of grid runs 200 k accelerators at 3 kW; 900 k more (2.7 GW) wait in the warehouse: power binds
  // first, for about six months (docs/design.md Known gaps: the sixth is thin). tuned
  tesla: {
    homeRegion: "us", cash: 36000, engineers: 1.5, phds: 2, fabs: [], gridGW: 0.6,
    poweredAccelerators: 200, warehouse: 900, deploys: true,
    rampMonths: 24, matureYield: 0.8, buildSpeed: 0.8, rampStartYield: 0.2, hbmAcceptance: 1, hbmShare: 0.9, hbmShareMax: 0.9,
    contracts: [
      // AI5 at TSMC, in volume from 2027 (WORLD-DATA "AI5 volume 2027"), half of it made in Arizona
      // (WORLD-DATA "AI5 at TSMC Taiwan and Arizona"): that half comes only from TSMC's leading-edge
      // fabs there, so a TSMC that leaves its Arizona N3 fab unfinished fails Tesla. Volume and split tuned
      // (docs/design.md §7: the split is what ties TSMC's play to Tesla's compute).
      { seller: "tsmc", good: "wafer", perMonth: 2, price: 21, months: 36, startMonth: 12 },
      { seller: "tsmc", good: "wafer", perMonth: 2, price: 21, months: 36, startMonth: 12, site: "arizona" },
      // AI6 at Samsung Taylor: $16.5 B to 2033 (WORLD-DATA), i.e. 7.6 k N2-class wafers a month at ~$30 k from 2028 (AI6 ~2028) for 72 months.
      { seller: "samsung", good: "wafer", perMonth: 7.6, price: 30, months: 72, startMonth: 24 },
      // An 18-month HBM supply deal with the non-player memory makers, at up to 1.6 × its price. tuned
      { seller: "npc", good: "hbm", perMonth: 1500, price: 620, months: 18 },
    ],
  },
  // TSMC: Taiwan N3 volume, N2 ramping, Arizona Fab 1 (N4 ≈ N5 here) in volume, Fab 2 (N3) installing tools. src: WORLD-DATA "Fabs", "N2 capacity".
  tsmc: {
    homeRegion: "taiwan", cash: 70000, engineers: 16, phds: 30,
    fabs: [
      { site: "taiwan", node: "N3", capacity: 70 },
      { site: "taiwan", node: "N3", capacity: 50 },
      { site: "taiwan", node: "N2", capacity: 45, stage: "ramp", progress: 6, yield: 0.55 },
      { site: "arizona", node: "N5", capacity: 20 },
      { site: "arizona", node: "N3", capacity: 20, stage: "install", progress: 3, toolsDelivered: 0.5 },
    ],
    gridGW: 0, poweredAccelerators: 0, warehouse: 0, deploys: false,
    rampMonths: 18, matureYield: 0.85, buildSpeed: 1, rampStartYield: 0.3, hbmAcceptance: 1, hbmShare: 0, hbmShareMax: 0, contracts: [],
  },
  // Samsung: Korea DRAM and SF3 foundry at weaker yield, Taylor (Texas) fab installing tools. src: WORLD-DATA (DRAM share 34 %, HBM 17 %; Taylor contract).
  samsung: {
    homeRegion: "korea", cash: 55000, engineers: 20, phds: 16,
    fabs: [
      { site: "korea", node: "D1c", capacity: 230 },
      { site: "korea", node: "D1c", capacity: 230 },
      { site: "korea", node: "D1c", capacity: 160 },
      { site: "korea", node: "N3", capacity: 25, stage: "ramp", progress: 10, yield: 0.5 },
      { site: "texas", node: "N2", capacity: 20, stage: "shell", progress: 14, toolsDelivered: 0.2 },
    ],
    gridGW: 0, poweredAccelerators: 0, warehouse: 0, deploys: false,
    rampMonths: 22, matureYield: 0.72, buildSpeed: 1, rampStartYield: 0.3, hbmAcceptance: 0.45, hbmShare: 0.15, hbmShareMax: 0.275, contracts: [],
  },
  // China: SMIC 7 nm-class by DUV at poor yield, CXMT DRAM, state fund, abundant power. src: WORLD-DATA "China".
  china: {
    homeRegion: "china", cash: 45000, engineers: 14, phds: 12,
    fabs: [
      { site: "china", node: "N7", capacity: 10, stage: "ramp", progress: 8, yield: 0.36 },
      { site: "china", node: "D1c", capacity: 200, stage: "ramp", progress: 10, yield: 0.5 },
    ],
    gridGW: 2.0, poweredAccelerators: 300, warehouse: 0, deploys: true,
    rampMonths: 24, matureYield: 0.8, buildSpeed: 1, rampStartYield: 0.3, hbmAcceptance: 0.5, hbmShare: 0.05, hbmShareMax: 0.35, contracts: [],
  },
};
