// Research programmes funded with cash (issue #2: "fund research").
import type { FactionId } from "./factions";

export const RESEARCH_IDS = ["domestic-euv", "hbm-qualification", "yield-learning", "launch-cadence", "multipatterning"] as const;
export type ResearchId = (typeof RESEARCH_IDS)[number];

export interface ResearchData {
  /** Total $M to finish (or, for open-ended programmes, per level). */
  cost: number;
  /** Most that can usefully be spent per month, $M — so money cannot remove time. */
  maxPerMonth: number;
  /** Who may fund it. */
  factions: readonly FactionId[];
  /** Levels (1 = one-off breakthrough). */
  levels: number;
}

export const RESEARCH: Record<ResearchId, ResearchData> = {
  // China's domestic lithography: ~4 years at full funding (50 months at $400 M), ×0.8–1.4 per match. src: docs/design.md §5 (0.8–1.4 × nominal, a range that narrows); the first design (3–4 years); WORLD-DATA (state target 2028, insiders 2030); tuned.
  "domestic-euv": { cost: 20000, maxPerMonth: 400, factions: ["china"], levels: 1 },
  // Samsung's HBM qualification with the big accelerator buyers. src: WORLD-DATA (Samsung HBM share 17 %); tuned.
  "hbm-qualification": { cost: 5000, maxPerMonth: 250, factions: ["samsung", "china"], levels: 1 },
  // Faster yield learning: each level +15 % learning speed. tuned
  "yield-learning": { cost: 1500, maxPerMonth: 150, factions: ["tesla", "tsmc", "samsung", "china"], levels: 4 },
  // SpaceX cadence: each level + launches a month is handled by LAUNCH_CADENCE_PER_BILLION; here a level cuts failure rate. tuned
  "launch-cadence": { cost: 1000, maxPerMonth: 200, factions: ["tesla"], levels: 5 },
  // DUV multi-patterning: each level +3 points on the DUV yield ceiling. src: WORLD-DATA (SMIC 5 nm 30–40 %); tuned.
  multipatterning: { cost: 2000, maxPerMonth: 150, factions: ["china"], levels: 3 },
};
/**
 * A one-off breakthrough costs its nominal figure times a factor drawn per match in its range: wide for
 * inventing lithography (WORLD-DATA: China's EUV, state target 2028, insiders say 2030 — at full funding
 * 0.8–1.2 is 40–60 months, 2029–2031, centred on the insiders' year), narrow for a qualification, a known
 * process whose cost is mostly the buyers' test cycles. tuned (draw terciles: issue 12 asks < 2×)
 */
export const RESEARCH_UNCERTAINTY: Partial<Record<ResearchId, { min: number; max: number }>> = {
  "domestic-euv": { min: 0.8, max: 1.2 },
  "hbm-qualification": { min: 0.9, max: 1.15 },
};
/** The range of a breakthrough's cost factor (1 for programmes whose cost is known). */
export function uncertaintyOf(program: ResearchId): { min: number; max: number } {
  return RESEARCH_UNCERTAINTY[program] ?? { min: 1, max: 1 };
}
export const YIELD_LEARNING_PER_LEVEL = 0.15;
export const MULTIPATTERNING_PER_LEVEL = 0.03;
export const LAUNCH_FAILURE_CUT_PER_LEVEL = 0.015;
