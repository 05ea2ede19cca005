// Power for accelerators (docs/design.md §6).
import type { RegionId } from "./sites";

/** New grid capacity released for data centres per region per month, GW. src: WORLD-DATA (US DC demand 74–132 GW by 2028 → ~1 GW/month of new interconnects shared by all; China adds grid fast). tuned */
export const GRID_RELEASE_PER_MONTH: Record<RegionId, number> = { us: 0.9, taiwan: 0.08, korea: 0.1, china: 2.5 };
/** Share of released grid that non-player data centres take. tuned */
export const GRID_NPC_SHARE: Record<RegionId, number> = { us: 0.75, taiwan: 0.6, korea: 0.6, china: 0.3 };
/** Grid interconnect + data-centre hall, $M per GW. tuned */
export const GRID_COST_PER_GW = 2500;

export const TURBINE_MAKERS = ["ge", "siemens", "mhi"] as const;
export type TurbineMaker = (typeof TURBINE_MAKERS)[number];
/** Gas turbine makers: backlog in GW at start and GW they finish per month. src: WORLD-DATA (GE Vernova ~80 GW booked, sold out to ~2030; Siemens Energy; MHI quoting 2028–30). */
export const TURBINES: Record<TurbineMaker, { backlogGW: number; outputPerMonth: number; cost: number }> = {
  ge: { backlogGW: 80, outputPerMonth: 1.7, cost: 2200 },
  siemens: { backlogGW: 60, outputPerMonth: 1.3, cost: 2300 },
  mhi: { backlogGW: 40, outputPerMonth: 0.9, cost: 2100 },
};
/**
 * Blade and vane castings hold turbine output back: a few casters make them (src: WORLD-DATA, Howmet, PCC, CPP;
 * the seed: "the limit is not the power plant but the turbine's blade and vane castings; three companies in the
 * world can make them, booked to 2030"). Money for a maker's casting line raises its output after the line is
 * built and qualified. Both numbers tuned.
 */
export const CASTING_FUNDING_DELAY = 18;
/** GW a month of turbine output each $1 B of casting lines adds. tuned */
export const CASTING_GW_PER_BILLION = 0.12;
/** Build and commissioning after a turbine leaves the factory, months. src: WORLD-DATA (combined-cycle lead time 3.5 → 5 years). tuned */
export const TURBINE_BUILD_MONTHS = 12;
/** Non-player turbine orders arriving per month per maker (keeps the backlog long), GW. tuned */
export const TURBINE_NPC_ORDERS = 1.2;

/** Solar: $M per GW nameplate (with DC hall), months to build, months of US land permits, US tariff. src: docs/design.md §6; tuned. */
export const SOLAR_COST_PER_GW = 1100;
export const SOLAR_BUILD_MONTHS = 8;
export const SOLAR_PERMIT_MONTHS: Record<RegionId, number> = { us: 6, taiwan: 6, korea: 5, china: 1 };
export const SOLAR_US_TARIFF = 0.3;
/** Ground solar without storage delivers ~25 % of nameplate. src: docs/design.md §6. */
export const SOLAR_CAPACITY_FACTOR = 0.25;

/** Orbit: 100 kW of solar-powered compute per tonne, ~100 t per launch. src: WORLD-DATA (Starship V3 > 100 t; 1 t ≈ 100 kW). */
export const KW_PER_TONNE = 100;
export const TONNES_PER_LAUNCH = 100;
/** Launches a month at the start, natural growth per month, cost per launch ($M) and how investment raises cadence. tuned toward ~10 000 launches a year long-term (WORLD-DATA). */
export const LAUNCH_CADENCE_START = 1;
export const LAUNCH_CADENCE_GROWTH = 0.15;
export const LAUNCH_CADENCE_PER_BILLION = 2;
export const LAUNCH_CADENCE_MAX = 850;
/**
 * Months before money for launch cadence flies: ships, engines and pad time are built first, so a
 * cadence bought now raises the launches a month this much later. tuned: with the cadence bought at
 * once, the easy and hard bots emptied Tesla's opening warehouse a month sooner than the normal one,
 * and Tesla's power bound for five months, not six (lesson 1 in 0–1 % of their matches, now 93–98 %;
 * docs/design.md, Known gaps)
 */
export const LAUNCH_FUNDING_DELAY = 2;
export const LAUNCH_COST_START = 150;
export const LAUNCH_COST_FLOOR = 25;
/** Cost multiplier per doubling of launches flown (reusable rockets learn fast). tuned */
export const LAUNCH_COST_LEARNING = 0.85;
/** Launch failure chance, falling with experience. src: early Starship record; tuned. */
export const LAUNCH_FAILURE_START = 0.12;
export const LAUNCH_FAILURE_FLOOR = 0.02;
/** Only Tesla (with SpaceX) can launch. src: docs/design.md §6. */
export const LAUNCH_FACTIONS = ["tesla"] as const;

/** Edge: each vehicle or robot carries one accelerator-equivalent drawing power at night from idle grid (US peak > 1 000 GW vs ~477 GW average, WORLD-DATA). Duty 50 %. */
export const EDGE_DUTY = 0.5;
/** Vehicles and robots Tesla can fit with AI chips per month, thousands, and its growth. src: Tesla ~150 k cars/month (2025 deliveries ~1.6 M/yr); tuned. */
export const EDGE_UNITS_PER_MONTH = 60;
export const EDGE_UNITS_GROWTH = 0.5;
/** Idle night grid available to edge units, GW. src: WORLD-DATA (US ~1 161 GW capacity vs ~477 GW average). */
export const EDGE_IDLE_GRID_GW = 500;
