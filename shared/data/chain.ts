// The chain from wafers to powered compute (docs/design.md §3).

/** Candidate dies of a large AI accelerator on one 300 mm wafer. src: docs/design.md §3 first cut (WORLD-DATA: ~62 for a reticle-size die, est.). */
export const DIES_PER_WAFER = 40;
/** HBM stacks per accelerator. src: docs/design.md §3; B300/Rubin carry 8 stacks (WORLD-DATA: 288 GB). */
export const STACKS_PER_ACCELERATOR = 8;
/** HBM stacks from one DRAM wafer at mature yield. src: docs/design.md §3 first cut. */
export const STACKS_PER_DRAM_WAFER = 30;
/** GB per HBM stack (36 GB, HBM3E 12-high). src: WORLD-DATA (B300 288 GB / 8 stacks). */
export const GB_PER_STACK = 36;
/** HBM needs ~3x the wafer area of DDR5 per GB. src: WORLD-DATA (H/M). So one DRAM wafer gives 3x the GB as commodity DRAM. */
export const HBM_AREA_PENALTY = 3;
/** Commodity DRAM from one thousand DRAM wafers, in PB: 30 stacks x 36 GB x 3 / 1000 wafers → PB. */
export const DRAM_PB_PER_KWAFER = (STACKS_PER_DRAM_WAFER * GB_PER_STACK * HBM_AREA_PENALTY * 1000) / 1e6;
/** kW per ground accelerator, all-in (cooling, networking). src: WORLD-DATA "~330 000 GB300-class chips per GW of generation" → 3.0 kW (the chip alone draws 1.1–1.4 kW). DESIGN's first cut was 2 kW; the source wins. */
export const KW_PER_ACCELERATOR = 3;
/** GW drawn by one thousand accelerators. */
export const GW_PER_KACCEL = (KW_PER_ACCELERATOR * 1000) / 1e6;
/** Share of installed accelerators retired each month (≈ 6-year life). tuned */
export const ACCELERATOR_RETIREMENT_PER_MONTH = 1 / 72;
