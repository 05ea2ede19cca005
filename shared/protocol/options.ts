// Match options: everything that, with the seed and the orders, fixes a match.
import { z } from "zod";

export const MATCH_LENGTHS = [60, 120, 180] as const;
export type MatchLength = (typeof MATCH_LENGTHS)[number];
export const DIFFICULTIES = ["easy", "normal", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const MatchOptionsSchema = z.object({
  seed: z.number().int().min(0).max(0xffffffff),
  months: z.union([z.literal(60), z.literal(120), z.literal(180)]).default(120),
  /** Draw events from the seeded deck (a teacher may turn it off). */
  events: z.boolean().default(true),
  /** Bot difficulty for seats without a human. */
  difficulty: z.enum(DIFFICULTIES).default("normal"),
});
export type MatchOptions = z.infer<typeof MatchOptionsSchema>;
export type MatchOptionsInput = z.input<typeof MatchOptionsSchema>;
